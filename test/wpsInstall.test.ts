/**
 * dist-wps/install.sh (Linux: UOS, Kylin) run with sh on a made-up dist-wps and jsaddons folder: the add-in folder
 * copied, publish.xml registering it beside the other add-ins already there, the old file kept, a rerun the same.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const { publishXml } = require("../scripts/wps-package") as {
  publishXml(info: { name: string; version: string }): string;
};

const SCRIPT = path.resolve(__dirname, "..", "scripts", "wps-install.sh");
const FOLDER = "disclosure-tables_0.1.0";
let root: string;
let dist: string;
let jsaddons: string;

jest.setTimeout(60_000);

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "dt-wps-install-"));
  dist = path.join(root, "dist-wps");
  jsaddons = path.join(root, "home", ".local", "share", "Kingsoft", "wps", "jsaddons");
  fs.mkdirSync(path.join(dist, FOLDER, "assets"), { recursive: true });
  fs.writeFileSync(path.join(dist, FOLDER, "ribbon.xml"), "<customUI/>");
  fs.writeFileSync(path.join(dist, FOLDER, "assets", "icon-32.png"), "png");
  fs.writeFileSync(path.join(dist, "publish.xml"), publishXml({ name: "disclosure-tables", version: "0.1.0" }));
  fs.copyFileSync(SCRIPT, path.join(dist, "install.sh"));
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function install(env: Record<string, string> = {}): string {
  return execFileSync("sh", [path.join(dist, "install.sh")], {
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: path.join(root, "home"), ...env },
    encoding: "utf8",
    timeout: 50_000,
  });
}

const entries = (xml: string) => xml.match(/<jsplugin(?:online)? [^>]*\/>/g) ?? [];

test("into an empty home: the folder and a publish.xml that lists it", () => {
  expect(install()).toContain("已安装");
  expect(fs.readFileSync(path.join(jsaddons, FOLDER, "assets", "icon-32.png"), "utf8")).toBe("png");
  const xml = fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8");
  expect(xml.trim().startsWith("<jsplugins>") && xml.trim().endsWith("</jsplugins>")).toBe(true);
  expect(entries(xml)).toEqual([entries(publishXml({ name: "disclosure-tables", version: "0.1.0" }))[0]]);
});

test("beside other add-ins: theirs kept (even written on one line), ours replaced on a rerun, the old file kept", () => {
  fs.mkdirSync(jsaddons, { recursive: true });
  const before =
    '<?xml version="1.0"?><jsplugins><jspluginonline name="oa" type="wps" url="http://oa.example/"/>' +
    '<jsplugin name="disclosure-tables" type="et" url="disclosure-tables_0.0.9" version="0.0.9"/></jsplugins>';
  fs.writeFileSync(path.join(jsaddons, "publish.xml"), before);
  install();
  install();
  const xml = fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8");
  const list = entries(xml);
  expect(list).toHaveLength(2);
  expect(list[0]).toBe('<jspluginonline name="oa" type="wps" url="http://oa.example/"/>');
  expect(list[1]).toContain(`url="${FOLDER}"`);
  expect(fs.readFileSync(path.join(jsaddons, "publish.xml.bak"), "utf8")).toContain("<jsplugins>");
});

test("WPS_JSADDONS chooses another folder; a dist-wps without the add-in folder is refused plainly", () => {
  const other = path.join(root, "other");
  install({ WPS_JSADDONS: other });
  expect(fs.existsSync(path.join(other, FOLDER, "ribbon.xml"))).toBe(true);

  fs.rmSync(path.join(dist, FOLDER), { recursive: true });
  const run = spawnSync("sh", [path.join(dist, "install.sh")], {
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: path.join(root, "home") },
    encoding: "utf8",
    timeout: 50_000,
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("找不到加载项文件夹");
});
