import { createHash } from "crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { T3_CARRIED_IN, T3_CARRIED_OUT, T3_COLUMNS, cellKey } from "../core/format";
import { realisticReport, sampleReport } from "../core/check/testing/fixtures";
import { dataCellPositions, setReport } from "../features/__tests__/workbooks";
import { emptyReport } from "../core/report/build";
import type { Report } from "../core/report/model";
import { openXlsx, saveXlsx } from "../hosts/exceljs";
import { describeShared, readSample, sharedPath } from "../../test/shared";
import { cli, ensureCliBuilt } from "./__tests__/run";

let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-new-year-"));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** The new workbook's data cells of `year`, by cellKey (null where blank). */
async function dataOf(file: string, year: number): Promise<Map<string, unknown>> {
  const workbook = await openXlsx(file);
  expect(workbook.worksheets.map((w) => w.name)).toEqual([`${year}年报表`]);
  const sheet = workbook.getWorksheet(`${year}年报表`)!;
  const out = new Map<string, unknown>();
  for (const [k, at] of dataCellPositions(year).at) {
    const v = sheet.getRow(at.row + 1).getCell(at.col + 1).value;
    out.set(k, v === undefined ? null : v);
  }
  return out;
}

/** 二、上年结转 = last year's 四 in all 7 columns; every other data cell blank. */
function expectCarried(values: Map<string, unknown>, previous: Report): void {
  expect(values.size).toBe(200);
  for (const column of T3_COLUMNS) {
    const carried = previous.cells.get(cellKey("三", T3_CARRIED_OUT, column))!.value;
    expect(typeof carried).toBe("number");
    expect([column, values.get(cellKey("三", T3_CARRIED_IN, column))]).toEqual([column, carried]);
  }
  const others = [...values].filter(([k]) => !k.startsWith(`三|${T3_CARRIED_IN}|`));
  expect(others).toHaveLength(193);
  expect(others.filter(([, v]) => v !== null)).toEqual([]);
}

describe("new-year on a filled 2024 workbook", () => {
  test("writes 2025年报表 with 二、上年结转 = 2024 四; the 2024 file is not touched", async () => {
    const last = path.join(dir, "2024.xlsx");
    expect(cli(["template", "--year", "2024", "--unit", "胡集乡", "-o", last]).status).toBe(0);
    const previous = realisticReport({ seed: 21, year: 2024 });
    const workbook = await openXlsx(last);
    setReport(workbook.getWorksheet("2024年报表")!, 2024, previous);
    await saveXlsx(workbook, last);
    const hash = sha(last);

    const next = path.join(dir, "2025.xlsx");
    const run = cli(["new-year", last, "-o", next]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("2025");
    expect(run.stdout).toContain("结转 7 列");
    expect(sha(last)).toBe(hash);
    expectCarried(await dataOf(next, 2025), previous);
    const title = (await openXlsx(next)).getWorksheet("2025年报表")!.getRow(1).getCell(1).value;
    expect(title).toBe("胡集乡2025年政府信息公开工作年度报告");

    // check on the fresh year: one verdict, as in the task pane, not 193 blank cells listed (still exit 1).
    const checked = cli(["check", next]);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain("  结果：尚未填写：表中还没有填入数字（3 个错误，0 个警告）");
    expect(checked.stdout).not.toContain("位置：");

    // The output is never overwritten without --force.
    const again = cli(["new-year", last, "-o", next]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/已存在/);
    expect(cli(["new-year", last, "-o", next, "--force"]).status).toBe(0);

    // An output folder that does not exist: a message, not an internal error.
    const nowhere = cli(["new-year", last, "-o", path.join(dir, "没有的文件夹", "2025.xlsx")]);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toMatch(/^无法写入 .*（ENOENT）/);
    expect(nowhere.stderr).not.toContain("内部错误");
  }, 120_000);
});

describeShared("new-year on published text", () => {
  test("胡集乡 2024 text → 2025 workbook: 二、上年结转 = its 四 (all 0), everything else blank", async () => {
    const source = sharedPath("samples", "huji-township-2024.txt");
    const next = path.join(dir, "huji-2025.xlsx");
    const run = cli(["new-year", source, "-o", next]);
    expect(run.status).toBe(0);
    // 胡集乡's table 三 is all zeros (samples/README.md).
    const previous = emptyReport({ format: "2021", year: 2024 }, 0);
    expectCarried(await dataOf(next, 2025), previous);
    const sheet = (await openXlsx(next)).getWorksheet("2025年报表")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("胡集乡2025年政府信息公开工作年度报告");
  }, 120_000);

  test("胡集乡's text with its title and year taken out: refused, naming the missing year", () => {
    const text = readSample("huji-township-2024.txt")
      .split("\n")
      .filter((line) => !line.includes("2024"))
      .join("\n");
    const source = path.join(dir, "no-year.txt");
    writeFileSync(source, text);
    const run = cli(["new-year", source, "-o", path.join(dir, "no-year.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/未能确定报告年度/);
  });

  test("平潭 2020 (2019 format) → 2021 workbook in the 2021 format, its 四 carried", async () => {
    const source = sharedPath("samples", "pingtan-2020-format2019.txt");
    const next = path.join(dir, "pingtan-2021.xlsx");
    const run = cli(["new-year", source, "-o", next]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("2021 年度（2021 格式）");
    const previous = sampleReport(readSample("pingtan-2020-format2019.txt"), "2019", 2020);
    expectCarried(await dataOf(next, 2021), previous);
  }, 120_000);
});

describe("new-year refuses, exit 2 with a Chinese message", () => {
  test.each([
    ["no output", () => ["new-year", "x.xlsx"], /-o/],
    ["no input", () => ["new-year", "-o", path.join(dir, "o.xlsx")], /上年报告文件/],
    ["a missing input", () => ["new-year", path.join(dir, "没有.xlsx"), "-o", path.join(dir, "o1.xlsx")], /不存在/],
    [
      "a text without table 三",
      () => {
        const file = path.join(dir, "prose.txt");
        writeFileSync(file, "某某乡2024年政府信息公开工作年度报告\n一、总体情况\n本年度未收到申请。\n");
        return ["new-year", file, "-o", path.join(dir, "o2.xlsx")];
      },
      /表三.*四、结转下年度继续办理/,
    ],
    ["an unknown option", () => ["new-year", "a.xlsx", "-o", path.join(dir, "o3.xlsx"), "--bogus"], /--bogus/],
  ])("%s", (_what, args, message) => {
    const run = cli(args());
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
  });
});
