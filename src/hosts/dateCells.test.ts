/**
 * A date typed into a number cell (stored as 45658 under a date format) is read by every host as the date's text,
 * so the check names it as no number on Excel, on WPS and in an .xlsx file alike, instead of counting 45658.
 */
import { realisticReport } from "../core/check/testing/fixtures";
import { T3_COLUMNS, T3_NEW } from "../core/format";
import { checkWorkbook } from "../features/check";
import { insertTables } from "../features/insert";
import { ALL_TABLES, cellAt, setReport, typeReport } from "../features/__tests__/workbooks";
import { createStandinHost } from "../standin/host";
import { CLIENTS, measured } from "../../test/clients";
import { createWpsStandinHost } from "../standin/wps/host";
import type { WpsBuild } from "../standin/wps";
import { exceljsHost, newWorkbook } from "./exceljs";
import { isDateFormat, readValue, serialDateText } from "./dateCells";
import type { EtApplication } from "./wps/et";
import { read } from "./wps/jsapi";
import { columnLetters, type WorkbookHost } from "./types";

const SHEET = "2024年报表";
const at = cellAt(2024, "三", T3_NEW, T3_COLUMNS[0]);
const address = `${columnLetters(at.col)}${at.row + 1}`;
const NEW_YEAR_DAY = 45658;

describe("date formats and serial numbers", () => {
  test.each([
    ["yyyy/m/d", true],
    ["yyyy-mm-dd", true],
    ['yyyy"年"m"月"d"日"', true],
    ["[$-804]yyyy年m月d日", true],
    ["m/d/yyyy h:mm", true],
    ["h:mm:ss", true],
    ["General", false],
    ["0", false],
    ["#,##0.00", false],
    ['0"件"', false],
    ['#,##0"天"', false],
    ["[Red]0;[Blue]-0", false],
    ["@", false],
    ["", false],
    [null, false],
  ])("%s shows a date or time: %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  test("serial numbers of the 1900 system as dates", () => {
    expect(serialDateText(NEW_YEAR_DAY)).toBe("2025-01-01");
    expect(serialDateText(45658.5)).toBe("2025-01-01 12:00:00");
    expect(serialDateText(61)).toBe("1900-03-01");
  });

  test("only a number under a date format is read as a date", () => {
    expect(readValue(NEW_YEAR_DAY, "yyyy/m/d")).toBe("2025-01-01");
    expect(readValue(NEW_YEAR_DAY, "0")).toBe(NEW_YEAR_DAY);
    expect(readValue("2025年", "yyyy/m/d")).toBe("2025年");
    expect(readValue(null, "yyyy/m/d")).toBeNull();
  });
});

async function dateFinding(host: WorkbookHost): Promise<string[]> {
  const result = await checkWorkbook(host, "active");
  return result.reports
    .flatMap((r) => r.findings)
    .filter((f) => f.rule === "R7")
    .map((f) => f.message);
}

describe("every host reads a date in a number cell as a date, not as a count", () => {
  const report = realisticReport({ year: 2024 });
  const expected = [expect.stringContaining("“2025-01-01”不是数字")];

  test.each(CLIENTS)("Excel on $name: numberFormat is loaded with the values, in the same request", async (client) => {
    const workbook = client.create();
    await insertTables(workbook.host, { year: 2024, unit: "胡集乡", tables: ALL_TABLES });
    typeReport(workbook.view, SHEET, 2024, report);
    const readOnce = () => workbook.host.run((session) => session.read());
    await readOnce();
    const plain = await measured(workbook, readOnce);
    await workbook.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem(SHEET).getRange(address);
      cell.numberFormat = [["yyyy/m/d"]];
      cell.values = [[NEW_YEAR_DAY]];
      await context.sync();
    });
    const dated = await measured(workbook, readOnce);
    if (client.real) expect(dated.requests).toBe(plain.requests);
    expect(await dateFinding(workbook.host)).toEqual(expected);
  });

  test.each<WpsBuild>(["properties", "methods"])("WPS (members as %s)", async (build) => {
    const standin = createWpsStandinHost({ build });
    await insertTables(standin.host, { year: 2024, unit: "胡集乡", tables: ALL_TABLES });
    typeReport(standin.view, SHEET, 2024, report);
    const app = standin.Application as EtApplication;
    const workbook = read(app, app.ActiveWorkbook)!;
    const cell = read(workbook, workbook.Worksheets).Item(SHEET).Range(address);
    cell.NumberFormat = "yyyy/m/d";
    cell.Value2 = NEW_YEAR_DAY;
    expect(await dateFinding(standin.host)).toEqual(expected);
  });

  test("WPS: a sheet of one number format throughout costs one NumberFormat call; else one per run of numbers in a row, one per number where a run mixes formats", async () => {
    const readWith = async (values: unknown[][], formats: string[]) => {
      const standin = createWpsStandinHost();
      const app = standin.Application as EtApplication;
      const workbook = read(app, app.ActiveWorkbook)!;
      const sheet = read(workbook, workbook.Worksheets).Item(1);
      sheet.Range("A1:B2").Value2 = values;
      formats.forEach((format, i) => (sheet.Range(i === 0 ? "A1:B2" : "B2").NumberFormat = format));
      const before = standin.calls;
      const snapshot = await standin.host.run((session) => session.read());
      return { values: snapshot.sheets[0].values, calls: standin.calls - before };
    };
    const text = await readWith(
      [
        ["甲", "乙"],
        ["丙", null],
      ],
      ["yyyy-mm-dd"],
    );
    const uniform = await readWith(
      [
        [NEW_YEAR_DAY, "甲"],
        [45659, null],
      ],
      ["yyyy-mm-dd"],
    );
    expect(uniform.values).toEqual([
      ["2025-01-01", "甲"],
      ["2025-01-02", null],
    ]);
    expect(uniform.calls - text.calls).toBe(1);
    // Row 2 mixes two formats: its run of numbers answers null, so each of its numbers is asked.
    const mixed = await readWith(
      [
        [NEW_YEAR_DAY, "甲"],
        [45659, 7],
      ],
      ["yyyy-mm-dd", "0"],
    );
    expect(mixed.values).toEqual([
      ["2025-01-01", "甲"],
      ["2025-01-02", 7],
    ]);
    expect(mixed.calls - text.calls).toBeGreaterThan(1);
  });

  test("ExcelJS (.xlsx): a Date value", async () => {
    const workbook = newWorkbook();
    const host = exceljsHost(workbook);
    await insertTables(host, { year: 2024, unit: "胡集乡", tables: ALL_TABLES });
    const sheet = workbook.getWorksheet(SHEET)!;
    setReport(sheet, 2024, report);
    const cell = sheet.getRow(at.row + 1).getCell(at.col + 1);
    cell.value = new Date(Date.UTC(2025, 0, 1));
    // A style of its own (cells may share style objects). An ExcelJS cell, not an Office.js proxy:
    // eslint-disable-next-line office-addins/call-sync-before-read
    cell.style = { ...cell.style, numFmt: "yyyy/m/d" };
    expect(await dateFinding(host)).toEqual(expected);
  });

  test("without the date format, the same number is a count on every host", async () => {
    const standin = createStandinHost();
    await insertTables(standin.host, { year: 2024, unit: "胡集乡", tables: ALL_TABLES });
    typeReport(standin.view, SHEET, 2024, report);
    standin.view.typeInto(SHEET, at.row, at.col, String(NEW_YEAR_DAY));
    expect(await dateFinding(standin.host)).toEqual([]);
  });
});
