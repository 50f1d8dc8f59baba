/* ExcelJS cells, not Office.js proxies: the Office.js load/sync lint rules mistake getCell() for Excel.Worksheet.getCell. */
/* eslint-disable office-addins/call-sync-before-read */
/**
 * One check of a workbook (features/checkSnapshot): the command line's `check` and the task pane's 校验 give the same
 * findings on the same saved .xlsx, a roll-up made by 汇总 in the workbook included (DT_YYYY_PARTS, R11).
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { findingToJson } from "../core/check/json";
import { realisticReport } from "../core/check/testing/fixtures";
import { cellKey, T3_NATURAL, T3_RESULT_TOTAL } from "../core/format";
import { reportsFromGrid } from "../core/report/fromGrid";
import { exceljsHost, newWorkbook, openXlsx, saveXlsx } from "../hosts/exceljs";
import { checkWorkbook } from "../features/check";
import { reportSheetOps } from "../features/reportSheet";
import { rollupSheets } from "../features/rollup";
import { checkJson, ensureCliBuilt } from "./__tests__/run";

const UNITS = ["甲乡", "乙镇", "丙街道"];
let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-same-check-"));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Three township sheets and the county's summary made by 汇总 in the same workbook, saved; then one township cell changed. */
async function rollupWorkbook(file: string, changeBy: number): Promise<void> {
  const workbook = newWorkbook();
  const host = exceljsHost(workbook);
  await host.run(async (session) => {
    const empty = { sheets: [], names: [] };
    const ops = UNITS.flatMap((unit, i) => {
      const report = realisticReport({ seed: 300 + i, year: 2024 });
      report.unit = unit;
      return reportSheetOps(report, empty, { unit, year: 2024, sheetBase: unit }).ops.filter(
        (op) => op.op !== "addName",
      );
    });
    await session.write(ops);
  });
  await rollupSheets(host, { sheets: UNITS, unit: "某县" });
  if (changeBy !== 0) {
    const snapshot = await host.run((s) => s.read({ values: true }));
    const township = reportsFromGrid(snapshot).find((r) => r.source === UNITS[1])!;
    const ref = township.cells.get(cellKey("三", T3_RESULT_TOTAL, T3_NATURAL))!.ref!;
    const cell = workbook
      .getWorksheet(ref.sheet)!
      .getRow(ref.row + 1)
      .getCell(ref.col + 1);
    cell.value = Number(cell.value) + changeBy;
  }
  await saveXlsx(workbook, file);
}

async function paneFindings(file: string) {
  const checked = await checkWorkbook(exceljsHost(await openXlsx(file)));
  return checked.reports.flatMap((r) => r.findings).map(findingToJson);
}

describe("check (CLI) and 校验 (task pane) on the same saved workbook with an in-workbook roll-up", () => {
  test("as written by 汇总: both pass (exit 0)", async () => {
    const file = path.join(dir, "汇总.xlsx");
    await rollupWorkbook(file, 0);
    const cli = checkJson([file]);
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(0);
    expect(await paneFindings(file)).toEqual(cli.json.files[0].findings);
  });

  test("a township cell changed after 汇总: the same R11 findings from both, and check exits 1", async () => {
    const file = path.join(dir, "汇总-改动.xlsx");
    await rollupWorkbook(file, 5);
    const cli = checkJson([file]);
    expect(cli.status).toBe(1);
    const pane = await paneFindings(file);
    expect(pane).toEqual(cli.json.files[0].findings);
    const r11 = pane.filter((f) => f.rule === "R11");
    expect(r11.length).toBeGreaterThan(0);
    expect(r11.some((f) => /各下级报告之和/.test(f.message) && f.severity === "error")).toBe(true);
  });
});
