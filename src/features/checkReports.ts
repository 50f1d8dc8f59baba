/** Checking a set of reports together: each against last year's when it is among them (or given). */
import { checkReport } from "../core/check/engine";
import type { Report } from "../core/report/model";
import type { CheckedReport } from "./api";
import { previousReport } from "./pairing";

/**
 * Checks every report. Last year's report is looked for first among `reports` (a workbook holding
 * 2024年报表 and 2025年报表), then among `previousCandidates` (the command line's --previous).
 */
export function checkReports(reports: readonly Report[], previousCandidates: readonly Report[] = []): CheckedReport[] {
  return reports.map((report) => {
    const previous =
      previousReport(report, reports) ??
      previousReport(report, previousCandidates) ??
      (previousCandidates.length === 1 && report.year === null ? previousCandidates[0] : null);
    return { source: report.source, report, previous, findings: checkReport(report, { previous }) };
  });
}
