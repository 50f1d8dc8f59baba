/**
 * Excel's host limits, each switched on in the stand-in (or the host bridge of Microsoft's client) and
 * survived by the add-in. Each test fails without the handling it names.
 */
import { CLIENTS, OFFICE_JS_CLIENT, measured, type ClientWorkbook } from "../../test/clients";
import { realisticReport } from "../core/check/testing/fixtures";
import type { WorkbookHost } from "../hosts/types";
import { FORMATS } from "../core/format";
import { sheetLayout } from "../core/format/sheetLayout";
import { FLAG_COMMENT_PREFIX } from "../hosts/flagMarker";
import { checkWorkbook, clearFlags, selectCell } from "./check";
import { UserError } from "./errors";
import { insertTables } from "./insert";
import { cellAt, flagsOf, picture, typeReport } from "./__tests__/workbooks";

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
    expect(result.unmarked).toHaveLength(1);
    expect(result.unmarked![0]).toMatchObject({ sheets });
    expect(result.unmarked![0].cells).toBeGreaterThan(100);
    expect(result.unmarked![0].reason).toContain("RequestPayloadSizeLimitExceeded");
  }, 60_000);
});

const SHEET = "2024年报表";
const PARTIAL = "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
const partialAt = cellAt(2024, "三", PARTIAL, "自然人");

/** The 2024 tables inserted and filled with a consistent report but one number 6 too large. */
async function oneError(workbook: ClientWorkbook, sheet = SHEET): Promise<void> {
  const report = realisticReport({ seed: 7, year: 2024 });
  await insertTables(workbook.host, { year: 2024, unit: "胡集乡", tables: [...ALL] });
  typeReport(workbook.view, sheet, 2024, report);
  const right = report.cells.get(`三|${PARTIAL}|自然人`)!.value!;
  workbook.view.typeInto(sheet, partialAt.row, partialAt.col, String(right + 6));
}

describe.each(CLIENTS)("Excel's host limits on $name", (client) => {
  test("cell-edit mode: a 校验 pressed while the user is typing completes once the edit is entered", async () => {
    const workbook = client.create();
    await oneError(workbook);
    workbook.limits.beginCellEdit();
    let settled = false;
    const check = checkWorkbook(workbook.host).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    workbook.limits.endCellEdit();
    const result = await check;
    expect(result.errors).toBeGreaterThan(0);
    expect(flagsOf(workbook.view).get(`${SHEET}!${partialAt.row},${partialAt.col}`)).toBe("suspect");
  });

  test("more than 512 merged areas: the report is still found and checked", async () => {
    const workbook = client.create();
    await oneError(workbook);
    await workbook.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      for (let i = 0; i < 520; i += 1) sheet.getRangeByIndexes(200 + i, 20, 1, 2).merge(false);
      await context.sync();
    });
    const result = await checkWorkbook(workbook.host);
    expect(result.reports.map((r) => r.source)).toEqual([SHEET]);
    expect(result.reports[0].findings.some((f) => f.suspect?.ref?.row === partialAt.row)).toBe(true);
  });

  test("comments.add not implemented: flags by fill alone, the pane told why", async () => {
    const workbook = client.create();
    await oneError(workbook);
    workbook.limits.withoutCommentsAdd();
    const result = await checkWorkbook(workbook.host);
    expect(result.flagged).toBeGreaterThan(0);
    expect(flagsOf(workbook.view).size).toBe(result.flagged);
    expect(comments(workbook)).toEqual([]);
    expect(result.messagesLeftOut).toContain("NotImplemented");
    expect(result.unmarked).toBeUndefined();
  });

  test("a legacy note on a flagged cell: every flag still written", async () => {
    const workbook = client.create();
    await oneError(workbook);
    workbook.limits.addNote(SHEET, partialAt.row, partialAt.col);
    const result = await checkWorkbook(workbook.host);
    expect(flagsOf(workbook.view).size).toBe(result.flagged);
    expect(flagsOf(workbook.view).get(`${SHEET}!${partialAt.row},${partialAt.col}`)).toBe("suspect");
    expect(result.messagesLeftOut).toBeDefined();
  });

  test("a protected sheet: not flagged, named in the message, nothing else fails", async () => {
    const workbook = client.create();
    await oneError(workbook);
    await blankSheets(workbook, 1);
    workbook.limits.protect(SHEET);
    const result = await checkWorkbook(workbook.host);
    expect(result.unmarked).toEqual([expect.objectContaining({ sheets: [SHEET], reason: "工作表受保护" })]);
    expect([...flagsOf(workbook.view).keys()].some((k) => k.startsWith(`${SHEET}!`))).toBe(false);
    expect(flagsOf(workbook.view).size).toBe(result.flagged);
    expect(result.flagged).toBeGreaterThan(0);
    expect(result.reports.find((r) => r.source === SHEET)!.findings.length).toBeGreaterThan(0);
  });

  test("our flags and comments are deleted by id: 清除标记 after a check leaves none, a user's format kept", async () => {
    const workbook = client.create();
    const sheets = await blankSheets(workbook, 1);
    await workbook.Excel.run(async (context) => {
      const cf = context.workbook.worksheets.getItem(sheets[0]).getRange("A1").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=A1<>0";
      cf.custom.format.fill.color = "#0000FF";
      await context.sync();
    });
    const result = await checkWorkbook(workbook.host);
    expect(result.flagged).toBeGreaterThan(100);
    expect(await clearFlags(workbook.host)).toBe(result.flagged);
    expect(flagsOf(workbook.view).size).toBe(0);
    expect(comments(workbook)).toEqual([]);
    expect(workbook.view.sheets()[1].cell(0, 0).displayFill).toBe("#0000FF");
  });

  test("a new conditional format goes to the top: our flag shows over a user's own conditional fill", async () => {
    const workbook = client.create();
    await oneError(workbook);
    await workbook.Excel.run(async (context) => {
      const at = context.workbook.worksheets.getItem(SHEET).getCell(partialAt.row, partialAt.col);
      const cf = at.conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = "#0000FF";
      await context.sync();
    });
    await checkWorkbook(workbook.host);
    const cell = workbook.view.sheets()[1].cell(partialAt.row, partialAt.col);
    expect(cell.flag).toBe("suspect");
    // The suspect flag's own fill, written out: the flag is drawn over the user's conditional fill.
    expect(cell.displayFill).toBe("#FF6161");
  });

  test("a chart sheet active (getActiveWorksheet fails): 校验 still checks every report", async () => {
    const workbook = client.create();
    await oneError(workbook);
    workbook.limits.activateChartSheet();
    const result = await checkWorkbook(workbook.host, "active");
    expect(result.sheet).toBeNull();
    expect(result.reports.map((r) => r.source)).toEqual([SHEET]);
    expect(result.errors).toBeGreaterThan(0);
  });

  test.each(["Hidden", "VeryHidden"] as const)(
    "a %s sheet: not flagged, not selected, and said so",
    async (visibility) => {
      const workbook = client.create();
      await oneError(workbook);
      await blankSheets(workbook, 1);
      await workbook.Excel.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET).visibility = visibility as Excel.SheetVisibility;
        await context.sync();
      });
      const result = await checkWorkbook(workbook.host);
      expect(result.unmarked).toEqual([expect.objectContaining({ sheets: [SHEET], reason: "工作表已隐藏" })]);
      expect([...flagsOf(workbook.view).keys()].some((k) => k.startsWith(`${SHEET}!`))).toBe(false);
      const suspect = result.reports.find((r) => r.source === SHEET)!.findings.find((f) => f.suspect)!.suspect!;
      const before = workbook.view.selection();
      const going = selectCell(workbook.host, suspect.ref!);
      await expect(going).rejects.toThrow(UserError);
      await expect(going).rejects.toThrow(`工作表“${SHEET}”已隐藏`);
      expect(workbook.view.selection()).toEqual(before);
    },
  );

  test("a broken DT_ name (its sheet deleted, #REF!) is not reused; the new tables are inserted whole", async () => {
    const workbook = client.create();
    await insertTables(workbook.host, { year: 2024, unit: "胡集乡", tables: [...ALL] });
    await workbook.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).delete();
      await context.sync();
    });
    const again = await insertTables(workbook.host, { year: 2024, unit: "胡集乡", tables: [...ALL] });
    expect(again.sheet).toBe(SHEET);
    expect(again.names[0]).toBe("DT_2024_2_TITLE");
    const result = await checkWorkbook(workbook.host);
    expect(result.reports.map((r) => r.source)).toEqual([SHEET]);
  });

  test("an insert Excel refuses half way leaves no empty sheet behind; the retry takes the name the first try would have had", async () => {
    const workbook = client.create();
    await insertTables(workbook.host, { year: 2024, unit: "胡集乡", tables: [...ALL] });
    // A host whose read misses the workbook's names: its names clash with DT_2024 when written.
    const host = workbook.host;
    const blind: WorkbookHost = {
      capabilities: host.capabilities,
      run: (action) =>
        host.run((session) =>
          action({
            read: async (scope) => ({ ...(await session.read(scope)), names: [], brokenNames: [] }),
            write: (ops) => session.write(ops),
          }),
        ),
    };
    await expect(insertTables(blind, { year: 2024, unit: "胡集乡", tables: [...ALL] })).rejects.toThrow();
    expect(workbook.view.sheets().map((s) => s.name)).toEqual(["Sheet1", SHEET]);
    const retry = await insertTables(host, { year: 2024, unit: "胡集乡", tables: [...ALL] });
    expect(retry.sheet).toBe(`${SHEET}-胡集乡`);
  });
});
