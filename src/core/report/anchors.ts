/** Cheap tests on label keys that tell where each table starts and where a table ends. */
import { FORMAT_IDS, FORMATS, pathLabels, T3_CARRIED_OUT } from "../format";
import { KNOWN_TYPOS, labelKey, labelParts, withoutTrailingNote } from "./labels";

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

export function isTable2Group(key: string): boolean {
  return /^第二十条第\([一二三四五六七八九十]+\)项$/.test(key);
}

/** 一、本年新收政府信息公开申请数量 and its short forms: where table 三's data rows start. */
export function isTable3Start(key: string): boolean {
  const parts = labelParts(key);
  return (parts.top === null || parts.top === "一") && parts.group === null && parts.text.startsWith("本年新收");
}

export function isTable3CarriedOut(key: string): boolean {
  const parts = labelParts(key);
  return (
    (parts.top === null || parts.top === "四") && parts.text.startsWith(labelParts(T3_CARRIED_OUT).text.slice(0, 5))
  );
}

/** Header cells of table 三 (above its data rows). */
export function isTable3Header(key: string): boolean {
  return ["勾稽", "申请人情况", "自然人", "法人或其他组织", "商业企", "科研机", "社会公益", "法律服务"].some((part) =>
    key.includes(part),
  );
}

export type T4Group = "行政复议" | "行政诉讼/未经复议直接起诉" | "行政诉讼/复议后起诉";

/** The group of table 四 a row label names (行政复议(维持,…), 行政诉讼-未经复议直接起诉 …). */
export function table4Group(key: string): T4Group | null {
  if (key.includes("未经复议")) return "行政诉讼/未经复议直接起诉";
  if (key.includes("复议后")) return "行政诉讼/复议后起诉";
  const bare = withoutTrailingNote(key);
  if (bare === "行政复议" || KNOWN_TYPOS[bare] === "行政复议") return "行政复议";
  return null;
}

/** The 行政复议 cell that starts table 四 (header or labelled first row). */
export function isTable4Anchor(key: string): boolean {
  return table4Group(key) === "行政复议";
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
