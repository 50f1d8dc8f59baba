/**
 * 导入报告 in the task pane, loaded only when the button is used (its own chunk: the document readers; ExcelJS in
 * a chunk of its own, loaded only for a workbook; pdfjs-dist in another with its worker, loaded only for a PDF).
 * The reader is the command line's: the same bytes give the same reports.
 */
import { readReportFile, type ReaderLibraries } from "../documents";
import { importReports, type ImportFile, type ImportResult } from "../features/importReports";
import type { WorkbookHost } from "../hosts/types";

const BROWSER_LIBRARIES: ReaderLibraries = {
  loadPdfjs: async () => (await import(/* webpackChunkName: "pdfjs" */ "./pdfjsBrowser")).pdfjsForBrowser(),
};

export function importFiles(
  host: WorkbookHost,
  files: readonly ImportFile[],
  libraries: ReaderLibraries = BROWSER_LIBRARIES,
): Promise<ImportResult> {
  return importReports(host, files, (file) => readReportFile(file.bytes, file.name, libraries));
}
