/**
 * How a row, a column and a cell of the official tables are named for people: in messages, cell comments, the
 * task pane and report columns. A name joins the official labels with "·" (the JSON keeps the paths themselves).
 */
import { leafLabel, pathLabels } from "./cellKey";
import type { DataCellDef, TableId } from "./types";

/** Between the labels of a name, e.g. （七）总计·自然人. */
export const NAME_SEPARATOR = "·";

/** Short human name of a column: its last label, with its group where the last label repeats (复议后起诉·总计). */
export function shortColumnName(column: string): string {
  const parts = pathLabels(column);
  const last = parts[parts.length - 1] ?? "";
  const repeats = parts.length > 1 && (last === "总计" || parts[0] === "行政复议" || parts[0] === "行政诉讼");
  return repeats ? `${parts[parts.length - 2]}${NAME_SEPARATOR}${last}` : last;
}

/** Human name of a cell: 行·列 with the last labels, e.g. （七）总计·自然人, 复议后起诉·总计. */
export function shortCellName(cell: Pick<DataCellDef, "row" | "column">): string {
  const row = leafLabel(cell.row);
  const column = shortColumnName(cell.column);
  return row === "" ? column : `${row}${NAME_SEPARATOR}${column}`;
}

const memo = (f: (path: string) => string) => {
  const seen = new Map<string, string>();
  return (path: string): string => {
    let label = seen.get(path);
    if (label === undefined) {
      label = f(path);
      seen.set(path, label);
    }
    return label;
  };
};

/** The last label of a row path, without the official note of （二）部分公开（区分处理的，…）. */
export const rowLabel = memo((path) => leafLabel(path).replace(/^(（[一二三四五六七八九十]）[^（]+)（.+）$/u, "$1"));

export const columnLabel = memo((path) => shortCellName({ row: "", column: path }));

/**
 * 行·列 of a cell in messages. Table 二's column labels are single headers, one of them with a slash in it
 * (2019 本年增/减), so they are taken whole rather than split as paths.
 */
export const cellName = (cell: { row: string; column: string; table?: TableId }): string =>
  cell.table === "二" ? `${rowLabel(cell.row)}${NAME_SEPARATOR}${cell.column}` : shortCellName(cell);

/** Every label of a cell, outermost first, for a report column: 三、本年度办理结果·（七）总计·自然人. */
export function fullCellPath(cell: { row: string; column: string }): string {
  return [...pathLabels(cell.row), ...pathLabels(cell.column)].join(NAME_SEPARATOR);
}

/** "A、B和C" */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("、")}和${items[items.length - 1]}`;
}

/** "“A”、“B” 等 N 份": the first few of a list of names, quoted, with the count when some are left out. */
export function quotedFew(names: readonly string[], shown = 2, unit = "份"): string {
  const quoted = names
    .slice(0, shown)
    .map((n) => `“${n}”`)
    .join("、");
  return names.length > shown ? `${quoted} 等 ${names.length} ${unit}` : quoted;
}
