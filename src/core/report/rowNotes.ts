/** What the row aligner tells about rows it could not read as the format writes them. */
import { FORMAT_IDS, FORMATS, joinPath, leafLabel, pathLabels, type TableId } from "../format";
import { rowLabelScore } from "./labels";
import type { ReadNote } from "./model";
import { note } from "./notes";
import type { Alignment, Candidate, RowsToRead } from "./rowAligner";
import type { RowScan, SheetView } from "./sheetView";

/** The parent of an item row (三、本年度办理结果/（六）其他处理 for its 1.…), or null for a row without items. */
export function parentOf(path: string): string | null {
  const labels = pathLabels(path);
  return labels.length >= 3 ? joinPath(labels.slice(0, -1)) : null;
}

/**
 * Groups of item rows written as the single row of another format (（六）其他处理 as one row in a 2021 table): the
 * group's parent path → the candidate row that stands for it. All the group's rows must be unmatched.
 */
export function collapsedGroups(input: RowsToRead, alignment: Alignment, before: number): Map<string, number> {
  const items = new Map<string, number[]>();
  input.rows.forEach((row, j) => {
    const parent = parentOf(row.path);
    if (parent !== null && j < before) items.set(parent, [...(items.get(parent) ?? []), j]);
  });
  const found = new Map<string, number>();
  for (const [parent, rows] of items) {
    if (rows.some((j) => alignment.matchOf[j] >= 0)) continue;
    const stand = alignment.skipped.find(
      (i) => input.candidates[i].scan.valueCount > 0 && rowLabelScore(input.candidates[i].labels, parent) >= 0.85,
    );
    if (stand !== undefined) found.set(parent, stand);
  }
  return found;
}

export function collapsedNote(view: SheetView, input: RowsToRead, parent: string, scan: RowScan): ReadNote {
  const { table, format } = input;
  const items = input.rows.filter((row) => parentOf(row.path) === parent);
  const other = FORMAT_IDS.find((f) => f !== format && FORMATS[f].tables[table].rowPaths.includes(parent));
  const whose = other ? `（${FORMATS[other].id} 年版表格的写法）` : "";
  const list = items.map((row) => `“${row.name}”`).join("、");
  return note(
    "F9",
    "error",
    table,
    `表${table}“${leafLabel(parent)}”只写了一行${whose}；${format} 年版表格此处分为 ${items.length} 行：${list}。` +
      `这 ${items.length} 行未读取、相关合计未校验，请按 ${format} 年版分行填写`,
    { sheet: view.name, row: scan.row, col: scan.labels[0]?.col ?? 0 },
  );
}

/**
 * Rows of text split on spaces with fewer numbers than columns: where their blank cells were cannot be seen, so
 * the numbers were taken from the left. One note for the table, naming the first such rows.
 */
export function shortRowsNote(
  view: SheetView,
  table: TableId,
  rows: readonly { candidate: Candidate; width: number }[],
): ReadNote {
  const named = rows.slice(0, 3).map(({ candidate }) => `“${candidate.labels.join(" ") || "（无标签）"}”`);
  const more = rows.length > 3 ? ` 等 ${rows.length} 行` : "";
  const first = rows[0].candidate.scan;
  const width = Math.max(...rows.map((r) => r.width));
  return note(
    "F4",
    "warning",
    table,
    `表${table}有 ${rows.length} 行的数字少于 ${width} 个（${named.join("、")}${more}），文本中看不出空白单元格的位置，` +
      "已按从左到右的顺序读取，请对照原表核对",
    { sheet: view.name, row: first.row, col: first.labels[0]?.col ?? first.dataStart },
  );
}

/** A row with numbers that is none of the table's rows. */
export function unmatchedRowNote(view: SheetView, table: TableId, { scan, labels }: Candidate): ReadNote {
  const what =
    labels.length > 0
      ? `“${labels.join(" ")}”一行`
      : `一行数据（${scan.occupied.map((c) => String(view.value(scan.row, c))).join(" ")}）`;
  const ref = { sheet: view.name, row: scan.row, col: scan.labels[0]?.col ?? scan.dataStart };
  return note("F4", "warning", table, `表${table}中${what}未能对应到官方表格的行，已忽略`, ref);
}
