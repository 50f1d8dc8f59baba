/** Where cells are drawn on a WPS sheet, in points: Range.Left / Top / Width / Height, and a chart's cells back. */
import { charsToPoints, DEFAULT_COLUMN_CHARS, DEFAULT_ROW_POINTS } from "../../hosts/units";
import type { Box } from "../../hosts/types";
import type { SheetModel } from "../model";

const columnPoints = (sheet: SheetModel, col: number) =>
  sheet.columnWidths.get(col) ?? charsToPoints(DEFAULT_COLUMN_CHARS);
const rowPoints = (sheet: SheetModel, row: number) => sheet.rowHeights.get(row) ?? DEFAULT_ROW_POINTS;

function sum(count: number, size: (i: number) => number, from = 0): number {
  let total = 0;
  for (let i = from; i < from + count; i += 1) total += size(i);
  return total;
}

export function boxPoints(sheet: SheetModel, box: Box): { left: number; top: number; width: number; height: number } {
  return {
    left: sum(box.left, (c) => columnPoints(sheet, c)),
    top: sum(box.top, (r) => rowPoints(sheet, r)),
    width: sum(box.cols, (c) => columnPoints(sheet, c), box.left),
    height: sum(box.rows, (r) => rowPoints(sheet, r), box.top),
  };
}

/** The index of the column (or row) in which a point lies, counting sizes from 0. */
function indexAt(points: number, size: (i: number) => number): number {
  let edge = 0;
  for (let i = 0; i < 1_048_576; i += 1) {
    edge += size(i);
    if (points < edge - 0.01) return i;
  }
  return 1_048_575;
}

/** The cells a shape placed at (left, top) of (width × height) points covers. */
export function boxAtPoints(sheet: SheetModel, left: number, top: number, width: number, height: number): Box {
  const first = { col: indexAt(left, (c) => columnPoints(sheet, c)), row: indexAt(top, (r) => rowPoints(sheet, r)) };
  const lastCol = indexAt(left + width - 0.02, (c) => columnPoints(sheet, c));
  const lastRow = indexAt(top + height - 0.02, (r) => rowPoints(sheet, r));
  return { top: first.row, left: first.col, rows: lastRow - first.row + 1, cols: lastCol - first.col + 1 };
}
