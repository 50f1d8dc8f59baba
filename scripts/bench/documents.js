/**
 * Reading and checking one report from a document (issue 10): .docx (budget ≤ 50 ms), HTML page (same budget),
 * PDF printed by LibreOffice (budget ≤ 100 ms per page); and the gzip size of 导入报告's chunks, loaded only when
 * the button is used (the first load is the part "bundle"). Uses lib/ (npm run build).
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");

const DOC_BUDGET_MS = 50;
const PDF_BUDGET_MS_PER_PAGE = 100;

async function msPer(action, iterations) {
  for (let i = 0; i < 5; i += 1) await action();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) await action();
  return Number(process.hrtime.bigint() - start) / 1e6 / iterations;
}

function row(label, ms, budget) {
  return { label, value: ms.toFixed(1), unit: "ms", budget: `≤ ${budget}`, ok: ms <= budget };
}

function pdfOf(docx, dir) {
  const file = path.join(dir, "report.docx");
  fs.writeFileSync(file, docx);
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, file],
    { timeout: 300_000, stdio: "pipe" },
  );
  return fs.readFileSync(path.join(dir, "report.pdf"));
}

function chunkSizes(dist) {
  const chunks = fs.existsSync(dist)
    ? fs.readdirSync(dist).filter((f) => /^(import|xlsx|pdfjs)\.js$|\.mjs$/.test(f))
    : [];
  return chunks.map((file) => {
    const kb = zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;
    const what =
      file === "import.js"
        ? "导入报告 chunk (readers)"
        : file === "xlsx.js"
          ? "xlsx chunk (ExcelJS, for .xlsx)"
          : file === "pdfjs.js"
            ? "pdfjs chunk"
            : "pdfjs worker";
    return {
      label: `${what}: ${file}, gzip, loaded on use`,
      value: kb.toFixed(1),
      unit: "KB",
      budget: "(按需加载)",
      ok: true,
    };
  });
}

module.exports = {
  title: "reading and checking one report from a document",
  async run({ root, dist }) {
    const lib = path.join(root, "lib");
    const { realisticReport } = require(path.join(lib, "core", "check", "testing", "fixtures.js"));
    const { reportDocx, reportHtml } = require(path.join(lib, "documents", "testing", "reportDocuments.js"));
    const { readDocumentReport, readPdfReport } = require(path.join(lib, "documents", "index.js"));
    const { checkReport } = require(path.join(lib, "core", "check", "engine.js"));
    const { pdfjsForNode } = require(path.join(lib, "cli", "pdfjs.js"));
    const report = realisticReport({ seed: 2024 });
    const prose = ["一、总体情况", "本年度共收到政府信息公开申请 12 件，均已按时答复。"];
    const docx = await reportDocx(report, { prose, splitLabels: true });
    const html = reportHtml(report, { prose }, "gbk");
    const readAndCheck = (read) => async () => {
      const result = await read();
      if (!result.ok) throw new Error(result.message);
      checkReport(result.report);
    };
    const results = [
      row(
        "one .docx (三 tables, prose)",
        await msPer(
          readAndCheck(() => readDocumentReport(docx, "r.docx", "docx")),
          50,
        ),
        DOC_BUDGET_MS,
      ),
      row(
        "one HTML page (GBK)",
        await msPer(
          readAndCheck(() => readDocumentReport(html, "r.html", "html")),
          50,
        ),
        DOC_BUDGET_MS,
      ),
    ];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dt-bench-pdf-"));
    try {
      const pdf = pdfOf(docx, dir);
      const pages = Number(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/.exec(pdf.toString("latin1"))?.[1] ?? 1);
      const ms = await msPer(
        readAndCheck(() => readPdfReport(pdf, "r.pdf", pdfjsForNode)),
        10,
      );
      results.push(row(`one PDF (${pages} pages, LibreOffice), per page`, ms / pages, PDF_BUDGET_MS_PER_PAGE));
    } catch (error) {
      results.push({ label: "one PDF", skipped: `LibreOffice 未能生成 PDF（${error.message.split("\n")[0]}）` });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return [...results, ...chunkSizes(dist)];
  },
};
