/**
 * What `rollup` counts as a part (issue 12 item 3): an earlier summary in the folder is never a part; the same
 * report given twice (a copy, a symbolic link, the same file named twice) is counted once; a hidden draft sheet is
 * not a part. Each is named in a warning.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { allDataCells, cellKey, FORMATS } from "../core/format";
import { sumReports } from "../core/check/sum";
import { realisticReport } from "../core/check/testing/fixtures";
import { reportsFromGrid } from "../core/report/fromGrid";
import type { Report } from "../core/report/model";
import { reportSheetOps } from "../features/reportSheet";
import { exceljsHost, newWorkbook, openXlsx, saveXlsx } from "../hosts/exceljs";
import { cli, ensureCliBuilt } from "./__tests__/run";
import { writeReportXlsx } from "./__tests__/reportFiles";

let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-rollup-parts-"));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function unitReport(seed: number, unit: string): Report {
  const report = realisticReport({ seed });
  report.unit = unit;
  return report;
}

/** A workbook with `report` on a visible sheet and `draft` on a hidden sheet after it. */
async function writeWithHiddenDraft(file: string, report: Report, draft: Report): Promise<void> {
  const workbook = newWorkbook();
  const host = exceljsHost(workbook);
  for (const [r, sheetBase] of [
    [report, "2024年报表"],
    [draft, "草稿"],
  ] as const) {
    await host.run(async (session) => {
      const made = reportSheetOps(r, await session.read({ values: false }), { unit: r.unit!, year: 2024, sheetBase });
      await session.write(made.ops);
    });
  }
  workbook.getWorksheet("草稿")!.state = "hidden";
  await saveXlsx(workbook, file);
}

async function readSummary(file: string): Promise<Report> {
  const snapshot = await exceljsHost(await openXlsx(file)).run((s) => s.read({ values: true }));
  return reportsFromGrid(snapshot)[0];
}

function expectSumOf(summary: Report, parts: Report[]): void {
  const expected = sumReports(parts, { format: "2021", year: 2024, unit: "某县" }).report;
  for (const def of allDataCells(FORMATS["2021"])) {
    const key = cellKey(def.table, def.row, def.column);
    expect([key, summary.cells.get(key)?.value]).toEqual([key, expected.cells.get(key)?.value]);
  }
}

test("an earlier summary, a copy, a symlink, the same file twice and a hidden draft sheet are each counted once or not at all, and named", async () => {
  const root = path.join(dir, "parts");
  mkdirSync(root);
  const jia = unitReport(1, "甲乡");
  const yi = unitReport(2, "乙乡");
  const bing = unitReport(3, "丙乡");
  await writeReportXlsx(path.join(root, "甲乡.xlsx"), jia);
  await writeReportXlsx(path.join(root, "乙乡.xlsx"), yi);
  await writeWithHiddenDraft(path.join(root, "丙乡.xlsx"), bing, unitReport(4, "丙乡"));

  // Last month's summary, saved into the parts folder under another name.
  const earlier = path.join(root, "上次汇总.xlsx");
  const first = cli(["rollup", root, "-o", earlier, "--unit", "某县"]);
  expect(first.status).toBe(0);
  expect(first.stdout).toContain("汇总了 3 份报告");
  expectSumOf(await readSummary(earlier), [jia, yi, bing]);

  copyFileSync(path.join(root, "甲乡.xlsx"), path.join(root, "甲乡（副本）.xlsx"));
  symlinkSync(path.join(root, "乙乡.xlsx"), path.join(root, "乙乡链接.xlsx"));
  const out = path.join(dir, "汇总.xlsx");
  const run = cli(["rollup", root, path.join(root, "甲乡.xlsx"), "-o", out, "--unit", "某县"]);
  expect(run.stderr).toContain(`${earlier}：是一份汇总表（含汇总明细），不作为下级报告计入`);
  expect(run.stderr).toContain(
    `${path.join(root, "甲乡（副本）.xlsx")}：与 ${path.join(root, "甲乡.xlsx")} 的单位和数字完全相同，视为同一份报告，只计入一次`,
  );
  expect(run.stderr).toContain(
    `${path.join(root, "乙乡链接.xlsx")}：与 ${path.join(root, "乙乡.xlsx")} 是同一个文件，只计入一次`,
  );
  expect(run.stderr).toContain(`${path.join(root, "丙乡.xlsx")}：隐藏的工作表“草稿”不计入`);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("汇总了 3 份报告");
  expect(run.stdout).toContain("汇总表校验：全部通过");
  expectSumOf(await readSummary(out), [jia, yi, bing]);

  // check --parts: the same parts, the same warnings, the summary equals them.
  const parts = cli(["check", out, "--parts", root]);
  expect(parts.stderr).toContain("是一份汇总表（含汇总明细），不作为下级报告计入");
  expect(parts.stdout).toContain("与 3 份下级报告逐格核对");
  expect(parts.status).toBe(0);
}, 240_000);
