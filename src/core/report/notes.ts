/** The read-note rules (F…): what the readers tell the user about how the tables were found. */
import { leafLabel, type TableId } from "../format";
import type { CellAddress, ReadNote } from "./model";

/** Documented ids of read notes, with their meaning (for docs and the check output). */
export const READ_RULES = {
  F1: "报告年度与表格格式不符（如 2022 年报告使用 2019 年版表格）",
  F2: "未找到任何年报表格",
  F3: "标签与官方表述不一致（错别字或被改动）",
  F4: "表格中的行或数据未能识别（相应单元格按空白处理，或被忽略）",
  F5: "命名表格区域的形状与格式不符（表格内插入或删除了行），已改按标签读取",
} as const;

export type ReadRule = keyof typeof READ_RULES;

export function note(
  rule: ReadRule,
  severity: ReadNote["severity"],
  table: TableId | null,
  message: string,
  ref: CellAddress | null = null,
): ReadNote {
  return { severity, rule, table, message, ref };
}

/** Short form of a row path for messages: its last label. */
export function rowName(rowPath: string): string {
  return leafLabel(rowPath);
}
