/** The report year the user types: defaults and limits. */
import { yearProblem } from "./strings";

/** No national tables before 2019 (FORMAT.md). */
export const FIRST_REPORT_YEAR = 2019;

/** Reports are written in January for the year before. */
export function defaultReportYear(today: Date = new Date()): number {
  return today.getFullYear() - 1;
}

export function lastReportYear(today: Date = new Date()): number {
  return today.getFullYear() + 1;
}

/** The year typed, or a message saying why it is refused. */
export function parseReportYear(text: string, today: Date = new Date()): { year: number } | { problem: string } {
  const max = lastReportYear(today);
  const trimmed = text.trim();
  const year = /^\d{4}$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > max) {
    return { problem: yearProblem(FIRST_REPORT_YEAR, max) };
  }
  return { year };
}
