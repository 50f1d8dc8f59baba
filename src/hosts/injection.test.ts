/**
 * Issue 12 item 12: text from a file or a user that starts with "=" (a part's file name or unit, the unit of a
 * template) is written as text on every host, never as a live formula; only the setFormula op writes formulas.
 */
import JSZip from "jszip";
import { realisticReport } from "../core/check/testing/fixtures";
import { insertTables } from "../features/insert";
import { planRollup } from "../features/rollup";
import { createStandinHost } from "../standin/host";
import { createWpsStandinHost } from "../standin/wps/host";
import { exceljsHost, loadXlsx, newWorkbook } from "./exceljs";
import type { WorkbookHost, WorkbookSnapshot } from "./types";

const DDE = "=cmd|' /C calc'!A0";
const LINK = '=HYPERLINK("http://evil.example/","点此")';
const PLUS = "+1+2";

/** A template for unit LINK, then a summary for unit LINK of two parts: unit DDE, and file "=1+1.xlsx" / unit PLUS. */
async function writeHostile(host: WorkbookHost): Promise<WorkbookSnapshot> {
  await insertTables(host, { year: 2024, unit: LINK, tables: ["二", "三", "四"] });
  const first = realisticReport({ seed: 1 });
  first.unit = DDE;
  const second = realisticReport({ seed: 2 });
  second.unit = PLUS;
  const parts = [
    { report: first, name: DDE, source: `${DDE}.xlsx` },
    { report: second, name: PLUS, source: "=1+1.xlsx" },
  ];
  await host.run(async (session) => {
    const plan = planRollup(parts, { unit: LINK, year: 2024 }, await session.read({ values: false }));
    await session.write(plan.ops);
  });
  return host.run((session) => session.read({ values: true }));
}

function texts(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.flatMap((s) => s.values.flat().filter((v): v is string => typeof v === "string"));
}

function expectNoFormulaAndTextKept(snapshot: WorkbookSnapshot): void {
  expect(snapshot.sheets.length).toBeGreaterThanOrEqual(3);
  expect(snapshot.sheets.flatMap((s) => s.formulas.flat().filter((f) => f !== null))).toEqual([]);
  const all = texts(snapshot);
  for (const hostile of [DDE, `${DDE}.xlsx`, "=1+1.xlsx", PLUS]) expect(all).toContain(hostile);
  expect(all.filter((t) => t.startsWith(LINK)).length).toBeGreaterThanOrEqual(2);
}

describe("text starting with = is written as text, never as a formula", () => {
  test("ExcelJS (command line): template and rollup; the saved file holds no <f> element", async () => {
    const workbook = newWorkbook();
    expectNoFormulaAndTextKept(await writeHostile(exceljsHost(workbook)));
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const sheets = Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet"));
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    for (const name of sheets) expect(await zip.file(name)!.async("string")).not.toMatch(/<f[ >]/);
    const reread = await exceljsHost(await loadXlsx(Buffer.from(await workbook.xlsx.writeBuffer()))).run((s) =>
      s.read({ values: true }),
    );
    expectNoFormulaAndTextKept(reread);
  });

  test("Office.js (Excel, over the stand-in): values written with a leading apostrophe, read back as the text", async () => {
    const { host, view } = createStandinHost();
    expectNoFormulaAndTextKept(await writeHostile(host));
    const cells = view
      .sheets()
      .flatMap((s) =>
        Array.from({ length: s.rowCount }, (_, r) => Array.from({ length: s.colCount }, (_, c) => s.cell(r, c))).flat(),
      );
    expect(cells.filter((c) => c.formula !== null)).toEqual([]);
  });

  test("WPS 表格 (over the WPS stand-in)", async () => {
    const { host } = createWpsStandinHost({ build: "methods" });
    expectNoFormulaAndTextKept(await writeHostile(host));
  });
});

describe("the setFormula op writes a formula the tool composed, on every host", () => {
  test.each([
    ["ExcelJS", () => exceljsHost(newWorkbook())],
    ["Office.js", () => createStandinHost().host],
    ["WPS", () => createWpsStandinHost({ build: "methods" }).host],
  ])("%s", async (_name, makeHost) => {
    const host = makeHost();
    await host.run((s) =>
      s.write([
        { op: "addSheet", sheet: "表" },
        { op: "setValues", sheet: "表", top: 0, left: 0, values: [[2, "=A1*3"]] },
        { op: "setFormula", sheet: "表", row: 0, col: 2, formula: "=A1*3" },
      ]),
    );
    const snapshot = await host.run((s) => s.read({ values: true }));
    const sheet = snapshot.sheets.find((s) => s.name === "表")!;
    expect(sheet.values[0][1]).toBe("=A1*3");
    expect(sheet.formulas[0]).toEqual([null, null, "=A1*3"]);
  });
});
