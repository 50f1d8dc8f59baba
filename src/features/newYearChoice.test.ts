/* ExcelJS cells, not Office.js proxies: the Office.js load/sync lint rules mistake getCell() for Excel.Worksheet.getCell. */

/**
 * 生成新年度 and check choose the right year (issue 12, behaviours no test held): an existing 2025年报表 is never
 * written onto; the latest year is the source whatever sheet is active; check takes the latest as the file's report.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type ExcelJS from "exceljs";
import { T3_CARRIED_IN, T3_CARRIED_OUT, T3_COLUMNS, cellKey } from "../core/format";
import { realisticReport } from "../core/check/testing/fixtures";
import { exceljsHost, newWorkbook, saveXlsx } from "../hosts/exceljs";
import { checkJson, ensureCliBuilt } from "../cli/__tests__/run";
import { insertTables } from "./insert";
import { newYear } from "./newYear";
import { ALL_TABLES, cellAt, setReport } from "./__tests__/workbooks";

function activate(workbook: ExcelJS.Workbook, name: string): void {
  const index = workbook.worksheets.findIndex((s) => s.name === name);
  workbook.views = [{ x: 0, y: 0, width: 12000, height: 8000, visibility: "visible", firstSheet: 0, activeTab: index }];
}

async function workbookWith(years: number[]): Promise<ExcelJS.Workbook> {
  const workbook = newWorkbook();
  for (const year of years) {
    await insertTables(exceljsHost(workbook), { year, unit: "胡集乡", tables: ALL_TABLES });
    setReport(workbook.getWorksheet(`${year}年报表`)!, year, realisticReport({ seed: year, year }));
  }
  return workbook;
}

test("a sheet named 2025年报表 already there: the new year goes to another sheet, the existing one untouched", async () => {
  const workbook = await workbookWith([2024]);
  const existing = workbook.addWorksheet("2025年报表");
  existing.getCell("A1").value = "我的草稿";
  existing.getCell("C5").value = 99;
  const result = await newYear(exceljsHost(workbook));
  expect(result.year).toBe(2025);
  expect(result.sheet).not.toBe("2025年报表");
  expect(result.sheet).toMatch(/^2025年报表(-胡集乡|\(2\))$/);
  expect(existing.getCell("A1").value).toBe("我的草稿");
  expect(existing.getCell("C5").value).toBe(99);
  let cells = 0;
  existing.eachRow((row) => row.eachCell(() => (cells += 1)));
  expect(cells).toBe(2);
});

test("a workbook holding 2023 and 2024 with 2023 active: 生成新年度 starts from 2024", async () => {
  const workbook = await workbookWith([2023, 2024]);
  activate(workbook, "2023年报表");
  const result = await newYear(exceljsHost(workbook));
  expect(result.year).toBe(2025);
  const carriedOut = realisticReport({ seed: 2024, year: 2024 }).cells.get(
    cellKey("三", T3_CARRIED_OUT, T3_COLUMNS[0]),
  )!.value;
  const at = cellAt(2025, "三", T3_CARRIED_IN, T3_COLUMNS[0]);
  expect(
    workbook
      .getWorksheet(result.sheet)!
      .getRow(at.row + 1)
      .getCell(at.col + 1).value,
  ).toBe(carriedOut);
});

test("check of a workbook holding 2023 and 2024 (2023 active) names the 2024 report as the file's", async () => {
  ensureCliBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), "dt-two-years-"));
  try {
    const workbook = await workbookWith([2023, 2024]);
    activate(workbook, "2023年报表");
    const file = path.join(dir, "两年.xlsx");
    await saveXlsx(workbook, file);
    const run = checkJson([file]);
    expect(run.json.files[0].year).toBe(2024);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
