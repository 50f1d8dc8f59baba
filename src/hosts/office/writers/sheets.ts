/** addSheet, select and chart. */
import { boxAddress } from "../../../core/grid/address";
import type { Writer } from "./target";

export const addSheet: Writer<"addSheet"> = (op, target) => {
  const proxy = target.workbook.worksheets.add(op.sheet);
  target.adopt(op.sheet, proxy);
  if (op.activate) proxy.activate();
  else if (op.hidden) proxy.visibility = "Hidden" as Excel.SheetVisibility;
};

export const select: Writer<"select"> = (op, target) => {
  const sheet = target.sheet(op.sheet);
  sheet.activate();
  sheet.getRange(boxAddress({ top: op.row, left: op.col, rows: 1, cols: 1 })).select();
};

/** Worksheet.charts.add (ExcelApi 1.1): series by column, the title, placed over the anchor's cells. */
export const chart: Writer<"chart"> = (op, target) => {
  const sheet = target.sheet(op.sheet);
  const kind = { columnClustered: "ColumnClustered" }[op.kind] as Excel.ChartType;
  const added = sheet.charts.add(kind, sheet.getRange(boxAddress(op.data)), "Columns" as Excel.ChartSeriesBy);
  added.title.text = op.title;
  const { top, left, rows, cols } = op.anchor;
  added.setPosition(
    boxAddress({ top, left, rows: 1, cols: 1 }),
    boxAddress({ top: top + rows - 1, left: left + cols - 1, rows: 1, cols: 1 }),
  );
};
