/**
 * Hostile inputs (issue 12 items 6–7): a stray cell in XFD1048576, a table name covering the whole sheet, 12 MB of
 * repeated labels, a 1 MB line, zip bombs (true and lying sizes). Each is answered with a report or a clear refusal,
 * never an out-of-memory abort; in a folder they never stop the others, and --report is still written.
 * Time and memory are measured by `npm run bench` (scripts/bench/hostile.js), not here.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { realisticReport } from "../core/check/testing/fixtures";
import { ROOT, ensureCliBuilt, type CheckOutput } from "./__tests__/run";
import { writeReportXlsx } from "./__tests__/reportFiles";

const { writeHostileInputs } = require("../../scripts/bench/hostileInputs") as {
  writeHostileInputs(dir: string, opts?: { bombMb?: number; textMb?: number }): Record<string, string>;
};

let dir: string;
let files: Record<string, string>;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-hostile-"));
  files = writeHostileInputs(path.join(dir, "inputs"), { bombMb: 1024 });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** check ARGS in a child limited to 1 GB of heap: an abort (exit 134) or a hang fails the test. */
function check(args: string[]) {
  const run = spawnSync(
    process.execPath,
    ["--max-old-space-size=1024", path.join(ROOT, "bin", "disclosure-tables.js"), "check", ...args],
    { cwd: ROOT, encoding: "utf8", timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
  );
  expect(run.error).toBeUndefined();
  expect(run.signal).toBeNull();
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at |FATAL|heap out of memory/);
  return run;
}

test.each([
  ["stray-cell-XFD1048576.xlsx", "远离表格所在区域，未读取"],
  // The sheet holds table 三's first row only: read, and said to stop there.
  ["name-covers-sheet.xlsx", "表三在“一、本年新收政府信息公开申请数量”之后中断"],
  ["long-line-1MB.txt", "表三"],
])(
  "%s is read: its tables found, the hostile part set aside",
  (name, expected) => {
    const run = check([files[name], "--json"]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as CheckOutput;
    expect(json.files[0].tables).toContain("三");
    expect(JSON.stringify(json.files[0].findings)).toContain(expected);
  },
  120_000,
);

test.each([
  ["repeated-labels-12MB.txt", "文本过大（13 MB，上限 4 MB），未读取"],
  ["zip-bomb-1024MB.xlsx", "表格内容解压后超过 32 MB（约 1025 MB），未读取：可能已损坏，或是一个“压缩炸弹”"],
  ["zip-bomb-lying-1024MB.xlsx", "表格内容解压后超过 32 MB"],
])(
  "%s is refused at once with a plain message (exit 2)",
  (name, message) => {
    const run = check([files[name]]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${files[name]}：`);
    expect(run.stderr).toContain(message);
  },
  120_000,
);

test("a folder of them and one good report: the good one is checked, --report is written, exit 2", async () => {
  const good = path.join(dir, "inputs", "good.xlsx");
  await writeReportXlsx(good, realisticReport());
  const report = path.join(dir, "结果.xlsx");
  const run = check([path.join(dir, "inputs"), "--json", "--report", report]);
  expect(run.status).toBe(2);
  const json = JSON.parse(run.stdout) as CheckOutput;
  const checked = json.files.map((f) => path.basename(f.file)).sort();
  expect(checked).toEqual(["good.xlsx", "long-line-1MB.txt", "name-covers-sheet.xlsx", "stray-cell-XFD1048576.xlsx"]);
  expect(json.files.find((f) => f.file === good)!.findings).toEqual([]);
  expect(run.stderr).toContain("压缩炸弹");
  expect(existsSync(report)).toBe(true);
}, 180_000);
