import { FORMAT_2021, T3_CARRIED_IN, T3_CARRIED_OUT, T3_COLUMNS, cellKey } from "../core/format";
import { realisticReport } from "../core/check/testing/fixtures";
import { CLIENTS, type TestClient } from "../../test/clients";
import type { Report } from "../core/report/model";
import { exceljsHost, newWorkbook } from "../hosts/exceljs";
import { officeHost, warmUp } from "../hosts/office";
import type { WorkbookHost } from "../hosts/types";
import { checkWorkbook } from "./check";
import { UserError } from "./errors";
import { insertTables } from "./insert";
import { newYear } from "./newYear";
import { ALL_TABLES, cellAt, dataCellPositions, picture, setReport, typeReport } from "./__tests__/workbooks";

async function filledStandin(client: TestClient, year: number, report: Report | null) {
  const standin = client.create();
  await insertTables(standin.host, { year, unit: "胡集乡", tables: ALL_TABLES });
  if (report) typeReport(standin.view, `${year}年报表`, year, report);
  return standin;
}

/** Every data cell of the tables on `sheet` laid out for `year`, by cellKey. */
function dataValues(cell: (row: number, col: number) => unknown, year: number): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, pos] of dataCellPositions(year).at) out.set(k, cell(pos.row, pos.col));
  return out;
}

function sheetCell(view: ReturnType<TestClient["create"]>["view"], sheet: string) {
  const found = view.sheets().find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return (row: number, col: number) => found.cell(row, col).value;
}

/** 二、上年结转 of the new year = 四 of the old one in all 7 columns; every other data cell blank. */
function expectCarried(values: Map<string, unknown>, previous: Report) {
  expect(values.size).toBe(FORMAT_2021.tables["二"].dataCells.length + 175 + 15);
  for (const column of T3_COLUMNS) {
    const carried = previous.cells.get(cellKey("三", T3_CARRIED_OUT, column))!.value;
    expect(typeof carried).toBe("number");
    expect(values.get(cellKey("三", T3_CARRIED_IN, column))).toBe(carried);
  }
  const others = [...values].filter(([k]) => !k.startsWith(`三|${T3_CARRIED_IN}|`));
  expect(others.length).toBe(values.size - 7);
  for (const [, v] of others) expect(v).toBeNull();
}

const report2024 = () => realisticReport({ seed: 11, year: 2024 });

describe.each(CLIENTS)("on $name", (client) => {
  describe("生成新年度 in Excel (stand-in)", () => {
    test("2024 → 2025年报表: 二、上年结转 = 2024 四 in all 7 columns, all else blank, the 2024 sheet untouched", async () => {
      const previous = report2024();
      const { host, view } = await filledStandin(client, 2024, previous);
      const before = picture(view);
      const names = (await host.run((s) => s.read({ values: false }))).names;
      const syncs = view.syncCount;
      const result = await newYear(host);
      expect(view.syncCount - syncs).toBeLessThanOrEqual(2);
      const namesAfter = (await host.run((s) => s.read({ values: false }))).names;
      expect(namesAfter.filter((n) => n.sheet !== "2025年报表")).toEqual(names);
      expect(namesAfter.filter((n) => n.sheet === "2025年报表").map((n) => n.name)).toEqual([
        "DT_2025_TITLE",
        "DT_2025_T2",
        "DT_2025_T3",
        "DT_2025_T4",
      ]);
      expect(result).toEqual({
        sheet: "2025年报表",
        year: 2025,
        format: "2021",
        carried: 7,
        missing: [],
        printSetup: true,
        freezePanes: true,
      });

      expect(view.sheets().map((s) => s.name)).toEqual(["Sheet1", "2024年报表", "2025年报表"]);
      expect(picture(view).slice(0, 2)).toEqual(before.slice(0, 2));
      expectCarried(dataValues(sheetCell(view, "2025年报表"), 2025), previous);
      const sheet = view.sheets()[2];
      expect(sheet.cell(0, 0).value).toBe("胡集乡2025年政府信息公开工作年度报告");
      expect(sheet.frozen).toEqual({ rows: 0, columns: 3 });
      expect(view.activeSheet()).toBe("2025年报表");
      const carriedIn = cellAt(2025, "三", T3_CARRIED_IN, "自然人");
      expect(view.selection()).toEqual({ sheet: "2025年报表", row: carriedIn.row, col: carriedIn.col });
    });

    test("2020 (2019 format) → 2021年报表 in the 2021 format; only 四 → 二 carried", async () => {
      const previous = realisticReport({ seed: 5, year: 2020, format: "2019" });
      const { view, Excel, isSetSupported } = await filledStandin(client, 2020, previous);
      const before = picture(view);
      view.activate("Sheet1");
      const pane = officeHost({ excel: Excel, isSetSupported });
      await warmUp(pane);
      const syncs = view.syncCount;
      const result = await newYear(pane);
      expect(view.syncCount - syncs).toBeLessThanOrEqual(2);
      expect(result).toMatchObject({ sheet: "2021年报表", year: 2021, format: "2021", carried: 7 });
      expect(picture(view).slice(0, 2)).toEqual(before.slice(0, 2));
      const values = dataValues(sheetCell(view, "2021年报表"), 2021);
      expect(values.has(cellKey("三", "三、本年度办理结果/（六）其他处理/3.其他", "总计"))).toBe(true);
      expectCarried(values, previous);
      const labels = view.sheets()[2];
      const t2 = dataCellPositions(2021).layout.tables[0];
      expect(labels.cell(t2.top + 1, t2.left + 1).value).toBe("本年制发件数");
    });

    test("the new sheet is checked against last year's automatically: R5 names a changed carried value", async () => {
      const previous = report2024();
      const { host, view } = await filledStandin(client, 2024, previous);
      await newYear(host);
      const next = realisticReport({ seed: 12, year: 2025, previous });
      next.unit = "胡集乡";
      typeReport(view, "2025年报表", 2025, next);
      const clean = await checkWorkbook(host);
      expect(clean.reports.map((r) => [r.source, r.previous?.source ?? null])).toEqual([
        ["2024年报表", null],
        ["2025年报表", "2024年报表"],
      ]);
      expect(clean.summary).toBe("全部通过");

      const at = cellAt(2025, "三", T3_CARRIED_IN, "自然人");
      const carried = Number(view.sheets()[2].cell(at.row, at.col).value);
      view.typeInto("2025年报表", at.row, at.col, String(carried + 3));
      const syncs = view.syncCount;
      const checked = await checkWorkbook(host);
      expect(view.syncCount - syncs).toBeLessThanOrEqual(2);
      const r5 = checked.reports[1].findings.filter((f) => f.rule === "R5");
      expect(r5).toHaveLength(1);
      expect(r5[0]).toMatchObject({ severity: "error", table: "三", imbalance: 3 });
      expect(r5[0].message).toContain("上年结转");
      expect(r5[0].cells).toContainEqual({
        row: T3_CARRIED_IN,
        column: "自然人",
        ref: { sheet: "2025年报表", row: at.row, col: at.col },
        value: carried + 3,
      });
      expect(r5[0].suspect).toMatchObject({ row: T3_CARRIED_IN, column: "自然人", suggested: carried });
      expect(view.sheets()[2].cell(at.row, at.col).flag).toBe("suspect");
      expect(checked.reports[0].findings).toEqual([]);
    });

    test("no table 三 in the workbook: a clear UserError naming what is missing, nothing written", async () => {
      for (const tables of [[], ["二", "四"]] as const) {
        const standin = client.create();
        if (tables.length > 0) await insertTables(standin.host, { year: 2024, unit: "胡集乡", tables: [...tables] });
        const before = picture(standin.view);
        const attempt = newYear(standin.host);
        await expect(attempt).rejects.toThrow(UserError);
        await expect(attempt).rejects.toThrow(/表三.*四、结转下年度继续办理/);
        expect(picture(standin.view)).toEqual(before);
      }
    });

    test("table 三 with 四、结转下年度继续办理 blank: refused, naming the row and its columns", async () => {
      const { host, view } = await filledStandin(client, 2024, null);
      const before = picture(view);
      const attempt = newYear(host);
      await expect(attempt).rejects.toThrow(UserError);
      await expect(attempt).rejects.toThrow(/四、结转下年度继续办理.*没有可读的数值.*自然人/);
      expect(picture(view)).toEqual(before);
    });

    test("a column of 四 that cannot be read is left blank and named", async () => {
      const previous = report2024();
      const { host, view } = await filledStandin(client, 2024, previous);
      const at = cellAt(2024, "三", T3_CARRIED_OUT, "法人或其他组织/科研机构");
      view.typeInto("2024年报表", at.row, at.col, "/");
      const result = await newYear(host);
      expect(result.carried).toBe(6);
      expect(result.missing).toEqual(["四、结转下年度继续办理·科研机构"]);
      const to = cellAt(2025, "三", T3_CARRIED_IN, "法人或其他组织/科研机构");
      expect(view.sheets()[2].cell(to.row, to.col).value).toBeNull();
    });
  });

  describe("生成新年度 in an ExcelJS workbook", () => {
    test("adds 2025年报表 with the carried row; the 2024 sheet reads the same before and after", async () => {
      const previous = report2024();
      const workbook = newWorkbook();
      const host: WorkbookHost = exceljsHost(workbook);
      await insertTables(host, { year: 2024, unit: "胡集乡", tables: ALL_TABLES });
      setReport(workbook.getWorksheet("2024年报表")!, 2024, previous);
      const before = await host.run((s) => s.read({ values: true }));
      const styles = JSON.stringify(workbook.getWorksheet("2024年报表")!.model);
      const result = await newYear(host);
      expect(result).toMatchObject({ sheet: "2025年报表", year: 2025, carried: 7 });
      const after = await host.run((s) => s.read({ values: true }));
      expect(after.sheets[0]).toEqual(before.sheets[0]);
      expect(JSON.stringify(workbook.getWorksheet("2024年报表")!.model)).toBe(styles);
      const next = workbook.getWorksheet("2025年报表")!;
      expectCarried(
        dataValues((row, col) => {
          const v = next.getRow(row + 1).getCell(col + 1).value;
          return v === undefined ? null : v;
        }, 2025),
        previous,
      );
    });
  });
});
