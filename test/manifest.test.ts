/** manifest.xml against the Office add-in XSDs (offline, libxml2/wasm) and its own references. */
import * as fs from "fs";
import * as path from "path";
import { describeShared, sharedPath } from "./shared";
import { EXCEL_API, MIN_EXCEL_API } from "../src/taskpane/requirements";

interface ManifestValidator {
  validateManifest(xml: string, xsdDir?: string): Promise<{ valid: boolean; errors: string[] }>;
  checkReferences(xml: string, root?: string): string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validator = require("../scripts/validate-manifest") as ManifestValidator;

const ROOT = path.resolve(__dirname, "..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const XSD_DIR = sharedPath("office-manifest-xsd");

describeShared("manifest.xml against the Office XSDs", () => {

  it("is valid", async () => {
    const result = await validator.validateManifest(manifest, XSD_DIR);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("rejects a manifest missing a required element", async () => {
    const broken = manifest.replace(/<Permissions>[^<]*<\/Permissions>/, "");
    expect(broken).not.toBe(manifest);
    const result = await validator.validateManifest(broken, XSD_DIR);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/Permissions/);
  });

  it("rejects elements out of order", async () => {
    const swapped = manifest.replace(/(<Id>[^<]*<\/Id>)(\s*)(<Version>[^<]*<\/Version>)/, "$3$2$1");
    expect(swapped).not.toBe(manifest);
    const result = await validator.validateManifest(swapped, XSD_DIR);
    expect(result.valid).toBe(false);
  });

  it("rejects a task-pane add-in without SourceLocation", async () => {
    const broken = manifest.replace(
      /<DefaultSettings>[\s\S]*?<\/DefaultSettings>/,
      "<DefaultSettings></DefaultSettings>",
    );
    const result = await validator.validateManifest(broken, XSD_DIR);
    expect(result.valid).toBe(false);
  });
});

describe("manifest.xml content", () => {
  it("is an Excel task-pane add-in in zh-CN with an en-US name", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(manifest).toMatch(
      /<DisplayName DefaultValue="政务公开年报表格助手">\s*<Override Locale="en-US" Value="Disclosure Tables for Annual Reports"\/>/,
    );
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
    // The task pane checks the same minimum set at run time.
    expect(manifest).toContain(`<Set Name="${EXCEL_API}" MinVersion="${MIN_EXCEL_API}"/>`);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it("has every resid defined and every icon present at its size", () => {
    expect(validator.checkReferences(manifest, ROOT)).toEqual([]);
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size);
    }
  });

  it("reports a dangling resid and a missing icon", () => {
    const broken = manifest
      .replace('resid="Group.Label"', 'resid="Group.Missing"')
      .replace("icon-80.png", "icon-81.png");
    const problems = validator.checkReferences(broken, ROOT);
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/Group\.Missing/), expect.stringMatching(/icon-81\.png/)]),
    );
  });
});
