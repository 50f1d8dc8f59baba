/**
 * npm run build:wps (one production build into a temporary folder): the add-in folder WPS loads and the
 * deployment lists beside it; the task pane compiled down for WPS's older Chromium (no syntax past Chromium 67) and
 * running, in a browser without crypto.randomUUID, WeakRef or String.prototype.matchAll, on WPS's Application.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { JSDOM, VirtualConsole } from "jsdom";
import { createWpsStandin } from "../src/standin/wps";
import { S } from "../src/taskpane/strings";

const acorn = require("acorn") as { parse(code: string, options: object): unknown };

const pkg = require("../package.json") as { name: string; version: string };

const ROOT = path.resolve(__dirname, "..");
const FOLDER = `${pkg.name}_${pkg.version}`;
let out = "";

// A production webpack build of the whole pane: minutes on a busy machine.
jest.setTimeout(900_000);

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "dt-wps-"));
  const cli = require.resolve("webpack-cli/bin/cli.js");
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, "--config", "webpack.wps.config.js", "--env", `out=${out}`, "--env", "url=http://intranet.example/wps/"],
      { cwd: ROOT, timeout: 840_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve()),
    );
  });
});

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const built = (...parts: string[]) => path.join(out, ...parts);

test("writes the add-in folder and the deployment lists", () => {
  for (const file of ["ribbon.xml", "index.html", "main.js", "taskpane.html", "taskpane.js", "assets/icon-32.png"]) {
    expect([file, fs.existsSync(built(FOLDER, file))]).toEqual([file, true]);
  }
  for (const file of ["ribbon.xml", "index.html", "main.js"]) {
    expect(fs.readFileSync(built(FOLDER, file), "utf8")).toBe(
      fs.readFileSync(path.join(ROOT, "src", "wpsaddin", file), "utf8"),
    );
  }
  expect(fs.readFileSync(built("publish.xml"), "utf8")).toContain(`url="${FOLDER}"`);
  expect(fs.readFileSync(built("install.sh"), "utf8")).toBe(
    fs.readFileSync(path.join(ROOT, "scripts", "wps-install.sh"), "utf8"),
  );
  expect(fs.readFileSync(built("jsplugins.xml"), "utf8")).toContain(`url="http://intranet.example/wps/${FOLDER}/"`);
  expect(fs.readFileSync(built("jsplugins-7z.xml"), "utf8")).toContain(
    `url="http://intranet.example/wps/${FOLDER}.7z"`,
  );
});

test("the task pane page loads its script from the folder and not office.js", () => {
  const html = fs.readFileSync(built(FOLDER, "taskpane.html"), "utf8");
  expect(html).toMatch(/<script[^>]+src="?taskpane\.js"?/);
  expect(html).not.toMatch(/<script[^>]*office\.js/);
});

interface SyntaxNode {
  type: string;
  operator?: string;
  start: number;
}

/** Syntax that Chromium 67 (BigInt, the pane's floor) cannot parse: ?., ??, logical assignment, class fields. */
function tooNewSyntax(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) tooNewSyntax(child, found);
  } else if (node && typeof node === "object") {
    const n = node as SyntaxNode;
    const newer =
      n.type === "ChainExpression" ||
      n.type === "PropertyDefinition" ||
      n.type === "PrivateIdentifier" ||
      n.type === "StaticBlock" ||
      (n.type === "LogicalExpression" && n.operator === "??") ||
      (n.type === "AssignmentExpression" && ["??=", "||=", "&&="].includes(n.operator ?? ""));
    if (newer) found.push(`${n.type} ${n.operator ?? ""} at ${n.start}`);
    for (const value of Object.values(node)) if (value && typeof value === "object") tooNewSyntax(value, found);
  }
  return found;
}

test("the built page still tells a too old browser plainly (its inline check survives minifying)", () => {
  const html = fs.readFileSync(built(FOLDER, "taskpane.html"), "utf8");
  const load = (withoutBigInt: boolean) =>
    new JSDOM(html, {
      runScripts: "dangerously",
      beforeParse: (window) => {
        if (withoutBigInt) delete (window as unknown as { BigInt?: unknown }).BigInt;
      },
    }).window.document;
  expect(load(true).body.textContent).toMatch(/此版本 WPS 的内置浏览器过旧/);
  expect(load(true).getElementById("container")).toBeNull();
  expect(load(false).getElementById("container")).not.toBeNull();
});

test("the pane's scripts (taskpane.js and the parts loaded on first use) use no syntax Chromium 67 cannot parse", () => {
  const scripts = fs.readdirSync(built(FOLDER)).filter((f) => f.endsWith(".js") && f !== "main.js");
  expect(scripts).toContain("taskpane.js");
  for (const file of scripts) {
    const code = fs.readFileSync(built(FOLDER, file), "utf8");
    expect([file, tooNewSyntax(acorn.parse(code, { ecmaVersion: 2022, sourceType: "script" }))]).toEqual([file, []]);
  }
  // The check itself sees such syntax.
  expect(tooNewSyntax(acorn.parse("a?.b ?? c; class K { x = 1 }", { ecmaVersion: 2022 }))).toHaveLength(3);
});

test("the built pane starts on WPS's Application in a browser without crypto.randomUUID, WeakRef or matchAll", async () => {
  const wps = createWpsStandin();
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on("jsdomError", (error) => errors.push(error.message));
  virtualConsole.on("error", (...args: unknown[]) => errors.push(args.map(String).join(" ")));
  const html = fs.readFileSync(built(FOLDER, "taskpane.html"), "utf8");
  const dom = new JSDOM(html, {
    url: `file://${built(FOLDER, "taskpane.html")}`,
    runScripts: "dangerously",
    resources: "usable",
    pretendToBeVisual: true,
    virtualConsole,
    beforeParse: (window) => {
      const w = window as unknown as Record<string, unknown> & { crypto: Record<string, unknown> };
      delete w.crypto.randomUUID;
      Object.defineProperty(w.crypto, "randomUUID", { value: undefined, configurable: true });
      delete w.WeakRef;
      delete (w.String as { prototype: Record<string, unknown> }).prototype.matchAll;
      w.Application = wps.Application;
    },
  });
  try {
    const document = dom.window.document;
    const deadline = Date.now() + 120_000;
    while (!document.body.textContent?.includes(S.insert) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(errors).toEqual([]);
    expect(document.body.textContent).toContain(S.insert);
    const w = dom.window as unknown as { crypto: { randomUUID(): string }; eval(code: string): unknown };
    expect(w.crypto.randomUUID()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(w.eval("typeof WeakRef + typeof ''.matchAll")).toBe("functionfunction");
  } finally {
    dom.window.close();
  }
});
