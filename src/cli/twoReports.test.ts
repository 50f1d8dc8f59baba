/* ExcelJS cells, not Office.js proxies: the Office.js load/sync lint rules mistake getCell() for Excel.Worksheet.getCell. */

/**
 * Data never ignored without a word (issue 12 item 4): two reports side by side on one sheet are both read; a second
 * copy of the tables in one text or one document is named in a warning.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { realisticReport } from "../core/check/testing/fixtures";
import { reportFromDocument } from "../core/report/fromDocument";
import { reportFromText } from "../core/report/fromText";
import type { Report } from "../core/report/model";
import { readHtml } from "../documents/html";
import { reportHtml } from "../documents/testing/reportDocuments";
import { exceljsHost, openXlsx, saveXlsx } from "../hosts/exceljs";
import { writeReportXlsx } from "./__tests__/reportFiles";
import { readInput } from "./inputs";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dt-two-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const valuesOf = (report: Report) => Object.fromEntries([...report.cells].map(([key, cell]) => [key, cell.value]));

function unitReport(seed: number, unit: string): Report {
  const report = realisticReport({ seed });
  report.unit = unit;
  return report;
}

test("two reports side by side on one sheet: both read, each with its own figures and unit", async () => {
  const jia = unitReport(11, "甲乡");
  const yi = unitReport(12, "乙乡");
  const fileA = path.join(dir, "a.xlsx");
  const fileB = path.join(dir, "b.xlsx");
  await writeReportXlsx(fileA, jia);
  await writeReportXlsx(fileB, yi);
  const book = await openXlsx(fileA);
  const target = book.worksheets[0];
  const source = (await openXlsx(fileB)).worksheets[0];
  const OFFSET = 20;
  source.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!cell.isMerged || cell.master === cell) target.getRow(r).getCell(c + OFFSET).value = cell.value;
    }),
  );
  for (const m of Object.values(
    (source as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })
      ._merges,
  )) {
    target.mergeCells(m.top, m.left + OFFSET, m.bottom, m.right + OFFSET);
  }
  const both = path.join(dir, "both.xlsx");
  await saveXlsx(book, both);

  const read = await readInput(both);
  if (!read.ok) throw new Error(read.message);
  expect(read.reports.map((r) => [r.unit, r.tables])).toEqual([
    ["甲乡", ["二", "三", "四"]],
    ["乙乡", ["二", "三", "四"]],
  ]);
  expect(valuesOf(read.reports[0])).toEqual(valuesOf(jia));
  expect(valuesOf(read.reports[1])).toEqual(valuesOf(yi));
});

/** A report's sheet as text copied from Excel: cells separated by tabs. */
async function reportText(report: Report): Promise<string> {
  const file = path.join(dir, `text-${report.unit}.xlsx`);
  await writeReportXlsx(file, report);
  const snapshot = await exceljsHost(await openXlsx(file)).run((s) => s.read({ values: true }));
  return snapshot.sheets[0].values.map((row) => row.map((v) => (v === null ? "" : String(v))).join("\t")).join("\n");
}

test("a second copy of the tables in one text: the first read, the second named in a warning", async () => {
  const jia = unitReport(21, "甲乡");
  const once = reportFromText(await reportText(jia), "a.txt");
  expect(valuesOf(once)).toEqual(valuesOf(jia));
  expect(once.notes.filter((n) => n.message.includes("出现了"))).toEqual([]);

  const twice = reportFromText(`${await reportText(jia)}\n\n${await reportText(unitReport(22, "乙乡"))}`, "two.txt");
  expect(valuesOf(twice)).toEqual(valuesOf(jia));
  expect(twice.notes.filter((n) => n.message.includes("出现了")).map((n) => [n.rule, n.severity, n.message])).toEqual([
    [
      "F4",
      "warning",
      "文本中表二出现了 2 次，表三出现了 2 次，表四出现了 2 次，只读取了第一次出现的；其余未读取。如是几份报告放在了一起，请分成几个文件分别校验",
    ],
  ]);
});

test("a second copy of the tables in one saved web page: named in a warning", () => {
  const page = Buffer.concat([reportHtml(unitReport(31, "甲乡")), reportHtml(unitReport(32, "乙乡"))]);
  const report = reportFromDocument(readHtml(page), "two.html");
  expect(report.notes.some((n) => n.rule === "F4" && n.message.startsWith("文档中表二出现了 2 次"))).toBe(true);
});
