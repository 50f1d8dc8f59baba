/** `compare THIS_YEAR LAST_YEAR -o 对比.xlsx` through the real command line. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { realisticReport } from "../core/check/testing/fixtures";
import { cellKey, T3_NEW, T3_TOTAL } from "../core/format";
import { exceljsHost, openXlsx } from "../hosts/exceljs";
import { describeShared, sharedPath } from "../../test/shared";
import { cli, ensureCliBuilt } from "./__tests__/run";
import { writeReportXlsx } from "./__tests__/reportFiles";

let dir: string;
const last = Object.assign(realisticReport({ seed: 31, year: 2023 }), { unit: "某县" });
const current = Object.assign(realisticReport({ seed: 32, year: 2024, previous: last }), { unit: "某县" });

beforeAll(async () => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-compare-"));
  await writeReportXlsx(path.join(dir, "2024.xlsx"), current);
  await writeReportXlsx(path.join(dir, "2023.xlsx"), last);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rowsOf(file: string) {
  const snapshot = await exceljsHost(await openXlsx(file)).run((s) => s.read({ values: true }));
  expect(snapshot.sheets).toHaveLength(1);
  return snapshot.sheets[0].values;
}

test("writes the comparison sheet; every 增减 is 本年 − 上年; the sentences and the chart note on stdout", async () => {
  const out = path.join(dir, "对比.xlsx");
  const run = cli(["compare", path.join(dir, "2024.xlsx"), path.join(dir, "2023.xlsx"), "-o", out]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const key = cellKey("三", T3_NEW, T3_TOTAL);
  const [now, before] = [current.cells.get(key)!.value!, last.cells.get(key)!.value!];
  expect(run.stdout).toContain(`本年新收政府信息公开申请 ${now} 件，较上年`);
  expect(run.stdout).toContain("不含图表（所用的 ExcelJS 不能写入图表）");
  const rows = await rowsOf(out);
  const body = rows.filter((r) => typeof r[0] === "string" && /^表[二三四]·/.test(r[0]));
  expect(body.length).toBeGreaterThan(150);
  for (const [, b, n, change] of body)
    if (typeof b === "number" && typeof n === "number") expect(change).toBeCloseTo(n - b, 8);
  expect(body.find((r) => r[0] === "表三·一、本年新收政府信息公开申请数量·总计")!.slice(1, 4)).toEqual([
    before,
    now,
    now - before,
  ]);
  // An existing output is kept without --force.
  const again = cli(["compare", path.join(dir, "2024.xlsx"), path.join(dir, "2023.xlsx"), "-o", out]);
  expect(again.status).toBe(2);
  expect(again.stderr).toContain("已存在");
}, 120_000);

test("years the wrong way round, a missing file, too few files: refused (exit 2), nothing written", () => {
  const out = path.join(dir, "错.xlsx");
  const swapped = cli(["compare", path.join(dir, "2023.xlsx"), path.join(dir, "2024.xlsx"), "-o", out]);
  expect(swapped.status).toBe(2);
  expect(swapped.stderr).toContain("请先给本年报告，再给上年报告");
  const missing = cli(["compare", path.join(dir, "2024.xlsx"), path.join(dir, "无.xlsx"), "-o", out]);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain("上年报告无法读取");
  writeFileSync(path.join(dir, "空.txt"), "没有表格的文字");
  const none = cli(["compare", path.join(dir, "2024.xlsx"), path.join(dir, "空.txt"), "-o", out]);
  expect(none.status).toBe(2);
  expect(none.stderr).toContain("未找到年报表格");
  expect(cli(["compare", path.join(dir, "2024.xlsx"), "-o", out]).status).toBe(2);
  expect(existsSync(out)).toBe(false);
}, 120_000);

describeShared("平潭综合实验区 2024 against 2023, from the published text", () => {
  test("the sentences of the published figures", () => {
    const out = path.join(dir, "平潭对比.xlsx");
    const run = cli([
      "compare",
      sharedPath("samples", "pingtan-2024.txt"),
      sharedPath("samples", "pingtan-2023.txt"),
      "-o",
      out,
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/本年新收政府信息公开申请 \d+ 件，较上年(增加|减少) \d+ 件，(增长|下降) \d+\.\d%/);
    expect(run.stdout.match(/^ {2}\S.*。$/gm)?.length).toBe(6);
  }, 120_000);
});
