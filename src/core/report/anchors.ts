/** Cheap tests on label keys that tell where each table starts and where a table ends. */
import {
  FORMAT_IDS,
  FORMATS,
  KNOWN_TYPOS,
  pathLabels,
  readRows,
  T3_HEADER_MARKS,
  type TableFormat,
  type TableId,
} from "../format";
import { labelKey, labelParts, withoutTrailingNote, type LabelParts } from "./labels";

/** Keys of table 二's row labels (both formats) → the official label. */
export const T2_ROW_LABELS: ReadonlyMap<string, string> = new Map(
  FORMAT_IDS.flatMap((f) => FORMATS[f].tables["二"].rowPaths).map((path) => {
    const leaf = pathLabels(path)[1];
    return [labelKey(leaf), leaf] as const;
  }),
);

/** The table 二 row label a key names exactly (after a trailing note such as (万元) is removed). */
export function table2RowLabel(key: string): string | null {
  return T2_ROW_LABELS.get(withoutTrailingNote(key)) ?? T2_ROW_LABELS.get(key) ?? null;
}

const TABLES = (id: TableId): TableFormat[] => FORMAT_IDS.map((f) => FORMATS[f].tables[id]);
const anyNumeral = (key: string) => key.replace(/\([一二三四五六七八九十]+\)/, "(#)");

/** The group titles of table 二 (第二十条第（一）项 …) with any numeral: a group not in the formats is one too. */
const T2_GROUPS = new Set(
  TABLES("二").flatMap((t) => t.cells.filter((c) => c.role === "group").map((c) => anyNumeral(labelKey(c.text ?? "")))),
);

export function isTable2Group(key: string): boolean {
  return T2_GROUPS.has(anyNumeral(key));
}

/** The header of table 二's row labels (信息内容). */
const T2_ROW_HEADER = new Set(
  TABLES("二").flatMap((t) =>
    t.cells.filter((c) => c.role === "header" && c.c === 0).map((c) => labelKey(c.text ?? "")),
  ),
);

export function isTable2RowHeader(key: string): boolean {
  return T2_ROW_HEADER.has(key);
}

/** The numbering and text of a table's first or last row label in each format (一、本年新收… / 四、结转下年度…). */
function edgeRows(id: TableId, edge: "first" | "last"): LabelParts[] {
  const labels = TABLES(id).map(
    (t) => pathLabels(edge === "first" ? t.rowPaths[0] : t.rowPaths[t.rowPaths.length - 1])[0],
  );
  return [...new Set(labels)].map(labelParts);
}

/** A label naming one of those rows, numbered as it or not numbered, its text shortened to `chars`. */
function namesEdge(key: string, edges: readonly LabelParts[], chars: number, groupless: boolean): boolean {
  const parts = labelParts(key);
  return edges.some(
    (edge) =>
      (parts.top === null || parts.top === edge.top) &&
      (!groupless || parts.group === null) &&
      parts.text.startsWith(edge.text.slice(0, chars)),
  );
}

const T3_FIRST = edgeRows("三", "first");
const T3_LAST = edgeRows("三", "last");

/** 一、本年新收政府信息公开申请数量 and its short forms: where table 三's data rows start. */
export function isTable3Start(key: string): boolean {
  return namesEdge(key, T3_FIRST, 4, true);
}

export function isTable3CarriedOut(key: string): boolean {
  return namesEdge(key, T3_LAST, 5, false);
}

/** Header cells of table 三 (above its data rows). */
export function isTable3Header(key: string): boolean {
  return T3_HEADER_MARKS.some((mark) => key.includes(mark));
}

/** Table 四's groups of columns written as rows (行政复议, 行政诉讼/未经复议直接起诉, 行政诉讼/复议后起诉). */
const T4_ROWS = [
  ...new Map(
    TABLES("四")
      .flatMap((t) => readRows(t, "columnGroups"))
      .map((row) => [row.path, row]),
  ).values(),
].map((row) => {
  const labels = pathLabels(row.path);
  const own = labels[labels.length - 1];
  return { path: row.path, own, under: labels.length > 1, mark: labelKey(own).slice(0, 3), key: labelKey(own) };
});

/**
 * The group of table 四 a row label names: a group under a heading by the start of its own label (未经复 for
 * 行政诉讼-未经复议直接起诉), a group of its own by its whole label (行政复议(维持,…) with the note removed).
 */
export function table4Group(key: string): string | null {
  const under = T4_ROWS.find((g) => g.under && key.includes(g.mark));
  if (under) return under.path;
  const bare = withoutTrailingNote(key);
  return T4_ROWS.find((g) => !g.under && (g.key === bare || KNOWN_TYPOS[bare] === g.own))?.path ?? null;
}

/** The group each format writes first (行政复议). */
const T4_FIRST = new Set(TABLES("四").map((t) => readRows(t, "columnGroups")[0].path));

/** The 行政复议 cell that starts table 四 (header or labelled first row). */
export function isTable4Anchor(key: string): boolean {
  const group = table4Group(key);
  return group !== null && T4_FIRST.has(group);
}

/** A numbered section heading of the report (二、主动公开政府信息情况, 五、存在的主要问题…). */
export function isSectionHeading(key: string): boolean {
  const parts = labelParts(key);
  if (parts.top === null || parts.group !== null) return false;
  return /情况|问题|事项|改进/.test(parts.text) && !/本年度|结转|新收/.test(parts.text);
}

/** Anything that begins another table or section: the end of the table being read. */
export function isStopKey(key: string): boolean {
  return (
    isSectionHeading(key) ||
    isTable4Anchor(key) ||
    table2RowLabel(key) !== null ||
    isTable2Group(key) ||
    isTable3Start(key)
  );
}
