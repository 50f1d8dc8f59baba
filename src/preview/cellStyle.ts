/** How one cell of the stand-in is drawn: Excel's look from the cell view, as CSS. */
import type { CSSProperties } from "react";
import type { StandinCellView, StandinSheetView } from "../standin/view";
import type { Box } from "../hosts/types";

export const GRIDLINE = "1px solid #e1dfdd";
export const BORDER = "1px solid #000000";

export const EMPTY_CELL: StandinCellView = {
  value: null,
  text: "",
  formula: null,
  fill: null,
  displayFill: null,
  bold: false,
  wrap: false,
  hAlign: "general",
  vAlign: "bottom",
  borders: { top: false, bottom: false, left: false, right: false },
  numberFormat: "General",
  flag: null,
  comment: null,
};

/** The cell, or an empty one outside the sheet's used area. */
export function cellAt(sheet: StandinSheetView, row: number, col: number): StandinCellView {
  return row < sheet.rowCount && col < sheet.colCount ? sheet.cell(row, col) : EMPTY_CELL;
}

const V_ALIGN = { top: "top", center: "middle", bottom: "bottom" } as const;

/**
 * Each cell draws its right and bottom edges (and the top/left edges of the sheet's first row/column), black
 * where it or its neighbour across that edge has a border: borders never fight gridlines.
 */
export function cellStyle(sheet: StandinSheetView, row: number, col: number, merge: Box | undefined): CSSProperties {
  const cell = cellAt(sheet, row, col);
  const lastCol = merge ? col + merge.cols - 1 : col;
  const lastRow = merge ? row + merge.rows - 1 : row;
  const right = cellAt(sheet, row, lastCol).borders.right || cellAt(sheet, row, lastCol + 1).borders.left;
  const bottom = cellAt(sheet, lastRow, col).borders.bottom || cellAt(sheet, lastRow + 1, col).borders.top;
  const align =
    cell.hAlign !== "general"
      ? cell.hAlign
      : typeof cell.value === "number"
        ? "right"
        : typeof cell.value === "boolean"
          ? "center"
          : "left";
  return {
    backgroundColor: cell.displayFill ?? undefined,
    fontWeight: cell.bold ? 700 : undefined,
    textAlign: align,
    verticalAlign: V_ALIGN[cell.vAlign],
    whiteSpace: cell.wrap ? "pre-wrap" : "pre",
    borderRight: right ? BORDER : GRIDLINE,
    borderBottom: bottom ? BORDER : GRIDLINE,
    borderTop: row === 0 && cell.borders.top ? BORDER : undefined,
    borderLeft: col === 0 && cell.borders.left ? BORDER : undefined,
  };
}

/** Text that Excel lets run over the empty cells to its right: unwrapped, left-aligned, outside a merge. */
export function textSpills(sheet: StandinSheetView, row: number, col: number, merge: Box | undefined): boolean {
  const cell = cellAt(sheet, row, col);
  if (merge || cell.wrap || typeof cell.value !== "string" || cell.text === "") return false;
  return cell.hAlign === "general" || cell.hAlign === "left";
}

/** A cell that spilling text may cover: nothing in it. */
export function isEmptyCell(sheet: StandinSheetView, row: number, col: number): boolean {
  return cellAt(sheet, row, col).text === "";
}

/** What the formula bar shows for a cell: its formula, else its value as typed. */
export function cellInput(cell: StandinCellView): string {
  if (cell.formula) return cell.formula;
  if (cell.value === null) return "";
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value);
}
