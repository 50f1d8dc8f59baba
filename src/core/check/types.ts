/** Findings: the contract of DESIGN.md (check --json), built by the engine. */
import type { LinearRuleId, TableId } from "../format";
import type { ReadRule } from "../report/notes";
import type { CellAddress, RawValue } from "../report/model";

export type Severity = "error" | "warning";

/** Every rule id of the registry (check/rules): R1–R11, P1, the readers' F1–F5, F0 (unreadable file), F6. */
export type RuleId =
  | LinearRuleId
  | "R7"
  | "R8"
  | "R9"
  | "R10"
  | "R11"
  | "P1"
  | "F0"
  | ReadRule
  | "F6"
  /** The report's text against what evaluators deduct for (check/reportText.ts). */
  | "T1"
  | "T2"
  | "T3"
  | "T4";

export interface FindingCell {
  row: string;
  column: string;
  /** Where the cell is (null for text input); rendered as "Sheet1!D30" in JSON. */
  ref: CellAddress | null;
  /** The number read, the raw text when not a number, or null when blank. */
  value: number | string | null;
}

export interface Suspect extends FindingCell {
  /** The value that would satisfy every rule the cell is in. */
  suggested: number;
  /** Why this cell, in Chinese: the cause when the numbers show it (digits swapped, counted twice …). */
  reason: string;
  /** The typing slip the two numbers show, in a few words ("相邻两位数字颠倒"); not in the JSON. */
  cause?: string;
}

/** A finding the user marked 已核实 (kept in the workbook; DESIGN.md: `"review"` in check --json). */
export interface Review {
  status: "accepted";
  reason: string;
  by: string;
  /** ISO time. */
  at: string;
}

export interface Finding {
  severity: Severity;
  rule: RuleId;
  table: TableId | null;
  message: string;
  /** left − right of the failed rule; null for per-cell rules. */
  imbalance: number | null;
  cells: FindingCell[];
  /** The single cell most likely wrong, or null when no single cell explains the failure. */
  suspect: Suspect | null;
  /** When several cells explain it equally well: all of them (suspect is then null). */
  candidates?: Suspect[];
  /** Set when a review kept in the workbook accepts this finding (its figures unchanged since). */
  review?: Review;
}

export interface CheckResult {
  findings: Finding[];
  errors: number;
  warnings: number;
}

export type { RawValue };
