/** What the task pane needs from the outside: the user actions (features), injected so tests can fake them. */
import type { CheckScope, InsertInput, InsertResult, NewYearResult, WorkbookCheck } from "../features/api";
import type { RollupCandidates, RollupResult, RollupSheetsInput } from "../features/rollup";
import type { ReviewInput } from "../features/review";
import type { WorkbookComparison } from "../features/compare";
import type { Finding } from "../core/check/types";
import type { CellAddress } from "../core/report/model";
import type { ImportFile, ImportResult } from "../features/importReports";
import type { ChangeWatch } from "../hosts/types";

export interface Actions {
  insert(input: InsertInput): Promise<InsertResult>;
  /** 校验 of the active sheet ("active", falling back to the workbook when it holds no tables) or all of it. */
  check(scope?: CheckScope): Promise<WorkbookCheck>;
  /** Returns how many flags were removed. */
  clear(): Promise<number>;
  select(ref: CellAddress): Promise<void>;
  /** `missing`: columns of 二、上年结转 that could not be carried (left blank). */
  newYear(): Promise<NewYearResult & { missing?: string[] }>;
  /** 汇总: the sheets that hold reports (optional: the panel shows only when both are given). */
  rollupCandidates?(): Promise<RollupCandidates>;
  rollup?(input: RollupSheetsInput): Promise<RollupResult>;
  /** 与上年对比: adds the comparison sheet (and, in Excel, its chart). */
  compare?(): Promise<WorkbookComparison>;
  /** 标为已核实: keeps the review in the workbook (optional: the findings offer it only when given). */
  accept?(input: ReviewInput): Promise<unknown>;
  /** 撤销核实. */
  withdraw?(findings: readonly Finding[]): Promise<boolean>;
  /** 导入报告: report files (.docx, .pdf, .html, .txt) as new sheets, then 校验 (optional: the button shows when given). */
  importReports?(files: ImportFile[]): Promise<ImportResult>;
  /** Calls `listener` when the workbook changes (ExcelApi 1.9 change events, WPS SheetChange); resolves to unsubscribe. */
  watchChanges?: ChangeWatch;
}
