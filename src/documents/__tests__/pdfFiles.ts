/**
 * PDFs for tests: Word documents printed to PDF by LibreOffice (headless, its own profile), and PDFs drawn with
 * pdfkit. pdfjs-dist is ESM only and jest runs CommonJS without import(): PDFs are read by the built command-line
 * code in a child process.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { ROOT } from "../../cli/__tests__/run";

function hasSoffice(): boolean {
  return spawnSync("soffice", ["--version"], { timeout: 120_000 }).status === 0;
}

export const sofficeAvailable = hasSoffice();
if (!sofficeAvailable) {
  if (process.env.CI === "true") throw new Error("LibreOffice (soffice) 不可用：CI 中必须安装");

  console.warn("跳过由 LibreOffice 生成 PDF 的测试：未找到 soffice");
}

/** .docx files printed to PDF in one LibreOffice run; returns the PDFs' bytes in the same order. */
export function docxToPdf(docs: readonly Buffer[]): Buffer[] {
  const dir = mkdtempSync(path.join(tmpdir(), "dt-pdf-"));
  try {
    const files = docs.map((bytes, i) => {
      const file = path.join(dir, `d${i}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files],
      { timeout: 300_000, stdio: "pipe" },
    );
    return files.map((f) => readFileSync(f.replace(/\.docx$/, ".pdf")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ReadBack {
  ok: boolean;
  message?: string;
  format?: string | null;
  year?: number | null;
  unit?: string | null;
  tables?: string[];
  values?: Record<string, number | null>;
  prose?: string;
}

const SCRIPT = `
const { readFileSync } = require("fs");
const { readPdfReport } = require(process.argv[1] + "/lib/documents/index.js");
const { pdfjsForNode } = require(process.argv[1] + "/lib/cli/pdfjs.js");
(async () => {
  const out = [];
  for (const file of process.argv.slice(2)) {
    const read = await readPdfReport(readFileSync(file), file, pdfjsForNode);
    if (!read.ok) { out.push({ ok: false, message: read.message }); continue; }
    const r = read.report;
    const values = {};
    for (const [key, cell] of r.cells) values[key] = cell.value;
    out.push({ ok: true, format: r.format, year: r.year, unit: r.unit, tables: r.tables, values, prose: r.prose });
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

/** Reports read from PDF files by the built reader (npm run build:cli first: ensureCliBuilt). */
export function readPdfsInChild(pdfs: readonly Buffer[]): ReadBack[] {
  const dir = mkdtempSync(path.join(tmpdir(), "dt-pdfread-"));
  try {
    const files = pdfs.map((bytes, i) => {
      const file = path.join(dir, `p${i}.pdf`);
      writeFileSync(file, bytes);
      return file;
    });
    const run = spawnSync(process.execPath, ["-e", SCRIPT, ROOT, ...files], { encoding: "utf8", timeout: 300_000 });
    if (run.status !== 0) throw new Error(`PDF reader failed (${run.status}): ${run.stderr}`);
    return JSON.parse(run.stdout) as ReadBack[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
