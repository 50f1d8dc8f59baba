/* ExcelJS cells, not Office.js proxies: the Office.js load/sync lint rules mistake getCell() for Excel.Worksheet.getCell. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
/**
 * Plain messages for inputs that are not what they seem (issue 12 item 14): a password-protected workbook, a .csv,
 * sheet names Excel refuses, a date typed into a number cell, a merge across data cells.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { T3_COLUMNS, T3_NEW } from "../core/format";
import { realisticReport } from "../core/check/testing/fixtures";
import { checkReports } from "../features/checkReports";
import { cellAt } from "../features/__tests__/workbooks";
import { exceljsHost, newWorkbook, openXlsx, saveXlsx } from "../hosts/exceljs";
import { a1Ref } from "../hosts/types";
import { writeReportXlsx } from "./__tests__/reportFiles";
import { readInput } from "./inputs";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dt-messages-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function findingsOf(file: string) {
  const read = await readInput(file);
  if (!read.ok) throw new Error(read.message);
  return checkReports(read.reports).flatMap((c) => c.findings);
}

/**
 * The start of a password-protected Office file: an OLE compound file (the header Excel writes) whose directory
 * holds the streams EncryptionInfo and EncryptedPackage, as every encrypted .xlsx does.
 */
function encryptedPackageBytes(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(header);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const directory = Buffer.alloc(512);
  ["Root Entry", "EncryptionInfo", "EncryptedPackage"].forEach((name, i) => {
    const entry = directory.subarray(i * 128, (i + 1) * 128);
    entry.write(name, 0, "utf16le");
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    entry[66] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, Buffer.alloc(512), directory, Buffer.alloc(4096)]);
}

test("a password-protected workbook is called so, not an old .xls", async () => {
  const file = path.join(dir, "报表.xlsx");
  writeFileSync(file, encryptedPackageBytes());
  const read = await readInput(file);
  expect(read).toEqual({
    ok: false,
    message: `${file}：文件设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx 再试`,
  });
});

test("a .csv is not supported yet, said plainly (not “no table found”)", async () => {
  const file = path.join(dir, "报表.csv");
  writeFileSync(file, "三、收到和处理政府信息公开申请情况,,\n一、本年新收政府信息公开申请数量,1,2\n");
  const read = await readInput(file);
  expect(read.ok).toBe(false);
  if (!read.ok) expect(read.message).toMatch(/^.+报表\.csv：暂不支持 \.csv 文件.*另存为 \.xlsx/);
});

test.each([
  ["2024/报表", "不能含有以下字符"],
  ["'某乡", "不能以单引号开头或结尾"],
  ["某县".repeat(16), "超过 31 个字符"],
  ["History", "保留的工作表名称"],
])("a sheet name Excel refuses (%s) is refused in Chinese by the ExcelJS host", async (name, why) => {
  const host = exceljsHost(newWorkbook());
  await expect(host.run((s) => s.write([{ op: "addSheet", sheet: name }]))).rejects.toThrow(why);
});

test("a date typed into a number cell is an R7 error naming the date, not a count of 45658", async () => {
  const file = path.join(dir, "date.xlsx");
  await writeReportXlsx(file, realisticReport());
  const workbook = await openXlsx(file);
  const at = cellAt(2024, "三", T3_NEW, T3_COLUMNS[0]);
  const cell = workbook.worksheets[0].getRow(at.row + 1).getCell(at.col + 1);
  cell.value = new Date(Date.UTC(2025, 0, 1));
  // A style of its own: loaded cells share style objects, and numFmt= would change every cell that shares it.
  cell.style = { ...cell.style, numFmt: "yyyy-mm-dd" };
  await saveXlsx(workbook, file);
  const r7 = (await findingsOf(file)).filter((f) => f.rule === "R7");
  expect(r7.map((f) => f.message)).toEqual([expect.stringContaining("“2025-01-01”不是数字")]);
  expect(r7[0].cells[0].ref).toEqual({ sheet: workbook.worksheets[0].name, row: at.row, col: at.col });
});

test("a merge across data cells is named (R7), not reported as blanks", async () => {
  const file = path.join(dir, "merge.xlsx");
  await writeReportXlsx(file, realisticReport());
  const workbook = await openXlsx(file);
  const first = cellAt(2024, "三", T3_NEW, T3_COLUMNS[0]);
  const sheet = workbook.worksheets[0];
  sheet.mergeCells(first.row + 1, first.col + 1, first.row + 1, first.col + 3);
  await saveXlsx(workbook, file);
  const findings = await findingsOf(file);
  const merged = findings.filter((f) => f.message.includes("合并"));
  const range = `${a1Ref(sheet.name, first.row, first.col).split("!")[1]}:${a1Ref(sheet.name, first.row, first.col + 2).split("!")[1]}`;
  expect(merged.map((f) => [f.rule, f.cells[0].ref])).toEqual([
    ["R7", { sheet: sheet.name, row: first.row, col: first.col + 1 }],
    ["R7", { sheet: sheet.name, row: first.row, col: first.col + 2 }],
  ]);
  expect(merged[0].message).toContain(`（${range}）`);
  expect(findings.filter((f) => f.rule === "R8")).toEqual([]);
});
