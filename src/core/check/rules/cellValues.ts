/** R7 (a readable number of the right kind) and R8 (filled in), cell by cell, with the value the rules imply. */
import { cellName, TABLE_IDS, type TableId } from "../../format";
import { cellFindings, cellIsClean } from "../cellRules";
import { findingCell, impliedSuspect } from "../suspect";
import type { Finding } from "../types";
import type { RuleDefinition } from "./types";

/** Above this many unfilled cells in a table (with no value to suggest), they are reported as one finding. */
export const UNFILLED_GROUP_MIN = 4;

/**
 * A blank table gives one R8 finding listing its unfilled cells rather than one per cell; unfilled cells
 * whose value the other rules imply keep their own finding, with the suggestion.
 */
function groupUnfilled(table: TableId, findings: Finding[]): Finding[] {
  const plain = findings.filter((f) => f.rule === "R8" && !f.suspect);
  if (plain.length < UNFILLED_GROUP_MIN) return findings;
  const first = plain[0].cells[0];
  const grouped: Finding = {
    severity: "error",
    rule: "R8",
    table,
    message: `表${table}有 ${plain.length} 个单元格未填写（空白或“/”“—”等）：没有发生的事项也应填写 0。第一个是 ${cellName({ table, row: first.row, column: first.column })}`,
    imbalance: null,
    cells: plain.flatMap((f) => f.cells),
    suspect: null,
  };
  const rest = findings.filter((f) => !plain.includes(f));
  return [grouped, ...rest];
}

/** The kind of an R7 finding on a cell, for grouping: how the number is written, or why it could not be read. */
type WrittenKind = "withNote" | "withUnit" | "fullWidth" | "numberAsText" | "notNumber";

const KIND_ORDER: readonly WrittenKind[] = ["withNote", "withUnit", "fullWidth", "numberAsText", "notNumber"];

/** What N cells of one kind in table t have in common, said once. */
const GROUP_MESSAGE: Record<WrittenKind, (table: TableId, n: number) => string> = {
  withNote: (t, n) => `表${t}有 ${n} 个单元格在数字后写了说明，已按数字读取；表中只填数字，说明请写在表格之外`,
  withUnit: (t, n) => `表${t}有 ${n} 个单元格的数字带有单位，已按数值读取；表中只填数字，不写单位`,
  fullWidth: (t, n) => `表${t}有 ${n} 个单元格含全角数字，已按半角数字读取，建议改为半角数字`,
  numberAsText: (t, n) => `表${t}有 ${n} 个单元格是以文本形式存储的数字，已按数值读取，建议改为数值`,
  notNumber: (t, n) => `表${t}有 ${n} 个单元格的内容不是数字，无法识别`,
};

function writtenKind(problems: readonly string[]): WrittenKind | null {
  return KIND_ORDER.find((kind) => problems.includes(kind)) ?? null;
}

/**
 * Four or more R7 findings of one kind in a table (numbers stored as text, full-width digits …) without a
 * suggested value are one finding listing their cells, naming the first with what it holds.
 */
function groupWritten(table: TableId, found: readonly { finding: Finding; kind: WrittenKind | null }[]): Finding[] {
  const byKind = new Map<string, Finding[]>();
  for (const { finding, kind } of found) {
    if (finding.rule !== "R7" || finding.suspect || kind === null) continue;
    const key = `${finding.severity}|${kind}`;
    byKind.set(key, [...(byKind.get(key) ?? []), finding]);
  }
  const grouped = new Map<Finding, Finding>();
  const dropped = new Set<Finding>();
  for (const [key, findings] of byKind) {
    if (findings.length < UNFILLED_GROUP_MIN) continue;
    const kind = key.split("|")[1] as WrittenKind;
    const first = findings[0];
    grouped.set(first, {
      ...first,
      message: `${GROUP_MESSAGE[kind](table, findings.length)}。第一个：${first.message}`,
      cells: findings.flatMap((f) => f.cells),
    });
    for (const f of findings.slice(1)) dropped.add(f);
  }
  return found.flatMap(({ finding }) => (dropped.has(finding) ? [] : [grouped.get(finding) ?? finding]));
}

export const cellValues: RuleDefinition = {
  scope: "cell",
  rules: [
    {
      id: "R7",
      severity: "error",
      severityNote: "or warning for a number that was read but written oddly",
      title: "数值无法识别或写法不规范",
      doc: "every data cell holds a number of the right kind (see “R7 in detail”)",
      source: "form semantics",
    },
    {
      id: "R8",
      severity: "error",
      title: "未填写的单元格",
      doc:
        "a data cell is filled: blank, “/”, “—”, “无”, “-” are unfilled (0 must be written as 0); four or more unfilled " +
        "cells of a table with no implied value are one finding listing them all",
      source: "reviewers' practice",
    },
  ],
  run(report, ctx) {
    const byTable = new Map<TableId, { finding: Finding; kind: WrittenKind | null }[]>(TABLE_IDS.map((t) => [t, []]));
    let analysis: ReturnType<typeof ctx.analysis> | null = null;
    for (const [key, cell] of report.cells) {
      if (cellIsClean(cell)) continue;
      const at = findingCell(report, key);
      const found = cellFindings(cell, cellName(cell.def), at);
      for (const f of found) {
        if (f.severity !== "error") continue;
        analysis ??= ctx.analysis();
        f.suspect =
          f.rule === "R8" || at.value === null || typeof at.value === "string"
            ? impliedSuspect(report, key, analysis.implied.get(key))
            : (analysis.loc.byCell.get(key) ?? null);
      }
      const kind = writtenKind(cell.problems);
      byTable.get(cell.def.table)?.push(...found.map((finding) => ({ finding, kind })));
    }
    return TABLE_IDS.flatMap((t) => groupUnfilled(t, groupWritten(t, byTable.get(t) ?? [])));
  },
};
