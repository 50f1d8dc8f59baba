/** Which reports of a sheet or a file count as parts of a roll-up: written once for 汇总, 校验 (R11) and the CLI. */
import type { Report } from "../core/report/model";

/**
 * The reports with tables that a roll-up of `year` adds up from one sheet or file: those of that year, else those of
 * unknown year, else (or when no year is given) those of the latest year, so that the year check names them.
 */
export function partReports(reports: readonly Report[], year: number | null | undefined): Report[] {
  const withTables = reports.filter((r) => r.tables.length > 0);
  if (year !== null && year !== undefined) {
    const ofYear = withTables.filter((r) => r.year === year);
    if (ofYear.length > 0) return ofYear;
    const unknown = withTables.filter((r) => r.year === null);
    if (unknown.length > 0) return unknown;
  }
  const latest = Math.max(...withTables.map((r) => r.year ?? 0));
  return withTables.filter((r) => (r.year ?? 0) === latest);
}
