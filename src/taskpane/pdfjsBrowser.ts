/** pdfjs-dist for the task pane: its own chunk, and its worker beside it (a file of its own, loaded by URL). */
import type { PdfjsSetup } from "../documents/pdf";

export async function pdfjsForBrowser(): Promise<PdfjsSetup> {
  const pdfjs = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs");
  pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs-dist/legacy/build/pdf.worker.min.mjs", import.meta.url).href;
  return { pdfjs };
}
