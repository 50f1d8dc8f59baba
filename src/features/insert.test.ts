import { FORMAT_2019, FORMAT_2021, type FormatDef, type TableId } from "../core/format";
import { COLORS, sheetLayout } from "../core/format/sheetLayout";
import { CLIENTS, measured } from "../../test/clients";
import type { StandinSheetView } from "../standin/view";
import type { Box, WorkbookHost } from "../hosts/types";
import { createStandinHost } from "../standin/host";
import { UserError } from "./errors";
import { insertTables } from "./insert";
import { overwrittenCells, tableLayoutOps } from "./layoutOps";

const ALL: TableId[] = ["二", "三", "四"];

/** Written out, not the code's constant: counts whole, the 万元 amount with up to 4 decimals (59237.2449). */
const LITERAL_FORMATS: Record<string, string> = { count: "0", signedCount: "0", amount: "0.00##" };

function sheetNamed(view: { sheets(): StandinSheetView[] }, name: string): StandinSheetView {
  const sheet = view.sheets().find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The merges the official layout asks for, in sheet coordinates. */
function expectedMerges(format: FormatDef, tables: TableId[], prefix: string, unit: string, year: number): Box[] {
  const layout = sheetLayout(format, tables, { unit, year, prefix });
  const boxes: Box[] = [{ top: layout.title.row, left: layout.title.col, rows: 1, cols: layout.title.colSpan }];
  for (const placed of layout.tables) {
    for (const cell of format.tables[placed.table].cells) {
      if (cell.rowSpan > 1 || cell.colSpan > 1) {
        boxes.push({ top: placed.top + cell.r, left: placed.left + cell.c, rows: cell.rowSpan, cols: cell.colSpan });
      }
    }
  }
  return boxes;
}

const sortBoxes = (boxes: Box[]) =>
  [...boxes].map((b) => ({ ...b })).sort((a, b) => a.top - b.top || a.left - b.left || a.rows - b.rows);

describe.each(CLIENTS)("on $name", (client) => {
  describe.each([
    [2024, FORMAT_2021],
    [2020, FORMAT_2019],
  ])("inserting the %i tables into the stand-in", (year, format) => {
    test("every official label in place, data cells blank with their number format, merges, fills, names", async () => {
      const workbook = client.create();
      const { host, view, Excel } = workbook;
      const before = view.syncCount;
      const sent = await measured(workbook, () => insertTables(host, { year, unit: "胡集乡", tables: ALL }));
      const result = sent.result;
      const syncs = view.syncCount - before;
      expect(syncs).toBeLessThanOrEqual(2);
      // Microsoft's client: one request to read, one to write (its clean-up after the run aside).
      if (client.real) expect(sent.requests).toBe(2);
      expect(result).toEqual({
        sheet: `${year}年报表`,
        format: format.id,
        names: [`DT_${year}_TITLE`, `DT_${year}_T2`, `DT_${year}_T3`, `DT_${year}_T4`],
        printSetup: true,
        freezePanes: true,
      });
      expect(view.activeSheet()).toBe(`${year}年报表`);

      const sheet = sheetNamed(view, result.sheet);
      const layout = sheetLayout(format, ALL, { unit: "胡集乡", year, prefix: `DT_${year}` });
      // Printing: A4 portrait one page wide, the whole report as print area, a table that would not fit below the
      // one before starting a page of its own.
      expect(sheet.page).toEqual(
        expect.objectContaining({
          paperSize: "A4",
          orientation: "Portrait",
          centerHorizontally: true,
          zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
          printArea: `A1:O${layout.tables[2].top + format.tables["四"].gridRows}`,
        }),
      );
      const breaks = sheet.page?.rowBreaks ?? [];
      expect(breaks.length).toBeGreaterThan(0);
      for (const row of breaks) expect(layout.tables.map((t) => t.headingRow)).toContain(row);
      const title = sheet.cell(layout.title.row, layout.title.col);
      expect(title.value).toBe(`胡集乡${year}年政府信息公开工作年度报告`);
      expect(title.bold).toBe(true);
      let labels = 0;
      for (const placed of layout.tables) {
        const def = format.tables[placed.table];
        expect(sheet.cell(placed.headingRow, placed.left).value).toBe(def.heading);
        for (const cell of def.cells) {
          const seen = sheet.cell(placed.top + cell.r, placed.left + cell.c);
          if (cell.data) {
            expect(seen.value).toBeNull();
            expect(seen.numberFormat).toBe(LITERAL_FORMATS[cell.data.kind]);
          } else {
            expect(seen.value).toBe(cell.text);
            labels += 1;
          }
          if (cell.shaded) expect(seen.fill).toBe(COLORS.groupFill);
          if (cell.role === "header") expect(seen).toMatchObject({ fill: COLORS.headerFill, hAlign: "center" });
          expect(seen.borders).toEqual({ top: true, bottom: true, left: true, right: true });
          expect(seen.wrap).toBe(true);
        }
      }
      expect(labels).toBeGreaterThan(50);
      expect(sortBoxes(sheet.merges)).toEqual(sortBoxes(expectedMerges(format, ALL, `DT_${year}`, "胡集乡", year)));
      expect(sheet.columnWidth(2)).toBe(27.29);
      // Table 三's three label columns stay in view while the clerk scrolls right to 总计; no rows.
      expect(sheet.frozen).toEqual({ rows: 0, columns: 3 });
      const t3 = layout.tables.find((p) => p.table === "三")!;
      const noteRows = [0, 1, 2].map((r) => sheet.rowHeight(t3.top + r));
      expect(noteRows.reduce((a, b) => a + b, 0)).toBeGreaterThan(3 * 15);
      const longest = format.tables["三"].cells.find((c) => c.text?.startsWith("（二）部分公开"))!;
      expect(sheet.rowHeight(t3.top + longest.r)).toBeGreaterThan(15);
      const newRow = format.tables["三"].cells.find((c) => c.text === "一、本年新收政府信息公开申请数量")!;
      expect(sheet.rowHeight(t3.top + newRow.r)).toBe(15);

      const names = await Excel.run(async (context) => {
        const items = context.workbook.names.load("items/name");
        await context.sync();
        const ranges = items.items.map((n) => n.getRange().load("address"));
        await context.sync();
        return items.items.map((n, i) => [n.name, ranges[i].address]);
      });
      const grid = (t: TableId) => {
        const placed = layout.tables.find((p) => p.table === t)!;
        const def = format.tables[t];
        const last = (n: number) => String.fromCharCode(65 + n - 1);
        return `'${year}年报表'!A${placed.top + 1}:${last(def.gridColumns)}${placed.top + def.gridRows}`;
      };
      expect(Object.fromEntries(names)).toEqual({
        [`DT_${year}_TITLE`]: `'${year}年报表'!A1:O1`,
        [`DT_${year}_T2`]: grid("二"),
        [`DT_${year}_T3`]: grid("三"),
        [`DT_${year}_T4`]: grid("四"),
      });
    });
  });

  describe("insertTables refuses and protects", () => {
    test("a year before 2019 is refused in Chinese, before anything is read or written", async () => {
      const { host, view } = client.create();
      const attempt = insertTables(host, { year: 2018, unit: "胡集乡", tables: ALL });
      await expect(attempt).rejects.toThrow(UserError);
      await expect(attempt).rejects.toThrow(/2019/);
      expect(view.syncCount).toBe(0);
      expect(view.sheets().map((s) => s.name)).toEqual(["Sheet1"]);
    });

    test("an empty unit or no table is refused", async () => {
      const { host } = client.create();
      await expect(insertTables(host, { year: 2024, unit: "  ", tables: ALL })).rejects.toThrow(/单位/);
      await expect(insertTables(host, { year: 2024, unit: "胡集乡", tables: [] })).rejects.toThrow(/至少/);
    });

    test("a sheet name carrying the unit, and a unique name prefix, when 2024年报表 and the DT_2024 names exist", async () => {
      const { host, view } = client.create();
      await insertTables(host, { year: 2024, unit: "胡集乡", tables: ALL });
      view.typeInto("2024年报表", 4, 1, "7");
      const second = await insertTables(host, { year: 2024, unit: "李集镇", tables: ["三"] });
      expect(second.sheet).toBe("2024年报表-李集镇");
      expect(second.names).toEqual(["DT_2024_2_TITLE", "DT_2024_2_T3"]);
      expect(sheetNamed(view, "2024年报表").cell(4, 1).value).toBe(7);
      const third = await insertTables(host, { year: 2024, unit: "胡集乡", tables: ["四"] });
      expect(third.sheet).toBe("2024年报表-胡集乡");
      const fourth = await insertTables(host, { year: 2024, unit: "胡集乡", tables: ["四"] });
      expect(fourth.sheet).toBe("2024年报表-胡集乡(2)");
    });

    test("an Excel without ExcelApi 1.9 gets the tables without page setup, and the result says so", async () => {
      const { host, view } = client.create({ apiVersion: "1.8" });
      const result = await insertTables(host, { year: 2024, unit: "胡集乡", tables: ALL });
      expect(result.printSetup).toBe(false);
      expect(sheetNamed(view, result.sheet).page?.paperSize ?? null).toBeNull();
      expect(sheetNamed(view, result.sheet).cell(0, 0).value).toBe("胡集乡2024年政府信息公开工作年度报告");
      expect(result.freezePanes).toBe(true);
      expect(sheetNamed(view, result.sheet).frozen).toEqual({ rows: 0, columns: 3 });
    });

    test("an Excel without ExcelApi 1.7 gets the tables without frozen panes, and the result says so", async () => {
      const { host, view } = client.create({ apiVersion: "1.6" });
      const result = await insertTables(host, { year: 2024, unit: "胡集乡", tables: ALL });
      expect(result).toMatchObject({ printSetup: false, freezePanes: false });
      expect(sheetNamed(view, result.sheet).frozen).toEqual({ rows: 0, columns: 0 });
      expect(sheetNamed(view, result.sheet).cell(0, 0).value).toBe("胡集乡2024年政府信息公开工作年度报告");
    });

    test("the write is refused when a target cell is not empty", async () => {
      const { host, view } = client.create();
      view.typeInto("Sheet1", 0, 3, "用户的数据");
      const snapshot = await host.run((session) => session.read({ values: true }));
      const layout = sheetLayout(FORMAT_2021, ALL, { unit: "胡集乡", year: 2024, prefix: "DT_2024" });
      const ops = tableLayoutOps(FORMAT_2021, ALL, "Sheet1", layout);
      expect(overwrittenCells(snapshot, ops)).toEqual([{ sheet: "Sheet1", row: 0, col: 3 }]);

      // A host whose read does not show the existing sheet: Excel's own refusal still keeps the data.
      const lying: WorkbookHost = {
        capabilities: host.capabilities,
        run: (action) =>
          host.run((session) =>
            action({
              read: async (scope) => ({ ...(await session.read(scope)), sheets: [] }),
              write: (ops2) => session.write(ops2),
            }),
          ),
      };
      view.typeInto("Sheet1", 0, 0, "x");
      await insertTables(host, { year: 2024, unit: "胡集乡", tables: ["二"] });
      view.typeInto("2024年报表", 0, 0, "用户改过的标题");
      await expect(insertTables(lying, { year: 2024, unit: "胡集乡", tables: ["二"] })).rejects.toThrow();
      expect(sheetNamed(view, "2024年报表").cell(0, 0).value).toBe("用户改过的标题");
    });
  });
});

test("the 万元 amount cell shows 59237.2449 as typed (4 decimals kept), a count shows 12", async () => {
  const { host, view } = createStandinHost();
  const result = await insertTables(host, { year: 2024, unit: "胡集乡", tables: ALL });
  const layout = sheetLayout(FORMAT_2021, ALL, { unit: "胡集乡", year: 2024, prefix: "DT_2024" });
  const placed = layout.tables[0];
  const cells = FORMAT_2021.tables["二"].dataCells;
  const amount = cells.find((c) => c.kind === "amount")!;
  const count = cells.find((c) => c.kind === "count")!;
  view.typeInto(result.sheet, placed.top + amount.r, placed.left + amount.c, "59237.2449");
  view.typeInto(result.sheet, placed.top + count.r, placed.left + count.c, "12");
  const sheet = sheetNamed(view, result.sheet);
  expect(sheet.cell(placed.top + amount.r, placed.left + amount.c).text).toBe("59237.2449");
  expect(sheet.cell(placed.top + count.r, placed.left + count.c).text).toBe("12");
});
