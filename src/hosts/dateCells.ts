/**
 * Dates in cells. A date typed into a number cell is stored as its serial number (45658 for 2025-01-01) under a
 * date format; read as a number it would pass for a count. Every host reads such a cell as the date's text
 * ("2025-01-01"), which the check then names as no number, as ExcelJS gives the .xlsx reader a Date for it.
 */
import type { CellScalar } from "./types";

/** Whether a number format shows a date or a time: ExcelJS's test (quoted text and [..] sections left out). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "") return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** "2025-01-01", or "2025-01-01 08:30:00" when it has a time of day. */
export function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}

/** A serial number of the 1900 date system as its date's text (ExcelJS's conversion). */
export function serialDateText(serial: number): string {
  return dateText(new Date(Math.round((serial - 25569) * 24 * 3600 * 1000)));
}

/** A cell's value as read: its date's text where a number sits under a date format. */
export function readValue(value: CellScalar, format: unknown): CellScalar {
  return typeof value === "number" && isDateFormat(format) ? serialDateText(value) : value;
}
