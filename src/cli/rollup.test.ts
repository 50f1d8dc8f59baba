/* ExcelJS cells, not Office.js proxies: the Office.js load/sync lint rules mistake getCell() for Excel.Worksheet.getCell. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
/** `rollup` and `check SUMMARY --parts PART...` through the real command line. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { allDataCells, cellKey, FORMATS, type TableId } from "../core/format";
import { sumReports } from "../core/check/sum";
import { realisticReport } from "../core/check/testing/fixtures";
import { emptyReport, getValue, setValue } from "../core/report/build";
import { reportsFromGrid } from "../core/report/fromGrid";
import { reportFromText } from "../core/report/fromText";
import type { Report } from "../core/report/model";
import { exceljsHost, openXlsx, saveXlsx } from "../hosts/exceljs";
import { describeShared, readSample, sharedPath } from "../../test/shared";
import { checkJson, cli, ensureCliBuilt } from "./__tests__/run";
import { writeReportXlsx } from "./__tests__/reportFiles";

let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-rollup-"));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LICENCE = ["二", "第二十条第（五）项/行政许可", "本年处理决定数量"] as const;
const HUJI = () => sharedPath("samples", "huji-township-2024.txt");
const HUAIAN = () => sharedPath("samples", "huaian-city-2024.txt");

async function readSummary(file: string): Promise<Report[]> {
  const snapshot = await exceljsHost(await openXlsx(file)).run((s) => s.read({ values: true }));
  return reportsFromGrid(snapshot);
}

/** Changes one data cell of the summary file by `by`; returns its value before. */
async function changeCell(file: string, out: string, key: readonly [TableId, string, string], by: number) {
  const [summary] = await readSummary(file);
  const cell = summary.cells.get(cellKey(...key))!;
  const workbook = await openXlsx(file);
  const target = workbook
    .getWorksheet(cell.ref!.sheet)!
    .getRow(cell.ref!.row + 1)
    .getCell(cell.ref!.col + 1);
  const before = Number(target.value);
  target.value = before + by;
  await saveXlsx(workbook, out);
  return { before, ref: cell.ref! };
}

describeShared("rollup of the real samples (胡集乡 + 淮安市, 2024)", () => {
  const out = () => path.join(dir, "某县汇总.xlsx");

  test("writes a summary that passes check; check --parts agrees; a changed cell is found by R11", async () => {
    // A city: 淮安市 makes 规章, which a county summary could not hold (R9).
    const run = cli(["rollup", HUJI(), HUAIAN(), "-o", out(), "--unit", "某市", "--year", "2024"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("汇总了 2 份报告");
    expect(run.stdout).toContain("汇总表校验：全部通过");

    const parts = [HUJI(), HUAIAN()].map((f) => reportFromText(readSample(path.basename(f)), f));
    const expected = sumReports(parts, { format: "2021", year: 2024, unit: "某市" }).report;
    const [summary, ...others] = await readSummary(out());
    expect(others).toEqual([]);
    expect(summary).toMatchObject({ unit: "某市", year: 2024, format: "2021", tables: ["二", "三", "四"] });
    for (const def of allDataCells(FORMATS["2021"])) {
      const key = cellKey(def.table, def.row, def.column);
      expect([key, summary.cells.get(key)?.value]).toEqual([key, expected.cells.get(key)?.value]);
    }

    const checked = checkJson([out()]);
    expect(checked.status).toBe(0);
    expect(checked.json.files[0].findings).toEqual([]);
    const withParts = checkJson([out(), "--parts", HUJI(), HUAIAN()]);
    expect(withParts.status).toBe(0);
    expect(withParts.json.files).toHaveLength(1);
    expect(withParts.json.files[0].findings).toEqual([]);

    const changed = path.join(dir, "某县汇总-改.xlsx");
    const { before, ref } = await changeCell(out(), changed, LICENCE, -20);
    expect(checkJson([changed]).status).toBe(0);
    const r11 = checkJson([changed, "--parts", HUJI(), HUAIAN()]);
    expect(r11.status).toBe(1);
    expect(r11.json.files[0].findings).toEqual([
      expect.objectContaining({
        severity: "error",
        rule: "R11",
        table: "二",
        message: `行政许可·本年处理决定数量 为 ${before - 20}，但各下级报告之和为 ${before}（相差 -20）`,
        imbalance: -20,
        suspect: expect.objectContaining({
          row: LICENCE[1],
          column: LICENCE[2],
          ref: `'${ref.sheet}'!B${ref.row + 1}`,
          value: before - 20,
          suggested: before,
        }),
      }),
    ]);
    const text = cli(["check", changed, "--parts", HUJI(), HUAIAN()]);
    expect(text.stdout).toContain("与 2 份下级报告逐格核对");
    expect(text.stdout).toContain("[错误] 表二：行政许可·本年处理决定数量");
  });

  test("reports of different years are refused (exit 2), naming them; nothing is written", () => {
    const file = path.join(dir, "mixed-years.xlsx");
    const run = cli(["rollup", HUJI(), sharedPath("samples", "suqian-city-2023.txt"), "-o", file, "--unit", "某县"]);
    expect(run.status).toBe(2);
    const suqian = sharedPath("samples", "suqian-city-2023.txt");
    expect(run.stderr).toContain(
      `各报告的年度不同，不能汇总：“胡集乡（${HUJI()}）” 是 2024 年度的；“宿迁市（${suqian}）” 是 2023 年度的`,
    );
    expect(existsSync(file)).toBe(false);
    const asked = cli(["rollup", HUJI(), "-o", file, "--unit", "某县", "--year", "2023"]);
    expect(asked.status).toBe(2);
    expect(asked.stderr).toContain(`汇总年度为 2023 年，但 “胡集乡（${HUJI()}）” 是 2024 年度的`);
  });

  test("reports of different formats are refused (exit 2)", async () => {
    const old = emptyReport({ format: "2019", year: 2024, unit: "旧表乡" }, 0);
    const file = path.join(dir, "旧表乡.xlsx");
    await writeReportXlsx(file, old, "旧表乡");
    const run = cli(["rollup", HUJI(), file, "-o", path.join(dir, "mixed-formats.xlsx"), "--unit", "某县"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `各报告的表格格式不同，不能汇总到同一张表：“胡集乡（${HUJI()}）” 为 2021 年版格式；“旧表乡（${file}）” 为 2019 年版格式`,
    );
  });
});

describe("rollup of generated workbooks", () => {
  async function folderOf(name: string, reports: Report[]): Promise<string> {
    const root = path.join(dir, name);
    mkdirSync(root, { recursive: true });
    for (const report of reports) await writeReportXlsx(path.join(root, `${report.unit}.xlsx`), report);
    return root;
  }
  const named = (seed: number, unit: string) => Object.assign(realisticReport({ seed }), { unit });

  test("a folder of reports: the summary equals their sum in every cell", async () => {
    const reports = [named(21, "甲乡"), named(22, "乙镇"), named(23, "丙街道"), named(24, "丁乡")];
    const root = await folderOf("folder", reports);
    const out = path.join(dir, "folder-sum.xlsx");
    const run = cli(["rollup", root, "-o", out, "--unit", "某县"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("汇总了 4 份报告");
    const [summary] = await readSummary(out);
    const expected = sumReports(reports, { format: "2021", year: 2024, unit: "某县" }).report;
    for (const def of allDataCells(FORMATS["2021"])) {
      const key = cellKey(def.table, def.row, def.column);
      expect([key, summary.cells.get(key)?.value]).toEqual([key, expected.cells.get(key)?.value]);
    }
    expect(checkJson([out, "--parts", root]).json.files[0].findings).toEqual([]);

    // Written into the folder it sums: on the next run (and in check --parts) it is not one of its own parts.
    const inside = path.join(root, "某县汇总.xlsx");
    expect(cli(["rollup", root, "-o", inside, "--unit", "某县"]).status).toBe(0);
    const again = cli(["rollup", root, "-o", inside, "--unit", "某县", "--force"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("汇总了 4 份报告");
    const [resummed] = await readSummary(inside);
    expect(resummed.cells.get(cellKey(...LICENCE))?.value).toBe(expected.cells.get(cellKey(...LICENCE))?.value);
    const parts = checkJson([inside, "--parts", root]);
    expect(parts.status).toBe(0);
    expect(parts.json.files[0].findings).toEqual([]);
  });

  test("inputs with errors stop the roll-up (exit 1) naming them; --force rolls up anyway and says so", async () => {
    const wrong = named(31, "错乡");
    setValue(wrong, "四", "", "行政复议/总计", (getValue(wrong, "四", "", "行政复议/总计") ?? 0) + 1);
    const root = await folderOf("errors", [named(32, "好乡"), wrong]);
    const out = path.join(dir, "errors-sum.xlsx");
    const run = cli(["rollup", root, "-o", out, "--unit", "某县"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("1 份报告校验有错误，未汇总");
    expect(run.stderr).toContain(`${path.join(root, "错乡.xlsx")}（错乡）：`);
    expect(run.stderr).toContain("结果维持、结果纠正、其他结果、尚未审结之和");
    expect(run.stderr).not.toMatch(/\bR\d+\b/);
    expect(existsSync(out)).toBe(false);

    const forced = cli(["rollup", root, "-o", out, "--unit", "某县", "--force"]);
    expect(existsSync(out)).toBe(true);
    expect(forced.stdout).toContain("注意：1 份报告有错误，已按 --force 照原样汇总。");
    expect(forced.stdout).toContain("汇总表校验：");
    expect(forced.status).toBe(1);
  });

  test("an unreadable input stops the roll-up (exit 2) and is named", async () => {
    const root = await folderOf("unreadable", [named(41, "甲乡")]);
    writeFileSync(path.join(root, "坏.xlsx"), "PK\u0003\u0004 broken");
    const out = path.join(dir, "unreadable-sum.xlsx");
    const run = cli(["rollup", root, "-o", out, "--unit", "某县"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${path.join(root, "坏.xlsx")}：不是有效的 .xlsx 工作簿`);
    expect(existsSync(out)).toBe(false);
  });

  test("arguments: output, unit required; an existing output is not overwritten without --force", async () => {
    const root = await folderOf("args", [named(51, "甲乡")]);
    expect(cli(["rollup", root, "--unit", "某县"]).stderr).toContain("缺少输出文件");
    expect(cli(["rollup", root, "-o", path.join(dir, "a.xlsx")]).stderr).toContain("缺少汇总单位名称");
    const existing = path.join(dir, "existing.xlsx");
    writeFileSync(existing, "keep me");
    const run = cli(["rollup", root, "-o", existing, "--unit", "某县"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("已存在");
  });

  test("check --parts: the options may stand after the parts; exactly one summary is required", async () => {
    const reports = [named(61, "甲乡"), named(62, "乙镇")];
    const root = await folderOf("parts", reports);
    const out = path.join(dir, "parts-sum.xlsx");
    expect(cli(["rollup", root, "-o", out, "--unit", "某县"]).status).toBe(0);
    const changed = path.join(dir, "parts-sum-changed.xlsx");
    await changeCell(out, changed, ["四", "", "行政复议/结果维持"], 3);
    const run = cli([
      "check",
      changed,
      "--parts",
      path.join(root, "甲乡.xlsx"),
      path.join(root, "乙镇.xlsx"),
      "--json",
    ]);
    expect(run.status).toBe(1);
    const findings = JSON.parse(run.stdout).files[0].findings as { rule: string }[];
    // R4 fails in the summary itself, and R11 names the changed cell.
    expect(findings.map((f) => f.rule).sort()).toEqual(["R11", "R4"]);
    const two = cli(["check", out, changed, "--parts", root]);
    expect(two.status).toBe(2);
    expect(two.stderr).toContain("--parts 之前应恰好给出一个汇总报告文件");
    const none = cli(["check", out, "--parts"]);
    expect(none.status).toBe(2);
  });
});
