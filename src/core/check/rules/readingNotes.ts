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
    title: "读取表格时的提示",
    doc: `${DOC[id]}（${READ_RULES[id]}）`,
    source: "the readers of the report (`src/core/report/notes.ts`), passed on unchanged",
  })),
  run: (report) => report.notes.map(noteFinding),
};
