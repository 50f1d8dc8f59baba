/**
 * What the row aligner needs to read a table, taken from the table's data cells: the rows as reports write them,
 * each with the data cells it holds, in order. A new format edition brings new rows here without new reading code.
 */
import { joinPath, leafLabel, pathLabels } from "./cellKey";
import { T3_APPLICANTS, T3_NATURAL, T3_ORG } from "./labels";
import type { PlacedDataCell, TableFormat } from "./types";

/** One row as written in a report. */
export interface ReadRow {
  /** Its path: a row path, or the path of a group of columns written as a row of its own. */
  path: string;
  /** How messages name it (规范性文件, 行政诉讼·未经复议直接起诉). */
  name: string;
  /** How a message says where in the table it stands (“（三）7.属于行政执法案卷”, “行政复议”一行). */
  place: string;
  /** Its data cells, left to right. */
  cells: PlacedDataCell[];
}

/**
 * How a table's rows are written: "rows" one line per row path (二, 三); "columnGroups" one line per group of
 * columns (四 as 行政复议 / 未经复议直接起诉 / 复议后起诉 rows); "whole" all the data cells on one line (四 under its headers).
 */
export type RowLayout = "rows" | "columnGroups" | "whole";

/** Data cells grouped by a key, in order of first appearance. */
function groupBy(
  cells: readonly PlacedDataCell[],
  keyOf: (cell: PlacedDataCell) => string,
): Map<string, PlacedDataCell[]> {
  const groups = new Map<string, PlacedDataCell[]>();
  for (const cell of cells) groups.set(keyOf(cell), [...(groups.get(keyOf(cell)) ?? []), cell]);
  return groups;
}

/** "（三）7.属于行政执法案卷": a row path's leaf with the numbering of its group, as people name the row. */
export function rowPlace(rowPath: string): string {
  const parts = pathLabels(rowPath);
  const leaf = parts[parts.length - 1] ?? "";
  if (parts.length < 3) return leaf;
  const group = /^（[一二三四五六七八九十]+）/.exec(parts[parts.length - 2]);
  return group ? `${group[0]}${leaf}` : leaf;
}

const columnGroup = (cell: PlacedDataCell) => joinPath(pathLabels(cell.column).slice(0, -1));

/** The rows of a table as written in a layout, from its data cells. */
export function readRows(table: TableFormat, layout: RowLayout): ReadRow[] {
  if (layout === "whole") {
    return [{ path: "", name: table.heading, place: `“${table.heading}”`, cells: [...table.dataCells] }];
  }
  if (layout === "columnGroups") {
    return [...groupBy(table.dataCells, columnGroup)].map(([path, cells]) => {
      const name = pathLabels(path).join("·");
      return { path, name, place: `“${name}”一行`, cells };
    });
  }
  return [...groupBy(table.dataCells, (cell) => cell.row)].map(([path, cells]) => ({
    path,
    name: leafLabel(path),
    place: `“${rowPlace(path)}”`,
    cells,
  }));
}

/**
 * Words by which table 三's header block is told, also where a narrow column wraps its labels (商业企 / 业) or the
 * note is shortened (勾稽): the first is the note's, the second the applicants' header.
 */
export const T3_HEADER_MARKS: readonly string[] = [
  "勾稽",
  T3_APPLICANTS,
  T3_NATURAL,
  T3_ORG,
  "商业企",
  "科研机",
  "社会公益",
  "法律服务",
];
