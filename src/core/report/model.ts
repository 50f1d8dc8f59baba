/** The Report: one body's tables for one year, values by table / row path / column path. */
import type { CellKey, DataCellDef, FormatId, TableId } from "../format";
import type { ReadRule } from "./notes";

/** A value as a spreadsheet or a text holds it: numbers, text, booleans, or nothing. */
export type RawValue = string | number | boolean | null;

/** A cell's position in a workbook (0-based row and column). */
export interface CellAddress {
  sheet: string;
  row: number;
  col: number;
}

/**
 * What is wrong with how a value is written, found while reading it.
 * blank / placeholder ("/", "—", "无", "-"): unfilled (R8).
 * notNumber: text that is no number; errorValue: #REF!, #VALUE! …: unreadable (R7).
 * numberAsText, fullWidth: read as a number, reported as a warning (R7).
 * negative, fraction: a count that is below zero or not whole (R7).
 * withUnit: a number written with its unit ("251000元", "12件"), read in the cell's unit (万元 for amounts),
 * reported as a warning (R7).
 * absent: the cell's row is not in the input at all (a text cut off inside the table, or a group of rows written as
 * one row): one reader note says so; the cell gets no finding of its own and the rules it is in are not run.
 * withNote: a number followed by a note in brackets ("22（其中修订16件）"), read as the number, reported as a warning (R7).
 */
export type ValueProblem =
  | "blank"
  | "placeholder"
  | "notNumber"
  | "errorValue"
  | "numberAsText"
  | "fullWidth"
  | "negative"
  | "fraction"
  | "withUnit"
  | "withNote"
  | "absent";

export interface ReportCell {
  def: DataCellDef;
  /** What was read, unchanged. */
  raw: RawValue;
  /** The number read, or null when there is none. */
  value: number | null;
  problems: ValueProblem[];
  /** Where it was read from; null for text input. */
  ref: CellAddress | null;
  /** The cell's formula (starting with "="), when it has one. */
  formula?: string;
  /** The merged area ("D9:F9") the cell lies in without being its first cell: it shows no value of its own. */
  mergedInto?: string;
}

/** Something noticed while reading that the user should hear about (becomes a finding). */
export interface ReadNote {
  severity: "error" | "warning";
  /** Documented id: see docs/rules.md (F1 format/year mismatch, F2 table not found, F3 label variant …). */
  rule: ReadRule;
  table: TableId | null;
  message: string;
  ref: CellAddress | null;
}

export interface Report {
  /** File path, or sheet name inside a workbook. */
  source: string;
  format: FormatId | null;
  year: number | null;
  unit: string | null;
  /** Tables found, in order 二, 三, 四. */
  tables: TableId[];
  /** Data cells read, by cellKey(table, row, column). A table that was found has all its cells. */
  cells: Map<CellKey, ReportCell>;
  notes: ReadNote[];
  /** Prose outside the tables (published text), for R10. */
  prose?: string;
}
