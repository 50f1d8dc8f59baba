/**
 * The rule engine: a Report in, Findings out. Reading notes (F…), per-cell rules (R7, R8) and the
 * linear rules of the report's format (R1–R6, one generic evaluator), with suspects attached.
 */
import { FORMATS, TABLE_IDS, type TableId } from "../format";
import type { ReadNote, Report } from "../report/model";
import { cellFindings, cellIsClean } from "./cellRules";
import { evaluate, type Evaluated } from "./evaluate";
import { formulaFindings } from "./formulas";
import { toNumber } from "./exact";
import { ruleInstances } from "./instances";
import { proseFindings } from "./prose";
import { ruleMakingFindings } from "./ruleMaking";
import { cellName } from "../format";
import { failureMessage } from "./names";
import { findingCell, impliedSuspect, localise, type Localisation } from "./suspect";
import type { Finding, FindingCell } from "./types";

export interface CheckOptions {
  /** Last year's report, for the cross-year rules R5 and R6. */
  previous?: Report | null;
}

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

function ruleFinding(report: Report, ev: Evaluated, loc: Localisation): Finding {
  const verdict = loc.byInstance.get(ev.inst.id);
  const keys = [...new Set(ev.inst.terms.filter((t) => !t.previous).map((t) => t.key))];
  const finding: Finding = {
    severity: ev.inst.rule.severity,
    rule: ev.inst.rule.id,
    table: ev.inst.rule.table,
    message: [failureMessage(ev), ...(verdict?.notes ?? [])].join("。"),
    imbalance: toNumber(ev.d),
    cells: keys.map((key) => findingCell(report, key)),
    suspect: verdict?.suspect ?? null,
  };
  if (verdict?.candidates) finding.candidates = verdict.candidates;
  return finding;
}

function previousYearFinding(report: Report, previous: Report): Finding | null {
  if (report.year === null || previous.year === null || previous.year === report.year - 1) return null;
  return {
    severity: "warning",
    rule: "P1",
    table: null,
    message: `作为上年报告提供的是 ${previous.year} 年的报告，不是 ${report.year - 1} 年的：跨年度校验（上年结转、现行有效件数）仍按它进行，请核对`,
    imbalance: null,
    cells: [],
    suspect: null,
  };
}

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

export function checkReport(report: Report, opts: CheckOptions = {}): Finding[] {
  const previous = opts.previous ?? null;
  const format = report.format ? FORMATS[report.format] : null;
  const { evaluated, implied } = evaluate(format ? ruleInstances(format) : [], report, previous);
  const loc = localise(report, evaluated);

  const byTable = new Map<TableId, Finding[]>(TABLE_IDS.map((t) => [t, []]));
  for (const [key, cell] of report.cells) {
    if (cellIsClean(cell)) continue;
    const at = findingCell(report, key);
    const found = cellFindings(cell, cellName(cell.def), at);
    for (const f of found) {
      if (f.severity !== "error") continue;
      f.suspect =
        f.rule === "R8" || at.value === null || typeof at.value === "string"
          ? impliedSuspect(report, key, implied.get(key))
          : (loc.byCell.get(key) ?? null);
    }
    byTable.get(cell.def.table)?.push(...found);
  }
  for (const [table, found] of byTable) byTable.set(table, groupUnfilled(table, found));
  for (const ev of evaluated) if (ev.failing) byTable.get(ev.inst.rule.table)?.push(ruleFinding(report, ev, loc));
  for (const f of formulaFindings(report)) byTable.get(f.table)?.push(f);
  for (const f of ruleMakingFindings(report)) byTable.get(f.table)?.push(f);
  for (const f of proseFindings(report)) byTable.get(f.table)?.push(f);

  const crossYear = previous ? previousYearFinding(report, previous) : null;
  return [
    ...report.notes.map(noteFinding),
    ...(crossYear ? [crossYear] : []),
    ...TABLE_IDS.flatMap((t) => byTable.get(t) ?? []),
  ];
}
