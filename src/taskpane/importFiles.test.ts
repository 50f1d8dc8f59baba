/**
 * The task pane's 导入报告 path (importFiles, what the button calls) with workbooks made here by ExcelJS: a workbook
 * of several report sheets, one laid out the way WPS 表格 saves a clerk's table (no DT_ names, totals as =SUM with
 * their cached results), imports each report as a sheet and 校验 runs; damaged and foreign files are refused in
 * Chinese; the hostile workbooks the command line refuses are refused here too.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import { T3_NATURAL, T3_RESULTS, T3_TOTAL } from "../core/format";
import { realisticReport } from "../core/check/testing/fixtures";
import { reportsFromGrid } from "../core/report/fromGrid";
import type { Report } from "../core/report/model";
import { reportSheetOps } from "../features/reportSheet";
import { exceljsHost, newWorkbook } from "../hosts/exceljs";
import { officeHost } from "../hosts/office";
import { STANDIN_CLIENT } from "../../test/clients";
import { importFiles } from "./importFiles";
import { importedMessage } from "./strings";
import { jszipSizer, zipTooLarge } from "../documents/zipBudget";
import { zlibSizer } from "../cli/zlibSizer";

const { writeHostileInputs } = require("../../scripts/bench/hostileInputs") as {
  writeHostileInputs(dir: string, opts?: { bombMb?: number }): Record<string, string>;
};

const GRANTED = `${T3_RESULTS}/（一）予以公开`;
const noPdf = { loadPdfjs: () => Promise.reject(new Error("no PDF in this test")) };

function paneHost() {
  const standin = STANDIN_CLIENT.create();
  return officeHost({ excel: standin.Excel, isSetSupported: standin.isSetSupported });
}

/**
 * An .xlsx of several reports, one a sheet. `wps`: saved the way WPS 表格 saves a table a clerk typed — no defined
 * names, every 总计 of table 三 a =SUM of its row with the cached result, the application WPS 表格.
 */
async function reportsXlsx(reports: readonly Report[], wps = false): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const host = exceljsHost(workbook);
  for (const report of reports) {
    await host.run(async (session) => {
      const sheet = reportSheetOps(report, await session.read({ values: false }), {
        unit: report.unit ?? "某乡",
        year: report.year ?? 2024,
        sheetBase: `${report.unit}${report.year}`,
      });
      await session.write(sheet.ops);
    });
  }
  let sums = 0;
  if (wps) {
    const snapshot = await host.run((s) => s.read({ values: true }));
    for (const read of reportsFromGrid(snapshot)) {
      const cells = [...read.cells.values()].filter((c) => c.def.table === "三" && c.ref !== null);
      for (const total of cells.filter((c) => c.def.column === T3_TOTAL)) {
        const row = cells.filter((c) => c.def.row === total.def.row && c !== total).map((c) => c.ref!.col);
        const sheet = workbook.getWorksheet(total.ref!.sheet)!;
        const at = (col: number) => sheet.getCell(total.ref!.row + 1, col + 1).address;
        sheet.getCell(total.ref!.row + 1, total.ref!.col + 1).value = {
          formula: `SUM(${at(Math.min(...row))}:${at(Math.max(...row))})`,
          result: total.value ?? 0,
        };
        sums += 1;
      }
    }
  }
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  if (wps) {
    expect(sums).toBeGreaterThan(0);
    const book = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", book.replace(/<definedNames>.*<\/definedNames>/s, ""));
    const app = await zip.file("docProps/app.xml")!.async("string");
    zip.file(
      "docProps/app.xml",
      app.replace(/<Application>[^<]*<\/Application>/, "<Application>WPS 表格</Application>"),
    );
  }
  return zip.generateAsync({ type: "uint8array" });
}

test("a workbook of two report sheets imports each as a sheet; 校验 passes the clean one and names the typo", async () => {
  const clean = realisticReport({ seed: 61 });
  clean.unit = "甲镇";
  const typoed = realisticReport({ seed: 62 });
  typoed.unit = "乙乡";
  const key = `三|${GRANTED}|${T3_NATURAL}`;
  const right = typoed.cells.get(key)!.value!;
  typoed.cells.set(key, { ...typoed.cells.get(key)!, raw: right + 7, value: right + 7 });
  const host = paneHost();

  const result = await importFiles(host, [{ name: "两份.xlsx", bytes: await reportsXlsx([clean, typoed]) }], noPdf);

  expect(result.refused).toEqual([]);
  expect(result.imported).toEqual([
    { file: "两份.xlsx", sheet: "甲镇2024" },
    { file: "两份.xlsx", sheet: "乙乡2024" },
  ]);
  const [a] = reportsFromGrid(await host.run((s) => s.read({ values: true })));
  for (const [k, cell] of clean.cells) expect([k, a.cells.get(k)?.value]).toEqual([k, cell.value]);
  const bySheet = new Map(result.check!.reports.map((r) => [r.source, r]));
  expect(bySheet.get("甲镇2024")?.findings.filter((f) => f.severity === "error")).toEqual([]);
  const errors = bySheet.get("乙乡2024")?.findings.filter((f) => f.severity === "error") ?? [];
  expect(errors.length).toBeGreaterThan(0);
  for (const f of errors) expect(f.suspect).toMatchObject({ row: GRANTED, column: T3_NATURAL, suggested: right });
});

test("a workbook saved like WPS 表格's, totals as =SUM and no names, imports with the totals' values and checks clean", async () => {
  const report = realisticReport({ seed: 63 });
  report.unit = "丙街道";
  const host = paneHost();

  const result = await importFiles(host, [{ name: "丙街道.xlsx", bytes: await reportsXlsx([report], true) }], noPdf);

  expect(result.refused).toEqual([]);
  expect(result.imported).toEqual([{ file: "丙街道.xlsx", sheet: "丙街道2024" }]);
  const [read] = reportsFromGrid(await host.run((s) => s.read({ values: true })));
  const totals = [...report.cells].filter(([k]) => k.startsWith("三|") && k.endsWith(`|${T3_TOTAL}`));
  expect(totals.length).toBeGreaterThan(0);
  for (const [k, cell] of report.cells) expect([k, read.cells.get(k)?.value]).toEqual([k, cell.value]);
  expect(result.check!.reports[0].findings.filter((f) => f.severity === "error")).toEqual([]);
});

describe("files that are not report workbooks", () => {
  let dir: string;
  let hostile: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "dt-pane-import-"));
    hostile = writeHostileInputs(dir, { bombMb: 1024 });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const COMPOUND_FILE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);

  test("a damaged .xlsx, an .et, an .xls and zip bombs are each refused in Chinese; nothing is written", async () => {
    const good = await reportsXlsx([realisticReport({ seed: 64 })]);
    const files = [
      { name: "断了.xlsx", bytes: good.subarray(0, Math.floor(good.length / 2)) },
      { name: "丁乡.et", bytes: COMPOUND_FILE },
      { name: "戊镇.xls", bytes: COMPOUND_FILE },
      { name: "炸弹.xlsx", bytes: readFileSync(hostile["zip-bomb-1024MB.xlsx"]) },
      { name: "谎报.xlsx", bytes: readFileSync(hostile["zip-bomb-lying-1024MB.xlsx"]) },
    ];
    const host = paneHost();
    const before = (await host.run((s) => s.read({ values: false }))).sheets.map((s) => s.name);

    const result = await importFiles(host, files, noPdf);

    expect(result.imported).toEqual([]);
    expect(result.check).toBeNull();
    const why = new Map(result.refused.map((r) => [r.file, r.message]));
    expect(why.get("断了.xlsx")).toMatch(/^不是有效的 \.xlsx 工作簿（文件已损坏/);
    expect(why.get("丁乡.et")).toMatch(/WPS 表格的 \.et 文件.*另存为.*\.xlsx/);
    expect(why.get("戊镇.xls")).toMatch(/旧版 Excel（\.xls）.*另存为 \.xlsx/);
    expect(why.get("炸弹.xlsx")).toContain("表格内容解压后超过 32 MB（约 1025 MB），未读取");
    expect(why.get("谎报.xlsx")).toContain("压缩炸弹");
    // Nothing of JSZip's or ExcelJS's English reaches the user.
    for (const message of why.values())
      expect(message.replace(/\.xlsx|\.xls|\.et|Excel|WPS|MB/g, "")).not.toMatch(/[A-Za-z]/);
    expect((await host.run((s) => s.read({ values: false }))).sheets.map((s) => s.name)).toEqual(before);
  }, 120_000);

  test("a file too large to be a report is refused with its size, the reader never called", async () => {
    const host = paneHost();
    const pdfjs = jest.fn(() => Promise.reject(new Error("must not be read")));
    const result = await importFiles(
      host,
      [{ name: "扫描件.pdf", bytes: new Uint8Array(0), size: 200 * 1024 * 1024 }],
      { loadPdfjs: pdfjs },
    );
    expect(result.refused).toEqual([{ file: "扫描件.pdf", message: "文件过大（200 MB，上限 64 MB），未读取" }]);
    expect(pdfjs).not.toHaveBeenCalled();
  });

  test("the browser's inflater (JSZip) and the command line's (zlib) size each zip alike", async () => {
    const good = await reportsXlsx([realisticReport({ seed: 65 })]);
    for (const bytes of [good, readFileSync(hostile["zip-bomb-lying-1024MB.xlsx"])]) {
      expect(await zipTooLarge(bytes, jszipSizer)).toEqual(await zipTooLarge(bytes, zlibSizer));
    }
    expect(await zipTooLarge(good, jszipSizer)).toBeNull();
    expect(await zipTooLarge(readFileSync(hostile["zip-bomb-lying-1024MB.xlsx"]), jszipSizer)).toContain("压缩炸弹");
  }, 120_000);

  test("a workbook with a stray cell in XFD1048576 and one whose name covers the sheet are read, not hung on", async () => {
    const host = paneHost();
    const result = await importFiles(
      host,
      ["stray-cell-XFD1048576.xlsx", "name-covers-sheet.xlsx"].map((name) => ({
        name,
        bytes: readFileSync(hostile[name]),
      })),
      noPdf,
    );
    expect(result.refused).toEqual([]);
    expect(result.imported.map((i) => i.file)).toEqual(["stray-cell-XFD1048576.xlsx", "name-covers-sheet.xlsx"]);
    expect(result.check).not.toBeNull();
    // What the reader noticed is said with the sheet it became: the new sheet no longer shows it.
    const [stray, covers] = result.imported.map((i) => i.sheet);
    expect(result.readNotes).toEqual(
      expect.arrayContaining([
        { sheet: stray, message: expect.stringContaining("远离表格所在区域，未读取") },
        { sheet: covers, message: expect.stringContaining("表三在“一、本年新收政府信息公开申请数量”之后中断") },
      ]),
    );
    const said = importedMessage(result.imported, result.refused, result.readNotes);
    expect(said).toMatch(/^已导入 2 份报告：.*读取时发现：/);
    expect(said).toContain(`“${stray}”：工作表“2024年报表”中有 1 个单元格（如 XFD1048576）远离表格所在区域`);
    expect(said).toContain(`“${covers}”：表三在“一、本年新收政府信息公开申请数量”之后中断`);
  }, 120_000);
});
