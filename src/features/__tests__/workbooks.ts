/**
 * Helpers for the feature tests: filling the inserted tables as a user would (typing into the stand-in, or
 * setting ExcelJS cells), and whole views of a workbook to compare before and after an action.
 */
import type ExcelJS from "exceljs";
import { FORMATS, cellKey, type FormatDef, type TableId } from "../../core/format";
import { sheetLayout, type SheetLayout } from "../../core/format/sheetLayout";
import type { Report } from "../../core/report/model";
import type { StandinCellView, StandinView } from "../../standin/view";
import type { CellAddress } from "../../core/report/model";
import type { Box } from "../../hosts/types";

export const ALL_TABLES: TableId[] = ["二", "三", "四"];

/** Where each data cell of the tables inserted for `year` sits (insertTables' layout, prefix DT_year). */
export function dataCellPositions(
  year: number,
  unit = "胡集乡",
  tables: TableId[] = ALL_TABLES,
): { format: FormatDef; layout: SheetLayout; at: Map<string, { row: number; col: number }> } {
  const format = FORMATS[year >= 2021 ? "2021" : "2019"];
  const layout = sheetLayout(format, tables, { unit, year, prefix: `DT_${year}` });
  const at = new Map<string, { row: number; col: number }>();
  for (const placed of layout.tables) {
    for (const cell of format.tables[placed.table].dataCells) {
      at.set(cellKey(cell.table, cell.row, cell.column), { row: placed.top + cell.r, col: placed.left + cell.c });
    }
  }
  return { format, layout, at };
}

/** The sheet position of one data cell of the tables inserted for `year`. */
export function cellAt(year: number, table: TableId, row: string, column: string): { row: number; col: number } {
  const pos = dataCellPositions(year).at.get(cellKey(table, row, column));
  if (!pos) throw new Error(`no data cell ${table} ${row} ${column}`);
  return pos;
}

/** Types every number of `report` into the tables inserted on `sheet` (as a user would, no sync counted). */
export function typeReport(view: StandinView, sheet: string, year: number, report: Report): void {
  const { at } = dataCellPositions(year);
  for (const [key, cell] of report.cells) {
    const pos = at.get(key);
    if (pos && cell.value !== null) view.typeInto(sheet, pos.row, pos.col, String(cell.value));
  }
}

/** Sets every number of `report` into the tables inserted on an ExcelJS sheet. */
export function setReport(sheet: ExcelJS.Worksheet, year: number, report: Report): void {
  const { at } = dataCellPositions(year);
  for (const [key, cell] of report.cells) {
    const pos = at.get(key);
    if (pos && cell.value !== null) sheet.getRow(pos.row + 1).getCell(pos.col + 1).value = cell.value;
  }
}

export interface SheetPicture {
  name: string;
  visible: boolean;
  merges: Box[];
  columnWidths: number[];
  rowHeights: number[];
  cells: StandinCellView[][];
}

/** Everything the stand-in shows of every sheet: cells (value, formula, fills, borders, formats, flags, comments). */
export function picture(view: StandinView, margin = 3): SheetPicture[] {
  return view.sheets().map((sheet) => {
    const rows = sheet.rowCount + margin;
    const cols = sheet.colCount + margin;
    return {
      name: sheet.name,
      visible: sheet.visible,
      merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      columnWidths: Array.from({ length: cols }, (_, c) => sheet.columnWidth(c)),
      rowHeights: Array.from({ length: rows }, (_, r) => sheet.rowHeight(r)),
      cells: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => sheet.cell(r, c))),
    };
  });
}

/** The picture without what a flag adds (its colour over the cell, its mark, the add-in's comment). */
export function withoutFlags(pictures: SheetPicture[]): SheetPicture[] {
  return pictures.map((p) => ({
    ...p,
    cells: p.cells.map((row) =>
      row.map((cell) => {
        const { flag: _flag, displayFill: _display, comment: _comment, ...own } = cell;
        return own as StandinCellView;
      }),
    ),
  }));
}

/** Values and formulas only, by sheet. */
export function contents(view: StandinView): { name: string; cells: [unknown, string | null][][] }[] {
  return picture(view).map((p) => ({
    name: p.name,
    cells: p.cells.map((row) => row.map((c): [unknown, string | null] => [c.value, c.formula])),
  }));
}

/** Flags on the stand-in, by A1-free position: "sheet!row,col" → level. */
export function flagsOf(view: StandinView): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of picture(view)) {
    p.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.flag) out.set(`${p.name}!${r},${c}`, cell.flag);
      }),
    );
  }
  return out;
}

export const key = (ref: Pick<CellAddress, "sheet" | "row" | "col">): string => `${ref.sheet}!${ref.row},${ref.col}`;
