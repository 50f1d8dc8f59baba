/** Table 三 — 收到和处理政府信息公开申请情况: 10 grid columns (3 label, 7 data), 3 header rows. */
import {
  HEADINGS,
  T3_APPLICANTS,
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  T3_NATURAL,
  T3_NEW,
  T3_NOTE,
  T3_ORG,
  T3_ORG_TYPES,
  T3_RESULTS,
  T3_RESULTS_2019,
  T3_RESULTS_2021,
  T3_RESULT_TOTAL_LABEL,
  T3_TOTAL,
  type ResultGroup,
} from "./labels";
import { dataCell, finishTable, label } from "./grid";
import type { LayoutCell, TableFormat } from "./types";
import { joinPath } from "./cellKey";

export const T3_COLUMNS: readonly string[] = [T3_NATURAL, ...T3_ORG_TYPES.map((t) => joinPath([T3_ORG, t])), T3_TOTAL];
export const T3_RESULT_TOTAL = joinPath([T3_RESULTS, T3_RESULT_TOTAL_LABEL]);

/** Row paths of the result rows （一）…（六）, without （七）总计. */
export function resultRowPaths(groups: readonly ResultGroup[]): string[] {
  return groups.flatMap(([group, items]) =>
    items.length === 0 ? [joinPath([T3_RESULTS, group])] : items.map((item) => joinPath([T3_RESULTS, group, item])),
  );
}

/** Table 三 of a format edition from its result groups. */
export function buildTable3(groups: readonly ResultGroup[]): TableFormat {
  const cells: LayoutCell[] = [
    label(0, 0, T3_NOTE, "note", { rows: 3, cols: 3 }),
    label(0, 3, T3_APPLICANTS, "header", { cols: 7 }),
    label(1, 3, T3_NATURAL, "header", { rows: 2 }),
    label(1, 4, T3_ORG, "header", { cols: 5 }),
    label(1, 9, T3_TOTAL, "header", { rows: 2 }),
    ...T3_ORG_TYPES.map((t, i) => label(2, 4 + i, t, "header")),
  ];
  const dataRow = (r: number, row: string) =>
    T3_COLUMNS.forEach((column, j) => cells.push(dataCell(r, 3 + j, { table: "三", row, column, kind: "count" })));

  let r = 3;
  for (const top of [T3_NEW, T3_CARRIED_IN]) {
    cells.push(label(r, 0, top, "label", { cols: 3 }));
    dataRow(r, top);
    r += 1;
  }
  const resultRows = groups.reduce((n, [, items]) => n + Math.max(1, items.length), 0) + 1;
  cells.push(label(r, 0, T3_RESULTS, "label", { rows: resultRows }));
  for (const [group, items] of groups) {
    if (items.length === 0) {
      cells.push(label(r, 1, group, "label", { cols: 2 }));
      dataRow(r, joinPath([T3_RESULTS, group]));
      r += 1;
      continue;
    }
    cells.push(label(r, 1, group, "label", { rows: items.length }));
    for (const item of items) {
      cells.push(label(r, 2, item, "label"));
      dataRow(r, joinPath([T3_RESULTS, group, item]));
      r += 1;
    }
  }
  cells.push(label(r, 1, T3_RESULT_TOTAL_LABEL, "label", { cols: 2 }));
  dataRow(r, T3_RESULT_TOTAL);
  r += 1;
  cells.push(label(r, 0, T3_CARRIED_OUT, "label", { cols: 3 }));
  dataRow(r, T3_CARRIED_OUT);
  return finishTable("三", HEADINGS["三"], 10, cells);
}

export const TABLE3_2021 = buildTable3(T3_RESULTS_2021);
export const TABLE3_2019 = buildTable3(T3_RESULTS_2019);
export const RESULT_ROWS_2021 = resultRowPaths(T3_RESULTS_2021);
export const RESULT_ROWS_2019 = resultRowPaths(T3_RESULTS_2019);
