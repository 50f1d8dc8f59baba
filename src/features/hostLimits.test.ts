/**
 * Excel's host limits, each switched on in the stand-in (or the host bridge of Microsoft's client) and
 * survived by the add-in. Each test fails without the handling it names.
 */
import { OFFICE_JS_CLIENT, measured, type ClientWorkbook } from "../../test/clients";
import { FORMATS } from "../core/format";
import { sheetLayout } from "../core/format/sheetLayout";
import { FLAG_COMMENT_PREFIX } from "../hosts/flagMarker";
import { checkWorkbook, clearFlags } from "./check";
import { insertTables } from "./insert";
import { flagsOf, picture } from "./__tests__/workbooks";

const ALL = ["二", "三", "四"] as const;
const MB = 1024 * 1024;

/** `count` report sheets, each blank but for one number (so each is checked, its blank cells flagged). */
async function blankSheets(workbook: ClientWorkbook, count: number): Promise<string[]> {
  const sheets: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const inserted = await insertTables(workbook.host, { year: 2024, unit: "胡集乡", tables: [...ALL] });
    const layout = sheetLayout(FORMATS["2021"], [...ALL], {
      unit: "胡集乡",
      year: 2024,
      prefix: inserted.names[0].replace(/_TITLE$/, ""),
    });
    const first = FORMATS["2021"].tables["三"].dataCells[0];
    const t3 = layout.tables.find((t) => t.table === "三")!;
    workbook.view.typeInto(inserted.sheet, t3.top + first.r, t3.left + first.c, "1");
    sheets.push(inserted.sheet);
  }
  return sheets;
}

function comments(workbook: ClientWorkbook): string[] {
  return picture(workbook.view).flatMap((p) =>
    p.cells.flatMap((row) => row.flatMap((c) => (c.comment?.startsWith(FLAG_COMMENT_PREFIX) ? [c.comment] : []))),
  );
}

describe("request payload limit (Excel on the web: about 5 MB, RequestPayloadSizeLimitExceeded)", () => {
  test("校验 of 12 blank report sheets: every request under 1 MB, every blank cell flagged, every finding returned", async () => {
    const workbook = OFFICE_JS_CLIENT.create({ maxRequestBytes: 5 * MB });
    const sheets = await blankSheets(workbook, 12);
    const { result, largest } = await measured(workbook, () => checkWorkbook(workbook.host));
    expect(largest).toBeLessThanOrEqual(MB);
    expect(result.unmarked).toBeUndefined();
    const findingCells = new Set(
      result.reports.flatMap((r) => r.findings.flatMap((f) => f.cells.flatMap((c) => (c.ref ? [c.ref] : [])))),
    );
    expect(result.reports.map((r) => r.source)).toEqual(sheets);
    expect(result.flagged).toBe(findingCells.size);
    expect(flagsOf(workbook.view).size).toBe(findingCells.size);
    expect(findingCells.size).toBeGreaterThan(12 * 150);
    // A grouped finding (a table's 未填写) is one comment, not one per cell.
    const grouped = result.reports.flatMap((r) => r.findings).filter((f) => f.cells.length >= 4 && !f.suspect);
    expect(grouped.length).toBeGreaterThanOrEqual(12);
    expect(comments(workbook).length).toBeLessThanOrEqual(result.errors + result.warnings);

    const cleared = await measured(workbook, () => clearFlags(workbook.host));
    expect(cleared.largest).toBeLessThanOrEqual(MB);
    expect(flagsOf(workbook.view).size).toBe(0);
    expect(comments(workbook)).toEqual([]);
  }, 120_000);

  test("the findings reach the pane when Excel refuses the flags, with what could not be marked", async () => {
    const workbook = OFFICE_JS_CLIENT.create();
    const sheets = await blankSheets(workbook, 2);
    workbook.bridge!.limits.maxRequestBytes = 20_000;
    const result = await checkWorkbook(workbook.host);
    expect(result.errors).toBeGreaterThan(0);
    expect(result.reports.flatMap((r) => r.findings).length).toBe(result.errors + result.warnings);
    expect(result.flagged).toBe(0);
    expect(result.unmarked).toMatchObject({ sheets });
    expect(result.unmarked!.cells).toBeGreaterThan(100);
    expect(result.unmarked!.reason).toContain("RequestPayloadSizeLimitExceeded");
  }, 60_000);
});
