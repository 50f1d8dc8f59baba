/**
 * The features on WPS: every user action run on the WPS stand-in (both kinds of WPS build) and on the Excel
 * stand-in from the same start must give the same result and leave the same workbook (values, formulas,
 * fills, borders, merges, widths, names, flags, comments, active sheet and selection).
 */
import { realisticReport } from "../../core/check/testing/fixtures";
import type { Report } from "../../core/report/model";
import { checkWorkbook, clearFlags, selectCell } from "../../features/check";
import { insertTables } from "../../features/insert";
import { newYear } from "../../features/newYear";
import { importReports } from "../../features/importReports";
import { readReportFile } from "../../documents";
import { reportHtml } from "../../documents/testing/reportDocuments";
import { reportSheetOps } from "../../features/reportSheet";
import { rollupCandidates, rollupSheets } from "../../features/rollup";
import { ALL_TABLES, cellAt, flagsOf, picture, typeReport, withoutFlags } from "../../features/__tests__/workbooks";
import { createStandinHost } from "../../standin/host";
import type { StandinView } from "../../standin/view";
import { createWpsStandinHost } from "../../standin/wps/host";
import type { WpsBuild } from "../../standin/wps";
import { FLAG_COMMENT_PREFIX, FLAG_FILLS } from "../flagMarker";
import { columnLetters, type WorkbookHost } from "../types";
import type { EtApplication } from "./et";
import { read } from "./jsapi";

const SHEET = "2024年报表";
const PARTIAL = "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
const NATURAL = "自然人";
const partialAt = cellAt(2024, "三", PARTIAL, NATURAL);

// Whole workbooks built, checked and compared twice per test: generous on a busy machine.

interface Side {
  host: WorkbookHost;
  view: StandinView;
  /** The user adds a comment of their own to a cell. */
  comment(sheet: string, row: number, col: number, text: string): Promise<void>;
}

/** The same workbook on both hosts, after `setup`. */
async function pair(build: WpsBuild, setup: (side: Side) => Promise<void> | void): Promise<{ excel: Side; wps: Side }> {
  const standin = createStandinHost();
  const excel: Side = {
    ...standin,
    comment: (sheet, row, col, text) =>
      standin.Excel.run(async (context) => {
        context.workbook.comments.add(`'${sheet}'!${columnLetters(col)}${row + 1}`, text);
        await context.sync();
      }),
  };
  const wpsStandin = createWpsStandinHost({ build });
  const wps: Side = {
    ...wpsStandin,
    comment: async (sheet, row, col, text) => {
      const app = wpsStandin.Application as EtApplication;
      const workbook = read(app, app.ActiveWorkbook)!;
      read(workbook, workbook.Worksheets)
        .Item(sheet)
        .Range(`${columnLetters(col)}${row + 1}`)
        .AddComment(text);
    },
  };
  await setup(excel);
  await setup(wps);
  expect(picture(wps.view)).toEqual(picture(excel.view));
  return { excel, wps };
}

const pages = (view: StandinView) => view.sheets().map((sheet) => [sheet.name, sheet.page]);
const panes = (view: StandinView) => view.sheets().map((sheet) => [sheet.name, sheet.frozen]);

/** Runs an action on both; results and workbooks (and active sheet, selection) must be the same. */
async function same<T>(sides: { excel: Side; wps: Side }, action: (side: Side) => Promise<T>): Promise<T> {
  const onExcel = await action(sides.excel);
  const onWps = await action(sides.wps);
  expect(onWps).toEqual(onExcel);
  expect(picture(sides.wps.view)).toEqual(picture(sides.excel.view));
  // Printing is set up alike (A4, one page wide, margins, print area, titles, page breaks).
  expect(pages(sides.wps.view)).toEqual(pages(sides.excel.view));
  // The same panes frozen (WPS through its window, the tab the user had given back).
  expect(panes(sides.wps.view)).toEqual(panes(sides.excel.view));
  expect(sides.wps.view.activeSheet()).toBe(sides.excel.view.activeSheet());
  expect(sides.wps.view.selection()).toEqual(sides.excel.view.selection());
  return onWps;
}

const filled = (report: Report) => async (side: Side) => {
  await insertTables(side.host, { year: 2024, unit: "胡集乡", tables: ALL_TABLES });
  typeReport(side.view, SHEET, 2024, report);
};

describe.each<WpsBuild>(["properties", "methods"])("features on WPS (stand-in, members as %s) as on Excel", (build) => {
  test("插入表格: the same sheet, labels, merges, fills, borders, widths and names", async () => {
    const sides = await pair(build, () => undefined);
    const result = await same(sides, (s) => insertTables(s.host, { year: 2024, unit: "胡集乡", tables: ALL_TABLES }));
    expect(result.names).toContain("DT_2024_T3");
    expect(result.printSetup).toBe(true);
    expect(result.freezePanes).toBe(true);
    const sheet = sides.wps.view.sheets().find((s) => s.name === SHEET)!;
    expect(sheet.frozen).toEqual({ rows: 0, columns: 3 });
    expect(sheet.merges.length).toBeGreaterThan(10);
    expect(sheet.page).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(sheet.page?.printArea).toMatch(/^A1:[A-Z]+\d+$/);
    expect(sheet.page?.rowBreaks.length).toBeGreaterThan(0);
    // A second insert of the same year goes to a new sheet on both.
    await same(sides, (s) => insertTables(s.host, { year: 2024, unit: "胡集乡", tables: ["三"] }));
  });

  test("校验 flags the same cells with the same colours and comments; 清除标记 restores exactly", async () => {
    const report = realisticReport({ seed: 7, year: 2024 });
    const right = report.cells.get(`三|${PARTIAL}|${NATURAL}`)!.value!;
    const sides = await pair(build, filled(report));
    for (const s of [sides.excel, sides.wps]) s.view.typeInto(SHEET, partialAt.row, partialAt.col, String(right + 6));
    const before = picture(sides.wps.view);

    const result = await same(sides, (s) => checkWorkbook(s.host));
    expect(result.errors).toBe(2);
    const flags = flagsOf(sides.wps.view);
    expect(flags.get(`${SHEET}!${partialAt.row},${partialAt.col}`)).toBe("suspect");
    const suspect = sides.wps.view
      .sheets()
      .find((s) => s.name === SHEET)!
      .cell(partialAt.row, partialAt.col);
    expect(suspect.displayFill).toBe(FLAG_FILLS.suspect);
    expect(suspect.comment).toContain(FLAG_COMMENT_PREFIX);
    expect(withoutFlags(picture(sides.wps.view))).toEqual(withoutFlags(before));

    // Checking again replaces the flags (no second comment, no second conditional format).
    await same(sides, (s) => checkWorkbook(s.host));
    const cleared = await same(sides, (s) => clearFlags(s.host));
    expect(cleared).toBeGreaterThan(0);
    expect(picture(sides.wps.view)).toEqual(before);
  });

  test("a user's own comment and fill survive 校验 and 清除标记", async () => {
    const report = realisticReport({ seed: 7, year: 2024 });
    const right = report.cells.get(`三|${PARTIAL}|${NATURAL}`)!.value!;
    const sides = await pair(build, filled(report));
    const user = async (s: Side) => {
      s.view.typeInto(SHEET, partialAt.row, partialAt.col, String(right + 1));
      await s.comment(SHEET, partialAt.row, partialAt.col, "已与业务科室核对");
      await s.host.run((session) =>
        session.write([
          {
            op: "style",
            sheet: SHEET,
            box: { top: partialAt.row, left: partialAt.col, rows: 1, cols: 1 },
            style: { fill: "#00B050" },
          },
        ]),
      );
    };
    await same(sides, user);
    const before = picture(sides.wps.view);
    await same(sides, (s) => checkWorkbook(s.host));
    const cell = sides.wps.view
      .sheets()
      .find((s) => s.name === SHEET)!
      .cell(partialAt.row, partialAt.col);
    expect(cell.flag).toBe("suspect");
    expect(cell.comment).toBe("已与业务科室核对");
    await same(sides, (s) => clearFlags(s.host));
    expect(picture(sides.wps.view)).toEqual(before);
  });

  test("selecting a finding's cell activates its sheet and selects the cell", async () => {
    const sides = await pair(build, filled(realisticReport({ seed: 7, year: 2024 })));
    for (const s of [sides.excel, sides.wps]) s.view.activate("Sheet1");
    await same(sides, (s) => selectCell(s.host, { sheet: SHEET, row: partialAt.row, col: partialAt.col }));
    expect(sides.wps.view.selection()).toEqual({ sheet: SHEET, row: partialAt.row, col: partialAt.col });
  });

  test("导入: the same sheets from published reports, and the same 校验 after", async () => {
    const units = ["某镇人民政府", "某乡人民政府"];
    const files = units.map((unit, i) => {
      const report = realisticReport({ seed: 200 + i, year: 2024 });
      report.unit = unit;
      return { name: `${unit}.html`, bytes: reportHtml(report) };
    });
    const sides = await pair(build, () => undefined);
    const result = await same(sides, (s) =>
      importReports(s.host, files, (f) =>
        readReportFile(f.bytes, f.name, { loadPdfjs: () => Promise.reject(new Error("no PDF")) }),
      ),
    );
    expect(result.imported.map((i) => i.file)).toEqual(files.map((f) => f.name));
    expect(result.check?.errors).toBe(0);
  });

  test("生成新年度: the same new sheet with the carried-over figures", async () => {
    const sides = await pair(build, filled(realisticReport({ seed: 11, year: 2024 })));
    const result = await same(sides, (s) => newYear(s.host));
    expect(result.sheet).toBe("2025年报表");
  });

  test("汇总: the same candidates, summary and detail sheets, and the same check afterwards", async () => {
    const units = ["甲乡", "乙镇", "丙街道"];
    const sides = await pair(build, (s) =>
      s.host.run(async (session) => {
        const ops = units.flatMap((unit, i) => {
          const report = realisticReport({ seed: 100 + i, year: 2024 });
          report.unit = unit;
          return reportSheetOps(report, { sheets: [], names: [] }, { unit, year: 2024, sheetBase: unit }).ops.filter(
            (op) => op.op !== "addName",
          );
        });
        await session.write(ops);
      }),
    );
    const candidates = await same(sides, (s) => rollupCandidates(s.host));
    expect(candidates.sheets.map((c) => c.sheet)).toEqual(units);
    const result = await same(sides, (s) => rollupSheets(s.host, { sheets: units, unit: "某县" }));
    expect(result).toMatchObject({ sheet: "2024年汇总表", parts: 3 });
    const check = await same(sides, (s) => checkWorkbook(s.host));
    expect(check.errors).toBe(0);
  });
});
