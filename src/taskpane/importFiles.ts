/**
 * 导入报告 in the task pane, loaded only when the button is used (its own chunk: the document readers, and
 * pdfjs-dist in a chunk of its own with its worker, loaded only for a PDF).
 */
import { readReportFile } from "../documents";
import type { PdfjsSetup } from "../documents/pdf";
import { importReports, type ImportFile, type ImportResult } from "../features/importReports";
import type { WorkbookHost } from "../hosts/types";

async function pdfjsForBrowser(): Promise<PdfjsSetup> {
  const pdfjs = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs");
  pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs-dist/legacy/build/pdf.worker.min.mjs", import.meta.url).href;
  return { pdfjs };
}

export function importFiles(host: WorkbookHost, files: readonly ImportFile[]): Promise<ImportResult> {
  return importReports(host, files, (file) => readReportFile(file.bytes, file.name, pdfjsForBrowser));
}
