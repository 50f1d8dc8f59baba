/**
 * The WPS add-in's own files: ribbon.xml against the CustomUI 2006 schema (the project's subset of it; also
 * Microsoft's customUI.xsd where ../shared/customui-xsd holds it), main.js run with a WPS Application (the WPS
 * stand-in's) opening the task pane through CreateTaskPane, taskpane.html's check for a too old browser, and the
 * deployment lists.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { JSDOM } from "jsdom";
import { createWpsStandin } from "../standin/wps";
import { sharedPath } from "../../test/shared";
import { compilableOfficialCustomUi } from "../../test/wps/officialCustomUi";

const acorn = require("acorn") as { parse(code: string, options: object): unknown };

const wpsPackage = require("../../scripts/wps-package") as {
  publishXml(info: { name: string; version: string }): string;
  jspluginsXml(info: { name: string; version: string; baseUrl: string }): string;
  jspluginsOfflineXml(info: { name: string; version: string; baseUrl: string }): string;
};

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "..", "..");
const ADDIN = __dirname;
const ribbon = fs.readFileSync(path.join(ADDIN, "ribbon.xml"), "utf8");
const mainJs = fs.readFileSync(path.join(ADDIN, "main.js"), "utf8");
const SUBSET_XSD = path.join(ROOT, "test", "wps", "customui-subset.xsd");
const OFFICIAL_XSD = sharedPath("customui-xsd", "customUI.xsd");

async function validate(xml: string, xsdFile: string, xsdText?: string): Promise<{ valid: boolean; errors: string[] }> {
  const { validateXML } = await import("xmllint-wasm");
  const result = await validateXML({
    xml: [{ fileName: "ribbon.xml", contents: xml }],
    schema: [{ fileName: path.basename(xsdFile), contents: xsdText ?? fs.readFileSync(xsdFile, "utf8") }],
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

describe("ribbon.xml", () => {
  it("starts with <customUI (WPS's publish page rejects an XML declaration) in the 2006 namespace", () => {
    expect(ribbon.startsWith('<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui"')).toBe(true);
  });

  it("validates against the CustomUI schema", async () => {
    expect(await validate(ribbon, SUBSET_XSD)).toEqual({ valid: true, errors: [] });
  });

  it("validates against Microsoft's customUI.xsd where ../shared/customui-xsd holds it", async () => {
    if (!fs.existsSync(OFFICIAL_XSD)) {
      console.warn(`未找到 ${OFFICIAL_XSD}：只用项目的 CustomUI 子集校验 ribbon.xml`);
      return;
    }
    const official = await compilableOfficialCustomUi(OFFICIAL_XSD);
    expect(await validate(ribbon, OFFICIAL_XSD, official)).toEqual({ valid: true, errors: [] });
  });

  it.each([
    ["an attribute the schema does not define", ribbon.replace('size="large"', 'size="large" colour="red"')],
    ["a size outside normal/large", ribbon.replace('size="large"', 'size="huge"')],
    ["a button outside a group", ribbon.replace(/<group [^>]*>([\s\S]*?)<\/group>/, "$1")],
    ["an id that is not a name", ribbon.replace('id="btnDisclosureTables"', 'id="1 button"')],
    ["another namespace", ribbon.replace("2006/01/customui", "2009/07/customui")],
  ])("rejects %s", async (_what, broken) => {
    expect(broken).not.toBe(ribbon);
    expect((await validate(broken, SUBSET_XSD)).valid).toBe(false);
  });

  it("has a 年报表格 button whose callbacks main.js defines", () => {
    expect(ribbon).toMatch(/<button id="btnDisclosureTables" label="年报表格"/);
    const context = runMain({});
    for (const [, callback] of ribbon.matchAll(/\s(?:on[A-Z]\w*|get[A-Z]\w*)="(\w+)"/g)) {
      expect(typeof context[callback]).toBe("function");
    }
  });
});

const ADDIN_URL = "file:///C:/Users/clerk/AppData/Roaming/kingsoft/wps/jsaddons/disclosure-tables_0.1.0";

/** main.js as WPS runs it: a plain script in the add-in's index.html, with WPS's Application on the page. */
function runMain(globals: Record<string, unknown>): Record<string, unknown> {
  const context: Record<string, unknown> = {
    document: { location: { href: `${ADDIN_URL}/index.html` } },
    ...globals,
  };
  context.window = context;
  vm.createContext(context);
  vm.runInContext(mainJs, context, { filename: "main.js" });
  return context;
}

describe("main.js", () => {
  it("is ES5 (runs in every WPS build's browser without a build step)", () => {
    expect(() => acorn.parse(mainJs, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("opens the task pane through Application.CreateTaskPane, then shows or hides that same pane", () => {
    const wps = createWpsStandin();
    const main = runMain({ Application: wps.Application });
    const onAction = main.OnAction as (control: { Id: string }) => boolean;
    expect((main.OnAddinLoad as (ribbonUI: object) => boolean)({})).toBe(true);

    expect(onAction({ Id: "btnDisclosureTables" })).toBe(true);
    expect(wps.panes).toEqual([
      { id: 1, url: `${ADDIN_URL}/taskpane.html`, visible: true, dockPosition: 2, deleted: false },
    ]);
    onAction({ Id: "btnDisclosureTables" });
    expect(wps.panes.map((p) => p.visible)).toEqual([false]);
    onAction({ Id: "btnDisclosureTables" });
    expect(wps.panes.map((p) => p.visible)).toEqual([true]);
    expect(onAction({ Id: "someOtherButton" })).toBe(false);
    expect(wps.panes).toHaveLength(1);
  });

  it("keeps the pane's id in PluginStorage, shared with the add-in's other pages", () => {
    const wps = createWpsStandin();
    const first = runMain({ Application: wps.Application });
    (first.OnAction as (control: { Id: string }) => void)({ Id: "btnDisclosureTables" });
    // Another page of the add-in (a reload of index.html) finds the same pane.
    const second = runMain({ Application: wps.Application });
    (second.OnAction as (control: { Id: string }) => void)({ Id: "btnDisclosureTables" });
    expect(wps.panes).toHaveLength(1);
    expect(wps.panes[0].visible).toBe(false);
  });

  it("makes a new pane when the stored one is gone", () => {
    const wps = createWpsStandin();
    const main = runMain({ Application: wps.Application });
    const onAction = main.OnAction as (control: { Id: string }) => void;
    onAction({ Id: "btnDisclosureTables" });
    wps.panes[0].deleted = true;
    onAction({ Id: "btnDisclosureTables" });
    expect(wps.panes.map((p) => [p.id, p.visible, p.deleted])).toEqual([
      [1, true, true],
      [2, true, false],
    ]);
  });

  it("finds the application through wps.EtApplication() on older builds", () => {
    const wps = createWpsStandin();
    const main = runMain({ wps: { EtApplication: () => wps.Application } });
    (main.OnAction as (control: { Id: string }) => void)({ Id: "btnDisclosureTables" });
    expect(wps.panes).toHaveLength(1);
  });

  it("gives the button an icon that the add-in folder holds", () => {
    const image = (runMain({}).GetImage as (control: { Id: string }) => string)({ Id: "btnDisclosureTables" });
    expect(fs.existsSync(path.join(ROOT, image))).toBe(true);
  });
});

describe("taskpane.html", () => {
  const html = fs.readFileSync(path.join(ADDIN, "taskpane.html"), "utf8");

  function load(withoutBigInt: boolean): JSDOM {
    return new JSDOM(html, {
      runScripts: "dangerously",
      beforeParse: (window) => {
        if (withoutBigInt) delete (window as unknown as { BigInt?: unknown }).BigInt;
      },
    });
  }

  it("does not load office.js (it never starts in WPS, and intranet desks cannot reach its CDN)", () => {
    expect(html).not.toMatch(/<script[^>]*office\.js/);
    expect(html).toMatch(/<script defer src="taskpane.js"><\/script>/);
  });

  it("tells a too old WPS browser plainly instead of showing an empty pane", () => {
    const dom = load(true);
    const document = dom.window.document;
    expect(document.getElementById("container")).toBeNull();
    expect(document.body.textContent).toMatch(/此版本 WPS 的内置浏览器过旧.*Chromium 67/);
  });

  it("leaves the pane's container alone in a browser that can run it", () => {
    const dom = load(false);
    expect(dom.window.document.getElementById("container")?.textContent).toBe("");
  });
});

describe("deployment lists", () => {
  const info = { name: "disclosure-tables", version: "0.1.0", baseUrl: "http://intranet.example/wps" };

  it("publish.xml lists the add-in folder beside it as an 表格 (et) add-in", () => {
    expect(wpsPackage.publishXml(info)).toMatch(
      /^<jsplugins>\s*<jsplugin name="disclosure-tables" type="et" url="disclosure-tables_0.1.0" version="0.1.0" [^>]*\/>\s*<\/jsplugins>\s*$/,
    );
  });

  it("jsplugins.xml points at the folder served from the intranet, or at its .7z", () => {
    expect(wpsPackage.jspluginsXml(info)).toContain(
      '<jspluginonline name="disclosure-tables" type="et" url="http://intranet.example/wps/disclosure-tables_0.1.0/"/>',
    );
    expect(wpsPackage.jspluginsOfflineXml({ ...info, baseUrl: "file:///opt/addins/" })).toContain(
      'url="file:///opt/addins/disclosure-tables_0.1.0.7z" version="0.1.0"',
    );
  });

  it("escapes what XML would misread", () => {
    expect(wpsPackage.jspluginsXml({ ...info, baseUrl: 'http://x/?a=1&b="2"' })).toContain(
      'url="http://x/?a=1&amp;b=&quot;2&quot;/disclosure-tables_0.1.0/"',
    );
  });
});
