/** Small helpers that turn a table's declared rows into positioned layout cells. */
import type { DataCellDef, LayoutCell, PlacedDataCell, TableFormat, TableId } from "./types";

export function label(
  r: number,
  c: number,
  text: string,
  role: LayoutCell["role"],
  span: { rows?: number; cols?: number } = {},
): LayoutCell {
  return { r, c, rowSpan: span.rows ?? 1, colSpan: span.cols ?? 1, role, text };
}

export function dataCell(r: number, c: number, def: DataCellDef, colSpan = 1): LayoutCell {
  return { r, c, rowSpan: 1, colSpan, role: "data", text: null, data: def };
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

export function finishTable(id: TableId, heading: string, gridColumns: number, cells: LayoutCell[]): TableFormat {
  const sorted = [...cells].sort((a, b) => a.r - b.r || a.c - b.c);
  const dataCells: PlacedDataCell[] = sorted
    .filter((cell) => cell.data)
    .map((cell) => ({ ...(cell.data as DataCellDef), r: cell.r, c: cell.c, colSpan: cell.colSpan }));
  const gridRows = Math.max(...sorted.map((cell) => cell.r + cell.rowSpan));
  return {
    id,
    heading,
    gridColumns,
    gridRows,
    cells: sorted,
    dataCells,
    rowPaths: distinct(dataCells.map((d) => d.row)),
    columnPaths: distinct(dataCells.map((d) => d.column)),
  };
}
