/** Checking a set of reports together: each against last year's when it is among them (or given). */
import { checkReport } from "../core/check/engine";
import type { RollupRef } from "../core/check/rules";
import type { Report } from "../core/report/model";
import type { CheckedReport } from "./api";
import { previousReport } from "./pairing";

/**
 * Checks every report. Last year's report is looked for first among `reports` (a workbook holding
 * 2024年报表 and 2025年报表), then among `previousCandidates` (the command line's --previous). A summary is
 * checked against the parts in `rollups` (R11).
 */
export function checkReports(
  reports: readonly Report[],
  previousCandidates: readonly Report[] = [],
  rollups: ReadonlyMap<Report, readonly RollupRef[]> = new Map(),
): CheckedReport[] {
  const latest = Math.max(...reports.filter((r) => r.tables.length > 0).map((r) => r.year ?? 0));
  return reports.map((report) => {
    const previous =
      previousReport(report, reports) ??
      previousReport(report, previousCandidates) ??
      (previousCandidates.length === 1 && report.year === null ? previousCandidates[0] : null);
    // Last year's report was given (--previous) but is of another year or unit: P1 says so instead of dropping it.
    const unmatched = previous === null && (report.year ?? 0) === latest ? previousCandidates : undefined;
    const findings = checkReport(report, { previous, previousUnmatched: unmatched, rollups: rollups.get(report) });
    return { source: report.source, report, previous, findings };
  });
}
