/**
 * The one check of a workbook: the task pane's 校验 (and so the preview's), and the command line's `check` of an
 * .xlsx, call this. Every report in it, each against last year's (in the workbook, or given), and every summary
 * made by 汇总 against the part sheets its roll-up lists (DT_YYYY_PARTS, R11).
 */
import type { RollupRef } from "../core/check/rules";
import { reportsFromGrid } from "../core/report/fromGrid";
import type { Report } from "../core/report/model";
import type { WorkbookSnapshot } from "../hosts/types";
import type { CheckedReport } from "./api";
import { checkReports } from "./checkReports";
import { rollupRefs } from "./rollupLinks";

export interface SnapshotCheckOptions {
  /** Reports given as last year's (the command line's --previous). */
  previousCandidates?: readonly Report[];
  /** The reports already read from this snapshot (reportsFromGrid), not to read them twice. */
  reports?: readonly Report[];
  /** Parts given from outside the workbook for one of its reports (the command line's --parts). */
  extraRollups?: ReadonlyMap<Report, readonly RollupRef[]>;
}

export function checkSnapshot(snapshot: WorkbookSnapshot, options: SnapshotCheckOptions = {}): CheckedReport[] {
  const reports = options.reports ?? reportsFromGrid(snapshot);
  const rollups = rollupRefs(snapshot, reports);
  for (const [report, extra] of options.extraRollups ?? [])
    rollups.set(report, [...(rollups.get(report) ?? []), ...extra]);
  return checkReports(reports, options.previousCandidates ?? [], rollups);
}
