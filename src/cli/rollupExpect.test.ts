/** `rollup … --expect 名单.txt|.xlsx` through the real command line: who has not reported, who is not listed, who sent two. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as iconv from "iconv-lite";
import * as path from "path";
import { realisticReport } from "../core/check/testing/fixtures";
import { exceljsHost, newWorkbook, openXlsx, saveXlsx } from "../hosts/exceljs";
import { cli, ensureCliBuilt } from "./__tests__/run";
import { writeReportXlsx } from "./__tests__/reportFiles";

let dir: string;
let root: string;

beforeAll(async () => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-expect-"));
  root = path.join(dir, "reports");
  mkdirSync(root);
  const reports: [string, string, number][] = [
    ["甲乡.xlsx", "甲乡", 71],
    ["乙镇.xlsx", "乙镇人民政府", 72],
    ["丙街道.xlsx", "丙街道", 73],
    ["丙街道-重报.xlsx", "丙街道办事处", 74],
    ["丁乡.xlsx", "丁乡", 75],
  ];
  for (const [file, unit, seed] of reports) {
    await writeReportXlsx(path.join(root, file), Object.assign(realisticReport({ seed }), { unit }));
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LIST = "序号\t单位名称\n1\t甲乡人民政府\n2\t乙镇\n3\t丙街道办事处\n4\t戊镇政府\n";

function expectListed(stdout: string) {
  expect(stdout).toContain("对照应报单位名单（4 个）：已报送 3 个，未报送 1 个，名单外报告 1 份，重复报送 1 个。");
  expect(stdout).toContain("未报送（1 个）：戊镇政府");
  expect(stdout).toContain(`不在名单上的报告（1 份）：丁乡（${path.join(root, "丁乡.xlsx")}）`);
  expect(stdout).toContain(
    `重复报送：丙街道办事处 有 2 份报告（${path.join(root, "丙街道-重报.xlsx")}；${path.join(root, "丙街道.xlsx")}）`,
  );
}

test("a text list (GB 18030, as Notepad saves it on a Chinese Windows): missing, unexpected and duplicate units", async () => {
  const list = path.join(dir, "名单.txt");
  writeFileSync(list, iconv.encode(LIST, "gb18030"));
  const run = cli(["rollup", root, "-o", path.join(dir, "sum-txt.xlsx"), "--unit", "某县", "--expect", list]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expectListed(run.stdout);
  // The same lines below the 汇总明细, kept with the file for the county office.
  const snapshot = await exceljsHost(await openXlsx(path.join(dir, "sum-txt.xlsx"))).run((s) =>
    s.read({ values: true }),
  );
  const detail = snapshot.sheets.find((s) => s.name.endsWith("汇总明细"))!;
  const texts = detail.values.flat().filter((v): v is string => typeof v === "string");
  expect(texts).toContain("未报送（1 个）：戊镇政府");
  expect(texts.some((t) => t.startsWith("对照应报单位名单（4 个）：已报送 3 个"))).toBe(true);
}, 120_000);

test("an .xlsx list with a column of units gives the same answer", async () => {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("名单");
  for (const line of LIST.trim().split("\n"))
    sheet.addRow(line.split("\t").map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
  const list = path.join(dir, "名单.xlsx");
  await saveXlsx(workbook, list);
  const run = cli(["rollup", root, "-o", path.join(dir, "sum-xlsx.xlsx"), "--unit", "某县", "--expect", list]);
  expect(run.status).toBe(0);
  expectListed(run.stdout);
}, 120_000);

test("a missing or empty list is refused (exit 2) before anything is written", () => {
  const out = path.join(dir, "sum-none.xlsx");
  const missing = cli(["rollup", root, "-o", out, "--unit", "某县", "--expect", path.join(dir, "无.txt")]);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain("应报单位名单");
  expect(missing.stderr).toContain("文件不存在");
  const empty = path.join(dir, "空.txt");
  writeFileSync(empty, "序号\t单位名称\n\n");
  const none = cli(["rollup", root, "-o", out, "--unit", "某县", "--expect", empty]);
  expect(existsSync(out)).toBe(false);
  expect(none.status).toBe(2);
  expect(none.stderr).toContain("没有单位名称");
}, 120_000);
