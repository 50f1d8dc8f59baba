#!/usr/bin/env node
/**
 * npm start:
 *   Windows / macOS: development build, then office-addin-debugging sideloads manifest.xml into Excel desktop
 *                    (it runs `npm run dev-server`: https on localhost:3000 with office-addin-dev-certs).
 *   elsewhere, or with --preview (npm run preview): production build when dist/ is missing or stale, then the
 *                    browser preview over plain http on localhost (PORT, default 3000) until stopped.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { serveStatic } = require("./serve");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const OUTPUTS = ["taskpane.html", "taskpane.js", "preview.html", "preview.js"];
const INPUTS = ["src", "assets", "webpack.config.js", "package.json", "tsconfig.json"];

function newestMtime(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** dist/ is missing an output, or a source is newer than the oldest output. */
function distIsStale() {
  const outputs = OUTPUTS.map((f) => path.join(DIST, f));
  if (!outputs.every((f) => fs.existsSync(f))) return true;
  const oldestOutput = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  const newestInput = Math.max(
    ...INPUTS.map((p) => path.join(ROOT, p))
      .filter(fs.existsSync)
      .map(newestMtime),
  );
  return newestInput > oldestOutput;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function webpack(mode) {
  run(process.execPath, [require.resolve("webpack/bin/webpack.js"), "--mode", mode]);
}

async function preview() {
  if (distIsStale()) {
    console.log("正在构建（生产模式）… · building (production)…");
    webpack("production");
  }
  const port = Number(process.env.PORT || 3000);
  let server;
  try {
    server = await serveStatic(DIST, { port });
  } catch (err) {
    console.error(`无法在端口 ${port} 启动预览服务器：${err.message}（可设置 PORT=其他端口）`);
    console.error(`Cannot start the preview server on port ${port}: ${err.message} (set PORT to another port)`);
    process.exit(2);
  }
  console.log(`预览地址：${server.url}/preview.html`);
  console.log(`Preview: ${server.url}/preview.html  (Ctrl+C to stop)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function sideload() {
  webpack("development");
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  run(npx, ["office-addin-debugging", "start", "manifest.xml"]);
}

const wantsPreview = process.argv.includes("--preview");
if (!wantsPreview && (process.platform === "win32" || process.platform === "darwin")) sideload();
else preview();
