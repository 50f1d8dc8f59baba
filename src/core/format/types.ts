/** The official tables as data: one definition read by every writer, reader and check. */

export type TableId = "二" | "三" | "四";
export type FormatId = "2019" | "2021";

/** count: whole number ≥ 0; signedCount: whole number, may be negative (2019 本年增/减); amount: ≥ 0, decimals allowed (万元). */
export type CellKind = "count" | "signedCount" | "amount";

export type LayoutRole = "group" | "header" | "note" | "label" | "data";

/** One anchor cell of a table's grid, positioned relative to the table's top-left corner (0-based). */
export interface LayoutCell {
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
  role: LayoutRole;
  /** The official label; null for data cells. */
  text: string | null;
  /** Shaded group rows (第二十条第（一）项 …), as in the official template. */
  shaded?: boolean;
  /** Present on data cells. */
  data?: DataCellDef;
}

export interface DataCellDef {
  table: TableId;
  /** Row path: official labels from the outermost header inward, joined with "/". */
  row: string;
  /** Column path, likewise. */
  column: string;
  kind: CellKind;
}

/** A data cell with its position in the table grid. */
export interface PlacedDataCell extends DataCellDef {
  r: number;
  c: number;
  colSpan: number;
}

export interface TableFormat {
  id: TableId;
  /** Section heading as in the official format, e.g. 二、主动公开政府信息情况 */
  heading: string;
  gridColumns: number;
  gridRows: number;
  cells: LayoutCell[];
  /** Data cells in reading order (row by row, left to right). */
  dataCells: PlacedDataCell[];
  /** Distinct row paths in order. */
  rowPaths: string[];
  /** Distinct column paths in order. */
  columnPaths: string[];
}

/** A term of a rule: a row path (rules along columns) or a column path (rules along rows). */
export interface RuleTerm {
  path: string;
  /** Taken from last year's report (cross-year rules). */
  from?: "previous";
  /** −1 to subtract; default +1. */
  sign?: 1 | -1;
}

/** The linear rules (the rest of the registry is in check/rules). */
export type LinearRuleId = "R1" | "R2" | "R3" | "R4" | "R5" | "R6";

/**
 * A linear rule, evaluated by one generic engine: for each column (along "column") or each
 * row (along "row") of the table, sum(left) must equal sum(right).
 * A sum rule is left = [total], right = parts; a balance rule has several terms on each side.
 */
export interface LinearRule {
  id: LinearRuleId;
  severity: "error" | "warning";
  table: TableId;
  along: "column" | "row";
  /** The columns (along "column") or rows (along "row") it applies to; all when absent. */
  over?: string[];
  left: RuleTerm[];
  right: RuleTerm[];
  /** How to name each side in messages, e.g. { left: "（七）总计", right: "各项办理结果之和" }. */
  text: { left: string; right: string };
  /** One-line statement of the rule for people. */
  statement: string;
}

export interface FormatDef {
  id: FormatId;
  /** The notice that defines it. */
  notice: string;
  /** First and last report years it governs (last: null = still in force). */
  years: { from: number; to: number | null };
  tables: Record<TableId, TableFormat>;
  rules: LinearRule[];
}
