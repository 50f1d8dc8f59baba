/**
 * Where a data cell is in the official tables: its table, row path and column path. A path is the official labels
 * from the outermost header inward joined with "/" (as in the check --json contract); a CellKey is the one string
 * form of the three, used as a map key. Nothing else builds or splits either.
 */
import type { DataCellDef, TableId } from "./types";

export type CellKey = `${TableId}|${string}|${string}`;

export interface CellPlace {
  table: TableId;
  row: string;
  column: string;
}

const KEY_SEPARATOR = "|";
const PATH_SEPARATOR = "/";
/** Column labels that contain "/" themselves and are never split as paths. */
const WHOLE_LABELS = new Set(["本年增/减"]);

export function cellKey(table: TableId, row: string, column: string): CellKey {
  return `${table}${KEY_SEPARATOR}${row}${KEY_SEPARATOR}${column}`;
}

export function keyOf(cell: Pick<DataCellDef, "table" | "row" | "column">): CellKey {
  return cellKey(cell.table, cell.row, cell.column);
}

export function decodeCellKey(key: CellKey): CellPlace {
  const [table, row = "", column = ""] = key.split(KEY_SEPARATOR);
  return { table: table as TableId, row, column };
}

/** The labels of a row or column path, outermost first ("" → []). */
export function pathLabels(path: string): string[] {
  if (path === "") return [];
  return WHOLE_LABELS.has(path) ? [path] : path.split(PATH_SEPARATOR);
}

export function joinPath(labels: readonly string[]): string {
  return labels.join(PATH_SEPARATOR);
}

/** The innermost label of a path ("" for ""). */
export function leafLabel(path: string): string {
  const labels = pathLabels(path);
  return labels[labels.length - 1] ?? "";
}
