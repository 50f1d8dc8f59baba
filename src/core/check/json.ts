/** Findings as the JSON of `check --json` (DESIGN.md contract), and the one-line summary. */
import type { Report } from "../report/model";
import { a1Ref } from "../grid";
import type { CheckResult, Finding, FindingCell, Review, Severity, Suspect } from "./types";

export interface FindingCellJson {
  row: string;
  column: string;
  ref: string | null;
  value: number | string | null;
}

export interface SuspectJson extends FindingCellJson {
  suggested: number;
  reason: string;
}

export interface FindingJson {
  severity: Severity;
  rule: string;
  table: string | null;
  message: string;
  imbalance: number | null;
  cells: FindingCellJson[];
  suspect: SuspectJson | null;
  /** Only when several cells explain the failure equally well (suspect is then null). */
  candidates?: SuspectJson[];
  /** Only on a finding the user marked 已核实. */
  review?: Review;
}

export interface FileJson {
  file: string;
  format: string | null;
  year: number | null;
  unit: string | null;
  tables: string[];
  findings: FindingJson[];
}

export function cellToJson(cell: FindingCell): FindingCellJson {
  return {
    row: cell.row,
    column: cell.column,
    ref: cell.ref ? a1Ref(cell.ref.sheet, cell.ref.row, cell.ref.col) : null,
    value: cell.value,
  };
}

export function suspectToJson(s: Suspect): SuspectJson {
  return { ...cellToJson(s), suggested: s.suggested, reason: s.reason };
}

export function findingToJson(f: Finding): FindingJson {
  const json: FindingJson = {
    severity: f.severity,
    rule: f.rule,
    table: f.table,
    message: f.message,
    imbalance: f.imbalance,
    cells: f.cells.map(cellToJson),
    suspect: f.suspect ? suspectToJson(f.suspect) : null,
  };
  if (f.candidates && f.candidates.length > 0) json.candidates = f.candidates.map(suspectToJson);
  if (f.review) json.review = { status: f.review.status, reason: f.review.reason, by: f.review.by, at: f.review.at };
  return json;
}

/** One entry of the "files" array. `report` null: the file could not be read into a report. */
export function fileToJson(file: string, report: Report | null, findings: readonly Finding[]): FileJson {
  return {
    file,
    format: report?.format ?? null,
    year: report?.year ?? null,
    unit: report?.unit ?? null,
    tables: report ? [...report.tables] : [],
    findings: findings.map(findingToJson),
  };
}

/** Errors and warnings still open; findings marked 已核实 are counted apart (accepted), in neither. */
export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number; accepted: number } {
  let errors = 0;
  let warnings = 0;
  let accepted = 0;
  for (const f of findings) {
    if (f.review) accepted += 1;
    else if (f.severity === "error") errors += 1;
    else warnings += 1;
  }
  return { errors, warnings, accepted };
}

/** "2 个错误，1 个警告", or "全部通过" when there is nothing; "（另有 1 个已核实）" after it when some were accepted. */
export function summaryLine(findings: readonly Finding[]): string {
  const { errors, warnings, accepted } = countBySeverity(findings);
  const open = errors + warnings === 0 ? "全部通过" : `${errors} 个错误，${warnings} 个警告`;
  return accepted > 0 ? `${open}（另有 ${accepted} 个已核实）` : open;
}

export function toCheckResult(findings: Finding[]): CheckResult {
  return { findings, ...countBySeverity(findings) };
}
