/** Where each value of a Report goes in a table placed by sheetLayout: for new-year and roll-up writers. */
import { cellKey, type FormatDef, type PlacedDataCell } from "../format";
import type { PlacedTable } from "../format/sheetLayout";
import type { RawValue, Report } from "./model";

export interface GridValue {
  /** 0-based sheet row and column of the data cell. */
  row: number;
  col: number;
  cell: PlacedDataCell;
  /** The number the report holds for it, or null (blank, text, or not in the report). */
  value: number | null;
  /** What was read, unchanged (null when the report lacks the cell). */
  raw: RawValue;
}

/** Every data cell of the placed table, in reading order, with the report's value for it. */
export function reportGridValues(placed: PlacedTable, format: FormatDef, report: Report): GridValue[] {
  return format.tables[placed.table].dataCells.map((cell) => {
    const found = report.cells.get(cellKey(cell.table, cell.row, cell.column));
    return {
      row: placed.top + cell.r,
      col: placed.left + cell.c,
      cell,
      value: found?.value ?? null,
      raw: found ? found.raw : null,
    };
  });
}
