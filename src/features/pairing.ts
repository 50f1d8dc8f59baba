/** Pairs each report with last year's report of the same body, when the workbook (or the files) hold it. */
import type { Report } from "../core/report/model";

function sameBody(a: Report, b: Report): boolean {
  return a.unit === null || b.unit === null || a.unit === b.unit;
}

/** Last year's report for `report` among `candidates`: year − 1, same body when both name one. */
export function previousReport(report: Report, candidates: readonly Report[]): Report | null {
  if (report.year === null) return null;
  const lastYear = candidates.filter((c) => c !== report && c.year === report.year! - 1);
  return (
    lastYear.find((c) => c.unit !== null && c.unit === report.unit) ?? lastYear.find((c) => sameBody(c, report)) ?? null
  );
}
