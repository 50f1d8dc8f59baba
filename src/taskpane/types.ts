/** What the task pane needs from the outside: the user actions (features), injected so tests can fake them. */
import type { InsertInput, InsertResult, NewYearResult, WorkbookCheck } from "../features/api";
import type { RollupCandidates, RollupResult, RollupSheetsInput } from "../features/rollup";
import type { CellAddress } from "../core/report/model";

export interface Actions {
  insert(input: InsertInput): Promise<InsertResult>;
  check(): Promise<WorkbookCheck>;
  /** Returns how many flags were removed. */
  clear(): Promise<number>;
  select(ref: CellAddress): Promise<void>;
  /** `missing`: columns of 二、上年结转 that could not be carried (left blank). */
  newYear(): Promise<NewYearResult & { missing?: string[] }>;
  /** 汇总: the sheets that hold reports (optional: the panel shows only when both are given). */
  rollupCandidates?(): Promise<RollupCandidates>;
  rollup?(input: RollupSheetsInput): Promise<RollupResult>;
}
