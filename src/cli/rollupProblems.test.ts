/** `rollup`: every problem of every input in one run; after --force, a summary finding traced to the part's cell. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { realisticReport } from "../core/check/testing/fixtures";
import { getValue, setValue } from "../core/report/build";
import type { Report } from "../core/report/model";
import { writeReportXlsx } from "./__tests__/reportFiles";
import { main } from "./main";

const PARTIAL = "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）";

let dir: string;
let stdout: string;
let stderr: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dt-rollup-problems-"));
  stdout = "";
  stderr = "";
  jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  jest.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** A report whose （二）部分公开·自然人 is 5 too many: R2 and R3 fail on it. */
function withTypo(seed: number): Report {
  const report = realisticReport({ seed });
  setValue(report, "三", PARTIAL, "自然人", (getValue(report, "三", PARTIAL, "自然人") ?? 0) + 5);
  return report;
}

test("unreadable files, another year and reports with errors are all listed in one run, by file and unit", async () => {
  const root = path.join(dir, "parts");
  mkdirSync(root);
  await writeReportXlsx(path.join(root, "甲乡.xlsx"), realisticReport({ seed: 1 }), "甲乡");
  await writeReportXlsx(path.join(root, "乙镇.xlsx"), realisticReport({ seed: 2, year: 2023 }), "乙镇");
  await writeReportXlsx(path.join(root, "李集镇.xlsx"), withTypo(3), "李集镇");
  writeFileSync(path.join(root, "坏文件.xlsx"), Buffer.from("PK\u0003\u0004 not a zip"));
  const out = path.join(dir, "汇总.xlsx");

  const code = await main(["rollup", root, "-o", out, "--unit", "某县", "--year", "2024"]);
  expect(code).toBe(2);
  expect(stderr).toContain("未汇总：发现 3 类问题");
  expect(stderr).toContain(`以下输入无法读取，未汇总：\n  ${path.join(root, "坏文件.xlsx")}`);
  expect(stderr).toContain(`“乙镇（${path.join(root, "乙镇.xlsx")}）” 是 2023 年度的`);
  expect(stderr).toMatch(/1 份报告校验有错误，未汇总/);
  expect(stderr).toContain(`${path.join(root, "李集镇.xlsx")}（李集镇）`);
  expect(stdout).toBe("");
});

test("after --force, the summary's finding names the part and cell it comes from", async () => {
  const root = path.join(dir, "parts");
  mkdirSync(root);
  await writeReportXlsx(path.join(root, "甲乡.xlsx"), realisticReport({ seed: 1 }), "甲乡");
  const typo = path.join(root, "李集镇.xlsx");
  await writeReportXlsx(typo, withTypo(3), "李集镇");

  expect(await main(["check", typo, "--json"])).toBe(1);
  const checked = JSON.parse(stdout) as { files: { findings: { rule: string; suspect: { ref: string } | null }[] }[] };
  const suspect = checked.files[0].findings.find((f) => f.suspect)!.suspect!.ref.split("!")[1];
  stdout = "";

  const code = await main(["rollup", root, "-o", path.join(dir, "汇总.xlsx"), "--unit", "某县", "--force"]);
  expect(code).toBe(1);
  const check = stdout.slice(stdout.indexOf("汇总表校验"));
  expect(check).toContain(`由李集镇 ${suspect} 引起（${typo}）`);
  // Each of the summary's errors (R2 and R3 over the same cells as the part's) is traced.
  expect(check.match(/由李集镇 /g)?.length).toBe(2);
  expect(check).not.toContain("由甲乡");
});

test("reports of another format edition and of another year are both named in the same run", async () => {
  const root = path.join(dir, "parts");
  mkdirSync(root);
  await writeReportXlsx(path.join(root, "甲乡.xlsx"), realisticReport({ seed: 1 }), "甲乡");
  await writeReportXlsx(path.join(root, "乙镇.xlsx"), realisticReport({ seed: 2, year: 2023 }), "乙镇");
  await writeReportXlsx(path.join(root, "丙镇.xlsx"), realisticReport({ seed: 3, format: "2019", year: 2024 }), "丙镇");

  const code = await main(["rollup", root, "-o", path.join(dir, "汇总.xlsx"), "--unit", "某县"]);
  expect(code).toBe(2);
  expect(stderr).toContain("未汇总：发现 2 类问题");
  expect(stderr).toContain(`“丙镇（${path.join(root, "丙镇.xlsx")}）” 为 2019 年版格式`);
  expect(stderr).toMatch(/各报告的年度不同，不能汇总：.*“乙镇（[^”]*乙镇\.xlsx）” 是 2023 年度的/);
});
