/** F1–F5, F7–F9: what the readers noticed while finding the tables, passed on unchanged (report/notes.ts). */
import { READ_RULES, type ReadRule } from "../../report/notes";
import type { ReadNote } from "../../report/model";
import type { Finding, FindingCell } from "../types";
import type { RuleDefinition, RuleMeta } from "./types";

/** A reader's note as a finding: its one cell address, with empty row and column. */
export function noteFinding(note: ReadNote): Finding {
  const cells: FindingCell[] = note.ref ? [{ row: "", column: "", ref: note.ref, value: null }] : [];
  return {
    severity: note.severity,
    rule: note.rule,
    table: note.table,
    message: note.message,
    imbalance: null,
    cells,
    suspect: null,
  };
}

const SEVERITY: Record<ReadRule, RuleMeta["severity"]> = {
  F1: "warning",
  F2: "error",
  F3: "warning",
  F4: "error",
  F5: "warning",
  F7: "error",
  F8: "error",
  F9: "error",
};
/** What a clerk reads in a summary of many files ("最常见的问题：表格中途中断 2 处"): one title per kind of note. */
const TITLE: Record<ReadRule, string> = {
  F1: "年度与表格格式不符",
  F2: "未找到表格",
  F3: "栏目名称与官方文字不同",
  F4: "有行或数值无法对应到表格",
  F5: "命名的表格区域已被改动",
  F7: "报告中缺少某张表",
  F8: "表格中途中断",
  F9: "一组行被写成了一行",
};
const DOC: Record<ReadRule, string> = {
  F1: "the report year and the table layout disagree (e.g. a 2022 report in the 2019 layout)",
  F2: "no table found",
  F3: "a label differs from the official wording (typo or edit)",
  F4: "a row or values could not be placed (its cells are treated as blank, or ignored)",
  F5: "a named table area no longer has the format's shape (rows inserted or deleted) and was read by its labels instead",
  F7: "a table is not in the published report at all (named once, only when other tables were found)",
  F8: "a table stops part-way (a page missing, a copy cut short): one finding saying after which row; the rows after it are absent, with no F4 or R8, and the rules that need them do not run",
  F9: "a group of rows written as the single row of the other format (a 2021 table 三 whose （六）其他处理 is one row): one finding; the group's rows are absent as for F8",
};

export const readingNotes: RuleDefinition = {
  scope: "reading",
  rules: (Object.keys(READ_RULES) as ReadRule[]).map((id) => ({
    id,
    severity: SEVERITY[id],
    severityNote: "or as the reader says",
    title: TITLE[id],
    doc: `${DOC[id]}（${READ_RULES[id]}）`,
    source: "the readers of the report (`src/core/report/notes.ts`), passed on unchanged",
  })),
  run: (report) => report.notes.map(noteFinding),
};
