/** Table 四 — 政府信息公开行政复议、行政诉讼情况: 15 grid columns, 3 header rows, one data row (row path ""). */
import { HEADINGS, T4_GROUPS, T4_RESULTS } from "./labels";
import { dataCell, finishTable, label } from "./grid";
import type { LayoutCell } from "./types";
import { joinPath } from "./cellKey";

export const T4_COLUMNS: readonly string[] = T4_GROUPS.flatMap((group) =>
  T4_RESULTS.map((result) => joinPath([group, result])),
);

const cells: LayoutCell[] = [
  label(0, 0, "行政复议", "header", { cols: 5 }),
  label(0, 5, "行政诉讼", "header", { cols: 10 }),
  ...T4_RESULTS.map((result, i) => label(1, i, result, "header", { rows: 2 })),
  label(1, 5, "未经复议直接起诉", "header", { cols: 5 }),
  label(1, 10, "复议后起诉", "header", { cols: 5 }),
  ...T4_RESULTS.map((result, i) => label(2, 5 + i, result, "header")),
  ...T4_RESULTS.map((result, i) => label(2, 10 + i, result, "header")),
  ...T4_COLUMNS.map((column, j) => dataCell(3, j, { table: "四", row: "", column, kind: "count" })),
];

export const TABLE4 = finishTable("四", HEADINGS["四"], 15, cells);
