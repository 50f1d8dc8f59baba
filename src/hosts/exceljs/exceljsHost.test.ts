/* ExcelJS cells, not Office.js proxies: the Office.js load/sync lint rules mistake getCell() for Excel.Worksheet.getCell. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
import ExcelJS from "exceljs";
import { exceljsHost } from "./exceljsHost";
import { loadXlsx } from "./files";
import { fileWidthToChars } from "../units";

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  return loadXlsx(Buffer.from(bytes as ArrayBuffer));
}

describe("reading .xlsx workbooks with ExcelJS", () => {
  test("values, formulas with cached results, error values, rich text, merges, names, hidden sheets", async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("2024年报表");
    sheet.getCell("B2").value = 12;
    sheet.getCell("C2").value = "文字";
    sheet.getCell("B3").value = { richText: [{ text: "（一）" }, { text: "予以公开", font: { bold: true } }] };
    sheet.getCell("B4").value = { formula: "SUM(B2:B2)", result: 12 } as ExcelJS.CellFormulaValue;
    sheet.getCell("C4").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    sheet.getCell("D4").value = true;
    sheet.getCell("E2").value = "合并";
    sheet.mergeCells("E2:F3");
    source.definedNames.add("'2024年报表'!$B$2:$C$4", "DT_2024_T2");
    const hidden = source.addWorksheet("备注");
    hidden.state = "hidden";
    hidden.getCell("A1").value = "x";

    const snapshot = await exceljsHost(await roundTrip(source)).run((s) => s.read({ values: true }));
    const grid = snapshot.sheets[0];
    expect(grid).toMatchObject({ name: "2024年报表", top: 1, left: 1, hidden: false });
    expect(grid.values).toEqual([
      [12, "文字", null, "合并", null],
      ["（一）予以公开", null, null, null, null],
      [12, "#REF!", true, null, null],
    ]);
    expect(grid.formulas[2]).toEqual(["=SUM(B2:B2)", null, null, null, null]);
    expect(grid.merges).toEqual([{ top: 1, left: 4, rows: 2, cols: 2 }]);
    expect(snapshot.sheets[1]).toMatchObject({ name: "备注", hidden: true, values: [["x"]] });
    expect(snapshot.names).toEqual([
      { name: "DT_2024_T2", sheet: "2024年报表", box: { top: 1, left: 1, rows: 3, cols: 2 } },
    ]);
    expect(snapshot.flags).toEqual([]);
  });

  test("values:false gives sheet names only", async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet("A").getCell("A1").value = 1;
    const snapshot = await exceljsHost(source).run((s) => s.read({ values: false }));
    expect(snapshot.sheets).toEqual([
      { name: "A", top: 0, left: 0, values: [], formulas: [], merges: [], hidden: false },
    ]);
  });
});

describe("writing with ExcelJS", () => {
  test("frozen panes survive a save and a reload, and selecting a cell afterwards keeps them", async () => {
    const workbook = new ExcelJS.Workbook();
    const host = exceljsHost(workbook);
    await host.run((s) =>
      s.write([
        { op: "addSheet", sheet: "2024年报表", activate: true },
        { op: "addSheet", sheet: "明细" },
        { op: "addSheet", sheet: "草稿" },
        { op: "freezePanes", sheet: "2024年报表", rows: 0, columns: 3 },
        { op: "select", sheet: "2024年报表", row: 5, col: 3 },
        { op: "freezePanes", sheet: "明细", rows: 4, columns: 2 },
        { op: "freezePanes", sheet: "草稿", rows: 4, columns: 2 },
        { op: "freezePanes", sheet: "草稿", rows: 0, columns: 0 },
      ]),
    );
    const reloaded = await roundTrip(workbook);
    expect(reloaded.getWorksheet("2024年报表")!.views[0]).toMatchObject({
      state: "frozen",
      xSplit: 3,
      ySplit: 0,
      topLeftCell: "D1",
      activeCell: "D6",
    });
    expect(reloaded.getWorksheet("明细")!.views[0]).toMatchObject({
      state: "frozen",
      xSplit: 2,
      ySplit: 4,
      topLeftCell: "C5",
    });
    expect(reloaded.getWorksheet("草稿")!.views[0]?.state ?? "normal").toBe("normal");
  });

  test("write ops survive a save and a reload: values, formulas, merges, styles, widths, names", async () => {
    const workbook = new ExcelJS.Workbook();
    const host = exceljsHost(workbook);
    expect(host.capabilities).toEqual({
      flags: false,
      cellMessages: false,
      pageSetup: true,
      charts: false,
      freezePanes: true,
    });
    await host.run((s) =>
      s.write([
        { op: "addSheet", sheet: "2024年报表", activate: true },
        {
          op: "setValues",
          sheet: "2024年报表",
          top: 0,
          left: 0,
          values: [
            ["标题", null],
            [1.5, null],
            ["=A2*2", "+A2"],
          ],
        },
        { op: "setFormula", sheet: "2024年报表", row: 1, col: 1, formula: "=A2*2" },
        { op: "merge", sheet: "2024年报表", box: { top: 0, left: 0, rows: 1, cols: 2 } },
        {
          op: "style",
          sheet: "2024年报表",
          box: { top: 1, left: 0, rows: 1, cols: 2 },
          style: {
            fill: "#C6D9F1",
            bold: true,
            border: true,
            numberFormat: "0.00##",
            hAlign: "center",
            vAlign: "center",
            wrap: true,
          },
        },
        { op: "columnWidths", sheet: "2024年报表", left: 0, widths: [16, 34] },
        { op: "addName", name: "DT_2024_TITLE", sheet: "2024年报表", box: { top: 0, left: 0, rows: 1, cols: 2 } },
        { op: "flag", sheet: "2024年报表", row: 1, col: 0, level: "error", message: "ignored" },
      ]),
    );
    const reloaded = await roundTrip(workbook);
    const sheet = reloaded.getWorksheet("2024年报表")!;
    const a2 = sheet.getCell("A2");
    expect(a2.numFmt).toBe("0.00##");
    expect(a2.font.bold).toBe(true);
    expect(a2.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(a2.border.top?.style).toBe("thin");
    expect((a2.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFC6D9F1");
    expect(fileWidthToChars(sheet.getColumn(1).width!)).toBe(16);
    expect(fileWidthToChars(sheet.getColumn(2).width!)).toBe(34);
    const snapshot = await exceljsHost(reloaded).run((s) => s.read({ values: true }));
    expect(snapshot.sheets[0].values).toEqual([
      ["标题", null],
      [1.5, null],
      ["=A2*2", "+A2"],
    ]);
    expect(snapshot.sheets[0].formulas[1][1]).toBe("=A2*2");
    expect(snapshot.sheets[0].formulas[2]).toEqual([null, null]);
    expect(snapshot.sheets[0].merges).toEqual([{ top: 0, left: 0, rows: 1, cols: 2 }]);
    expect(snapshot.names).toEqual([
      { name: "DT_2024_TITLE", sheet: "2024年报表", box: { top: 0, left: 0, rows: 1, cols: 2 } },
    ]);
    expect(a2.fill && (a2.fill as ExcelJS.FillPattern).pattern).toBe("solid");
  });
});
