/**
 * Printing a workbook the way a clerk would, through LibreOffice (its own profile, so parallel runs never share one),
 * and reading the PDF back: each page's size and its text runs with their printed size in points (pdfjs-dist, in a
 * child Node process, where its ESM build loads natively).
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

export const LIBREOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p)) ?? null;

/** Whether LibreOffice prints Calibri (the workbooks' font) with the metric-compatible Carlito, as Excel would. */
export function calibriMetrics(): boolean {
  try {
    return /carlito|calibri/i.test(execFileSync("fc-match", ["Calibri"], { encoding: "utf8" }));
  } catch {
    return false;
  }
}

export function printToPdf(xlsx: string): string {
  if (!LIBREOFFICE) throw new Error("LibreOffice is not installed");
  const outDir = path.dirname(xlsx);
  const profile = mkdtempSync(path.join(tmpdir(), "dt-lo-profile-"));
  execFileSync(
    LIBREOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      xlsx,
    ],
    { timeout: 170_000, stdio: "ignore" },
  );
  rmSync(profile, { recursive: true, force: true });
  const pdf = path.join(outDir, `${path.basename(xlsx, path.extname(xlsx))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${xlsx}`);
  return pdf;
}

export interface PrintedPage {
  /** Points. */
  width: number;
  height: number;
  runs: { text: string; size: number }[];
}

const READ_PAGES = `
const { readFileSync } = await import("fs");
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[1])), verbosity: 0 }).promise;
const pages = [];
for (let p = 1; p <= doc.numPages; p += 1) {
  const page = await doc.getPage(p);
  const [x0, y0, x1, y1] = page.view;
  const content = await page.getTextContent();
  const runs = content.items
    .filter((item) => "str" in item && item.str.trim() !== "")
    .map((item) => ({ text: item.str, size: Math.hypot(item.transform[2], item.transform[3]) }));
  pages.push({ width: x1 - x0, height: y1 - y0, runs });
}
process.stdout.write(JSON.stringify(pages));
`;

export function printedPages(pdf: string): PrintedPage[] {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", READ_PAGES, pdf], {
    cwd: path.resolve(__dirname, ".."),
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as PrintedPage[];
}

/** A page's text in print order with all white space removed (labels wrapped over lines read whole). */
export function pageText(page: PrintedPage): string {
  return page.runs
    .map((r) => r.text)
    .join("")
    .replace(/\s+/g, "");
}
