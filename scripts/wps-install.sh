#!/bin/sh
# 为当前用户安装 WPS 加载项（统信 UOS、银河麒麟等 Linux）：先关闭 WPS，再在 dist-wps 目录中运行 sh install.sh。
# 把加载项文件夹复制到 WPS 的 jsaddons 目录，并在其中的 publish.xml 里登记（其他加载项的登记保留，
# 原文件另存为 publish.xml.bak）。WPS_JSADDONS 可指定别的 jsaddons 目录。
set -eu

here=$(cd "$(dirname "$0")" && pwd)
entry=$(grep '<jsplugin ' "$here/publish.xml" | sed 's/^[[:space:]]*//')
name=$(printf '%s\n' "$entry" | sed 's/.* name="\([^"]*\)".*/\1/')
folder=$(printf '%s\n' "$entry" | sed 's/.* url="\([^"]*\)".*/\1/')
target="${WPS_JSADDONS:-$HOME/.local/share/Kingsoft/wps/jsaddons}"

if [ ! -d "$here/$folder" ]; then
  echo "找不到加载项文件夹 $here/$folder：请在 npm run build:wps 生成的 dist-wps 目录中运行本脚本。" >&2
  exit 2
fi

mkdir -p "$target"
rm -rf "$target/$folder.new"
cp -R "$here/$folder" "$target/$folder.new"
rm -rf "$target/$folder"
mv "$target/$folder.new" "$target/$folder"

publish="$target/publish.xml"
others=""
if [ -f "$publish" ]; then
  cp "$publish" "$publish.bak"
  # One element a line, then every add-in's entry except this one's.
  others=$(sed 's/></>\
</g' "$publish" | sed 's/^[[:space:]]*//' | grep -v '^$' | grep -v '^<?xml' | grep -v '^<jsplugins' |
    grep -v '^</jsplugins>' | grep -v "name=\"$name\"" || true)
fi
{
  echo "<jsplugins>"
  if [ -n "$others" ]; then printf '%s\n' "$others" | sed 's/^/  /'; fi
  printf '  %s\n' "$entry"
  echo "</jsplugins>"
} > "$publish.tmp"
mv "$publish.tmp" "$publish"

echo "已安装到 $target/$folder。打开 WPS 表格，在“政务公开”选项卡上点“年报表格”。"
