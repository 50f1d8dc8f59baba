/* The strictness tests read before load and sync on purpose: the Office.js lint rules flag exactly that. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load, office-addins/no-context-sync-in-loop */
import { createStandin, installStandin } from ".";
import { StandinError } from "./errors";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StandinError) return error.code;
    throw error;
  }
  return "no error";
}

describe("the Excel stand-in is as strict as Excel", () => {
  test("reading a property that was not loaded and synced throws PropertyNotLoaded", async () => {
    const { Excel } = createStandin();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("getItem of a missing sheet or name fails at sync with ItemNotFound, not before", async () => {
    const { Excel } = createStandin();
    const sheet = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("没有这张表");
        await context.sync();
      }),
    );
    expect(sheet).toBe("ItemNotFound");
    const name = await codeOf(
      Excel.run(async (context) => {
        const item = context.workbook.names.getItem("DT_2024_T3");
        item.load("name");
        await context.sync();
      }),
    );
    expect(name).toBe("ItemNotFound");
  });

  test("…OrNullObject gives isNullObject after sync", async () => {
    const { Excel } = createStandin();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      const used = present.getUsedRangeOrNullObject();
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(used.isNullObject).toBe(true);
    });
  });

  test("values, formulas and numberFormat of the wrong shape fail with InvalidArgument", async () => {
    const { Excel, view } = createStandin();
    for (const property of ["values", "formulas", "numberFormat"] as const) {
      const code = await codeOf(
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
          range[property] = [["1", "2", "3"]];
          await context.sync();
        }),
      );
      expect(code).toBe("InvalidArgument");
    }
    const ragged = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2], [3]];
        await context.sync();
      }),
    );
    expect(ragged).toBe("InvalidArgument");
    expect(view.sheets()[0].cell(0, 0).value).toBeNull();
  });

  test("queued writes are invisible before sync and applied at sync; sync() calls are counted", async () => {
    const { Excel, view } = createStandin();
    const before = view.syncCount;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").values = [[42]];
      sheet.getRange("B2").format.fill.color = "#FFFF00";
      const other = sheet.getRange("B2");
      other.load("values");
      expect(view.sheets()[0].cell(1, 1).value).toBeNull();
      await context.sync();
      expect(other.values).toEqual([[42]]);
      expect(view.sheets()[0].cell(1, 1)).toMatchObject({ value: 42, fill: "#FFFF00" });
    });
    expect(view.syncCount - before).toBe(1);
  });

  test("Excel.run syncs what is left queued at the end, and counts that sync", async () => {
    const { Excel, view } = createStandin();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
    });
    expect(view.sheets()[0].cell(0, 0).value).toBe("x");
    expect(view.syncCount).toBe(1);
    await Excel.run(async () => undefined);
    expect(view.syncCount).toBe(1);
  });

  test("a failing command rejects the sync; commands before it stay applied", async () => {
    const { Excel, view } = createStandin();
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("新表");
        context.workbook.worksheets.add("新表");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemAlreadyExists");
    expect(view.sheets().map((s) => s.name)).toEqual(["Sheet1", "新表"]);
  });

  test("APIs of a newer requirement set are refused on an older host", async () => {
    const { Excel, isSetSupported } = createStandin({ apiVersion: "1.9" });
    expect(isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(isSetSupported("ExcelApi", "1.10")).toBe(false);
    await Excel.run(async (context) => {
      expect(() => context.workbook.comments).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });

  test("collections load their items; names point at ranges", async () => {
    const { Excel } = createStandin();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("2024年报表");
      context.workbook.names.add("DT_2024_T3", sheet.getRange("A3:J30"));
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      const names = context.workbook.names.load("items/name,items/type,items/value");
      const range = context.workbook.names.getItem("DT_2024_T3").getRange();
      range.load("address,rowIndex,columnCount");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "2024年报表"]);
      expect(names.items.map((n) => [n.name, n.type, n.value])).toEqual([
        ["DT_2024_T3", "Range", "'2024年报表'!$A$3:$J$30"],
      ]);
      expect([range.address, range.rowIndex, range.columnCount]).toEqual(["'2024年报表'!A3:J30", 2, 10]);
    });
  });

  test("merging keeps the top-left value only, as Excel does", async () => {
    const { Excel, view } = createStandin();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [["a", "b", "c"]];
      range.merge();
      const merged = range.getMergedAreasOrNullObject();
      merged.load("address");
      await context.sync();
      expect(merged.address).toBe("Sheet1!A1:C1");
    });
    const sheet = view.sheets()[0];
    expect(sheet.merges).toEqual([{ top: 0, left: 0, rows: 1, cols: 3 }]);
    expect([sheet.cell(0, 0).value, sheet.cell(0, 1).value]).toEqual(["a", null]);
  });
});

describe("the stand-in's view", () => {
  test("number formats, typing, formulas evaluated to their values", () => {
    const { Excel: _excel, view } = createStandin();
    view.typeInto("Sheet1", 4, 3, "12");
    view.typeInto("Sheet1", 5, 3, " 3.5 ");
    view.typeInto("Sheet1", 6, 3, "１２");
    view.typeInto("Sheet1", 7, 3, "=SUM(D5:D7)");
    view.typeInto("Sheet1", 8, 3, "=D5+D6");
    view.typeInto("Sheet1", 9, 3, "无");
    const sheet = view.sheets()[0];
    expect(sheet.cell(4, 3).value).toBe(12);
    expect(sheet.cell(5, 3).value).toBe(3.5);
    expect(sheet.cell(6, 3).value).toBe("１２");
    expect(sheet.cell(7, 3)).toMatchObject({ value: 15.5, formula: "=SUM(D5:D7)", text: "15.5" });
    expect(sheet.cell(8, 3).value).toBe(15.5);
    expect(sheet.cell(9, 3).value).toBe("无");
    view.typeInto("Sheet1", 4, 3, "");
    expect(view.sheets()[0].cell(7, 3).value).toBe(3.5);
    expect(view.sheets()[0].rowCount).toBe(10);
  });

  test("number formats 0 and 0.00## display as Excel does", async () => {
    const { Excel, view } = createStandin();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D2");
      range.values = [
        [2.5, 96171.6, 59237.2449, 3],
        [-2.5, 1.23456, 0, 7],
      ];
      range.numberFormat = [
        ["0", "0.00##", "0.00##", "0.00##"],
        ["0", "0.00##", "0.00##", "General"],
      ];
      await context.sync();
    });
    const cell = (r: number, c: number) => view.sheets()[0].cell(r, c).text;
    expect([cell(0, 0), cell(0, 1), cell(0, 2), cell(0, 3)]).toEqual(["3", "96171.60", "59237.2449", "3.00"]);
    expect([cell(1, 0), cell(1, 1), cell(1, 2), cell(1, 3)]).toEqual(["-3", "1.2346", "0.00", "7"]);
  });

  test("borders are seen from both sides; column widths in characters; subscribe notifies on change", async () => {
    const { Excel, view } = createStandin();
    let calls = 0;
    const unsubscribe = view.subscribe(() => (calls += 1));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      range.format.borders.getItem("EdgeBottom").style = "Continuous";
      range.format.columnWidth = 66.75;
      await context.sync();
    });
    const sheet = view.sheets()[0];
    expect(sheet.cell(1, 1).borders).toEqual({ top: false, bottom: true, left: false, right: false });
    expect(sheet.cell(2, 1).borders.top).toBe(true);
    expect(sheet.columnWidth(1)).toBe(12);
    expect(sheet.columnWidth(0)).toBe(8.43);
    expect(calls).toBe(1);
    view.select({ sheet: "Sheet1", row: 3, col: 2 });
    expect(view.selection()).toEqual({ sheet: "Sheet1", row: 3, col: 2 });
    expect(calls).toBe(2);
    unsubscribe();
    view.typeInto("Sheet1", 0, 0, "1");
    expect(calls).toBe(2);
  });

  test("installStandin sets Excel and Office globals that answer like Office", async () => {
    const target: Record<string, unknown> = {};
    const view = installStandin(target, { apiVersion: "1.10" });
    const office = target.Office as typeof Office;
    const info = await office.onReady();
    expect(info.host).toBe("Excel");
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.11")).toBe(false);
    const excel = target.Excel as typeof Excel;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["ok"]];
      await context.sync();
    });
    expect(view.sheets()[0].cell(0, 0).value).toBe("ok");
  });
});
