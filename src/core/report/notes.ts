/** The read-note rules (F…): what the readers tell the user about how the tables were found. */
import { HEADINGS, TABLE_IDS, type DataCellDef, type TableId } from "../format";
import type { CellAddress, ReadNote, ReportCell } from "./model";

/** Documented ids of read notes, with their meaning (for docs and the check output). */
export const READ_RULES = {
  F1: "报告年度与表格格式不符（如 2022 年报告使用 2019 年版表格）",
  F2: "未找到任何年报表格",
  F3: "标签与官方表述不一致（错别字或被改动）",
  F4: "表格中的行或数据未能识别（相应单元格按空白处理，或被忽略）",
  F5: "命名表格区域的形状与格式不符（表格内插入或删除了行），已改按标签读取",
  F7: "输入中没有某张表格（只在已找到其他表格时提示）",
  F8: "表格在中途中断（页面或复制不完整），其后的行不在输入中",
  F9: "表格中一组行的写法属于另一版格式（如 2021 年版表三的“（六）其他处理”只写了一行）",
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

/** A data cell whose row is not in the input (see ValueProblem "absent"). */
export function absentCell(def: DataCellDef): ReportCell {
  return {
    def: { table: def.table, row: def.row, column: def.column, kind: def.kind },
    raw: null,
    value: null,
    problems: ["absent"],
    ref: null,
  };
}

/** A table whose rows after the one at `place` are not in the input: one note instead of one per absent row. */
export function cutOffNote(table: TableId, place: string, absentRows: number): ReadNote {
  return note(
    "F8",
    "error",
    table,
    `表${table}在${place}之后中断：其后 ${absentRows} 行不在输入中（页面缺失或复制不完整），这些单元格未读取，也未参与校验`,
  );
}

/** Notes naming, once each, the tables of a published report that are not in it (when some others are). */
export function absentTableNotes(found: readonly TableId[]): ReadNote[] {
  if (found.length === 0) return [];
  return TABLE_IDS.filter((t) => !found.includes(t)).map((t) =>
    note("F7", "error", t, `输入中没有表${t}“${HEADINGS[t].replace(/^[一二三四五六七八九十]+、/, "")}”`),
  );
}
