/**
 * Excel JavaScript API requirement sets.
 * MIN_EXCEL_API must match <Set Name="ExcelApi" MinVersion="…"/> in manifest.xml.
 * Flags (conditional formats, 1.6), cell messages (comments, 1.10) and merges (1.13) are checked at run time.
 */
import { notInExcel, unsupportedExcel } from "./strings";

export const EXCEL_API = "ExcelApi";
export const MIN_EXCEL_API = "1.4";

/**
 * Why the add-in cannot work here, or null: opened outside Excel (no Excel API), or this Excel lacks the
 * minimum set (null where Office cannot tell).
 */
export function unsupportedMessage(): string | null {
  if (typeof Excel === "undefined") return notInExcel;
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  if (!requirements || typeof requirements.isSetSupported !== "function") return null;
  return requirements.isSetSupported(EXCEL_API, MIN_EXCEL_API) ? null : unsupportedExcel(EXCEL_API, MIN_EXCEL_API);
}
