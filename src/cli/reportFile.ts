/**
 * `check --report FILE`: every finding of every file as a table a person can sort and filter — .xlsx (autofilter,
 * frozen header) or .html (one self-contained page, sortable columns and a filter box, no external assets).
 */
import { closeSync, openSync, promises as fs, readSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../hosts/types";
import { pageSetupFor } from "../features/pageSetup";
import { applyPageSetup } from "../hosts/exceljs/pageSetup";
import { STATUS_HEADERS, STATUS_KEYS, type FileStatus } from "./fileStatus";
import { ROW_HEADERS, ROW_KEYS, type FindingRow } from "./findingRows";

export type ReportKind = "xlsx" | "html";

/** The kind of report a file name asks for, or null when it is neither .xlsx nor .html. */
export function reportKind(file: string): ReportKind | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".html" || ext === ".htm" ? "html" : null;
}

const SHEET = "校验结果";
const OVERVIEW = "概况";
const STATUS_SHEET = "各文件结果";
/** Written into every .html report, so that a report left in a checked folder is known as one. */
const HTML_MARK = '<meta name="generator" content="disclosure-tables check --report">';

/** A workbook this command wrote with --report (its two sheets, its header row word for word). */
export function isCheckReport(snapshot: WorkbookSnapshot): boolean {
  const results = snapshot.sheets.find((s) => s.name === SHEET);
  const overview = snapshot.sheets.find((s) => s.name === OVERVIEW);
  if (!results || !overview || results.top !== 0 || results.left !== 0) return false;
  const header = results.values[0] ?? [];
  return ROW_KEYS.every((key, i) => header[i] === ROW_HEADERS[key]);
}

/** An .html page this command wrote with --report (read without parsing the page). */
export function isCheckReportFile(file: string): boolean {
  if (reportKind(file) !== "html") return false;
  try {
    const fd = openSync(file, "r");
    try {
      const head = Buffer.alloc(1024);
      const n = readSync(fd, head, 0, head.length, 0);
      return head.subarray(0, n).toString("utf8").includes(HTML_MARK);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Narrow enough, long texts wrapped, that all eleven columns print across A4 landscape at 9 pt or more. */
const WIDTHS: Record<keyof FindingRow, number> = {
  file: 24,
  unit: 14,
  year: 6,
  rule: 7,
  severity: 7,
  table: 5,
  cell: 24,
  ref: 10,
  message: 40,
  suspect: 16,
  suggested: 8,
};

const OVERVIEW_WIDTH = 90;

/** A4, one page wide, the header row repeated on every page. */
function setUpPrinting(sheet: ExcelJS.Worksheet, widths: readonly number[], headerRows: number): void {
  const rows = Math.max(sheet.rowCount, headerRows);
  applyPageSetup(
    sheet,
    pageSetupFor({
      sheet: sheet.name,
      widths,
      printArea: { top: 0, left: 0, rows, cols: widths.length },
      titleRows: headerRows > 0 ? { first: 0, last: headerRows - 1 } : null,
      blocks: [],
      ops: [],
    }),
  );
}

const STATUS_WIDTHS: Record<(typeof STATUS_KEYS)[number], number> = {
  file: 40,
  unit: 24,
  year: 8,
  format: 8,
  result: 18,
};

/** One row per file, first in the workbook. */
function addStatusSheet(workbook: ExcelJS.Workbook, statuses: readonly FileStatus[]): void {
  const sheet = workbook.addWorksheet(STATUS_SHEET, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  sheet.columns = STATUS_KEYS.map((key) => ({ header: STATUS_HEADERS[key], key, width: STATUS_WIDTHS[key] }));
  for (const status of statuses) {
    const row = sheet.addRow(
      Object.fromEntries(STATUS_KEYS.map((key) => [key, status[key] === "" ? null : status[key]])),
    );
    const colour = status.kind === "error" ? "FFA4262C" : status.kind === "ok" ? "FF107C10" : "FF605E5C";
    row.getCell("result").font = { bold: status.kind === "error", color: { argb: colour } };
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: statuses.length + 1, column: STATUS_KEYS.length } };
  sheet.columns.forEach((column) => {
    column.alignment = { wrapText: true, vertical: "top" };
  });
  setUpPrinting(
    sheet,
    STATUS_KEYS.map((key) => STATUS_WIDTHS[key]),
    1,
  );
}

export async function writeXlsxReport(
  file: string,
  rows: readonly FindingRow[],
  summary: string,
  statuses: readonly FileStatus[] = [],
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "disclosure-tables";
  if (statuses.length > 0) addStatusSheet(workbook, statuses);
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  sheet.columns = ROW_KEYS.map((key) => ({ header: ROW_HEADERS[key], key, width: WIDTHS[key] }));
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(ROW_KEYS.map((key) => [key, row[key] === "" ? null : row[key]])));
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: ROW_KEYS.length } };
  sheet.columns.forEach((column) => {
    column.alignment = { wrapText: true, vertical: "top" };
  });
  setUpPrinting(
    sheet,
    ROW_KEYS.map((key) => WIDTHS[key]),
    1,
  );
  const overview = workbook.addWorksheet(OVERVIEW);
  overview.getColumn(1).width = OVERVIEW_WIDTH;
  overview.getColumn(1).alignment = { wrapText: true, vertical: "top" };
  summary.split("\n").forEach((line, i) => {
    overview.getCell(i + 1, 1).value = line.trim();
  });
  setUpPrinting(overview, [OVERVIEW_WIDTH], 0);
  await workbook.xlsx.writeFile(file);
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** Sorting by a column header, numbers as numbers; filtering rows by any text in them. Inline, no assets. */
const SCRIPT = `
(function () {
  var table = document.getElementById("findings");
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  var order = {};
  Array.prototype.forEach.call(heads, function (th, i) {
    th.addEventListener("click", function () {
      var dir = order[i] = -(order[i] || -1);
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[i].textContent, y = b.cells[i].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny) && String(nx) === x.trim() && String(ny) === y.trim())
          ? nx - ny : x.localeCompare(y, "zh-CN", { numeric: true });
        return c * dir;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    });
  });
  var filter = document.getElementById("filter");
  var count = document.getElementById("count");
  filter.addEventListener("input", function () {
    var words = filter.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (r) {
      var text = r.textContent.toLowerCase();
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      r.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + " / " + body.rows.length;
  });
})();
`;

function statusHtml(statuses: readonly FileStatus[]): string {
  if (statuses.length === 0) return "";
  const head = STATUS_KEYS.map((k) => `<th scope="col">${escape(STATUS_HEADERS[k])}</th>`).join("");
  const body = statuses
    .map((s) => `<tr class="${s.kind}">${STATUS_KEYS.map((k) => `<td>${escape(s[k])}</td>`).join("")}</tr>`)
    .join("\n");
  return `<h2>各文件结果</h2>
<table id="status">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<h2>问题明细</h2>
`;
}

export function htmlReport(rows: readonly FindingRow[], summary: string, statuses: readonly FileStatus[] = []): string {
  const head = ROW_KEYS.map((k) => `<th scope="col" title="点击排序">${escape(ROW_HEADERS[k])}</th>`).join("");
  const body = rows
    .map((row) => {
      const cls = row.severity === "错误" ? "error" : row.severity === "警告" ? "warning" : "ok";
      const cells = ROW_KEYS.map((k) => {
        const v = row[k];
        return `<td>${v === null ? "" : escape(String(v))}</td>`;
      }).join("");
      return `<tr class="${cls}">${cells}</tr>`;
    })
    .join("\n");
  // The summary's first line is its heading ("汇总"); the indented lines under it are its paragraphs.
  const summaryHtml = summary
    .split("\n")
    .map((line) => (/^\s/.test(line) ? `<p>${escape(line.trim())}</p>` : `<h2>${escape(line)}</h2>`))
    .join("");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
${HTML_MARK}
<title>年报表格校验结果</title>
<style>
body { font-family: system-ui, "Microsoft YaHei", "PingFang SC", sans-serif; margin: 1rem; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #f2f2f2; cursor: pointer; position: sticky; top: 0; white-space: nowrap; }
td:nth-child(3), td:nth-child(4), td:nth-child(5), td:nth-child(6), td:nth-child(11) { white-space: nowrap; }
td:nth-child(9) { min-width: 24rem; }
th[aria-sort="ascending"]::after { content: " ▲"; }
th[aria-sort="descending"]::after { content: " ▼"; }
tr.error td:nth-child(5) { color: #a4262c; font-weight: bold; }
tr.warning td:nth-child(5) { color: #8a6100; }
tr.ok td:nth-child(5) { color: #107c10; }
#filter { width: 24rem; margin: 0.5rem 0; padding: 4px; }
/* A unit's name is never broken over two lines (the 单位 column of both tables). */
td:nth-child(2) { white-space: nowrap; }
#status td:last-child { white-space: nowrap; font-weight: bold; }
#status tr.error td:last-child { color: #a4262c; }
#status tr.ok td:last-child { color: #107c10; }
#status tr.none td:last-child { color: #605e5c; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { margin: 0; }
  table { font-size: 9pt; width: 100%; }
  th { position: static; cursor: auto; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  label, #count { display: none; }
  td:nth-child(9) { min-width: 0; }
}
</style>
</head>
<body>
<h1>年报表格校验结果</h1>
${summaryHtml}
${statusHtml(statuses)}<label>筛选：<input id="filter" type="search" placeholder="输入文件名、规则、单位等，空格分隔多个词"></label>
<span id="count">${rows.length} / ${rows.length}</span>
<table id="findings">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

export async function writeReport(
  file: string,
  kind: ReportKind,
  rows: readonly FindingRow[],
  summary: string,
  statuses: readonly FileStatus[] = [],
): Promise<void> {
  if (kind === "html") await fs.writeFile(file, htmlReport(rows, summary, statuses), "utf8");
  else await writeXlsxReport(file, rows, summary, statuses);
}
