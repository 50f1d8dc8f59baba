/**
 * Writing outputs (issue 12 items 9–11): never onto an input, an existing file only with --force, atomically,
 * a new file created exclusively; a report written into the checked folder is not an input of the next run.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { realisticReport } from "../core/check/testing/fixtures";
import { openXlsx } from "../hosts/exceljs";
import { checkJson, cli, cliProcess, collect, ensureCliBuilt } from "./__tests__/run";
import { writeReportXlsx } from "./__tests__/reportFiles";
import { CliError } from "./exit";
import { writeOutput } from "./outputFile";

let dir: string;
let report: string;

beforeAll(async () => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-output-"));
  report = path.join(dir, "甲乡.xlsx");
  await writeReportXlsx(report, realisticReport({ seed: 11 }), "甲乡");
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (file: string) => readFileSync(file);
/** Leftover temporary files of an interrupted write. */
const temporaries = (folder: string) => readdirSync(folder).filter((f) => f.endsWith(".tmp"));

describe("never onto an input, even with --force (item 9)", () => {
  test.each([
    ["check --report onto the checked file", () => ["check", report, "--report", report]],
    ["check --report onto the checked file, --force", () => ["check", report, "--report", report, "--force"]],
    [
      "check --report onto --previous, --force",
      () => ["check", report, "--previous", report, "--report", report, "--force"],
    ],
    ["new-year src -o src --force", () => ["new-year", report, "-o", report, "--force"]],
    ["rollup a -o a --force", () => ["rollup", report, "-o", report, "--unit", "某县", "--force"]],
  ])(
    "%s: exit 2, the input unchanged",
    (_what, args) => {
      const before = bytes(report);
      const run = cli(args());
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("不能写到输入文件上");
      expect(bytes(report).equals(before)).toBe(true);
    },
    60_000,
  );

  test("the same file under another name (a hard link) is still the input", () => {
    const link = path.join(dir, "链接.xlsx");
    linkSync(report, link);
    const before = bytes(report);
    const run = cli(["new-year", report, "-o", link, "--force"]);
    expect(run.status).toBe(2);
    expect(bytes(report).equals(before)).toBe(true);
    rmSync(link);
  }, 120_000);

  test("check --report onto an existing file: refused without --force, replaced with it", () => {
    const out = path.join(dir, "已有结果.html");
    writeFileSync(out, "user's own page");
    const refused = cli(["check", report, "--report", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("已存在");
    expect(readFileSync(out, "utf8")).toBe("user's own page");
    const forced = cli(["check", report, "--report", out, "--force"]);
    expect(forced.status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("<table");
  }, 120_000);
});

describe("atomic writes (item 10)", () => {
  test("a write that fails half-way (a full disk) leaves the old file as it was and no temporary file", async () => {
    const folder = mkdtempSync(path.join(dir, "full-"));
    const out = path.join(folder, "汇总.xlsx");
    writeFileSync(out, "last year's summary");
    const failing = writeOutput({ file: out, force: true, inputs: [] }, async (temporary) => {
      writeFileSync(temporary, "half a zip");
      throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    });
    await expect(failing).rejects.toThrow(/无法写入 .*（ENOSPC）：磁盘已满/);
    expect(readFileSync(out, "utf8")).toBe("last year's summary");
    expect(temporaries(folder)).toEqual([]);
  });

  test("two runs writing one new output: the first writes it, the second refuses instead of replacing it", async () => {
    const folder = mkdtempSync(path.join(dir, "race-"));
    const out = path.join(folder, "结果.html");
    const slowWriter = (text: string, ms: number) => async (temporary: string) => {
      writeFileSync(temporary, text);
      await new Promise((resolve) => setTimeout(resolve, ms));
    };
    const results = await Promise.allSettled([
      writeOutput({ file: out, force: false, inputs: [] }, slowWriter("first", 10)),
      writeOutput({ file: out, force: false, inputs: [] }, slowWriter("second", 200)),
    ]);
    expect(results[0].status).toBe("fulfilled");
    expect(results[1].status).toBe("rejected");
    const reason = (results[1] as PromiseRejectedResult).reason as Error;
    expect(reason).toBeInstanceOf(CliError);
    expect(reason.message).toContain("已存在");
    expect(readFileSync(out, "utf8")).toBe("first");
    expect(temporaries(folder)).toEqual([]);
  });

  test("Ctrl+C (SIGINT) during rollup --force: the old summary stays whole, or the new one is complete", async () => {
    const folder = mkdtempSync(path.join(dir, "sigint-"));
    const parts = path.join(folder, "parts");
    mkdirSync(parts);
    for (const [i, unit] of ["甲乡", "乙镇", "丙街道"].entries()) {
      await writeReportXlsx(path.join(parts, `${unit}.xlsx`), realisticReport({ seed: 30 + i }), unit);
    }
    const out = path.join(folder, "汇总.xlsx");
    writeFileSync(out, "last year's summary");
    const old = statSync(out);
    const child = cliProcess(["rollup", parts, "-o", out, "--unit", "某县", "--year", "2024", "--force"]);
    const run = collect(child);
    // Interrupt as soon as the output is being written (its temporary file appears, or the file itself changes).
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const changed = !existsSync(out) || statSync(out).mtimeMs !== old.mtimeMs || statSync(out).size !== old.size;
        if (temporaries(folder).length > 0 || changed || child.exitCode !== null) {
          clearInterval(timer);
          child.kill("SIGINT");
          resolve();
        }
      }, 2);
    });
    await run;
    const text = readFileSync(out);
    if (text.toString("utf8") !== "last year's summary") {
      const workbook = await openXlsx(out);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(["2024年报表", "2024年汇总明细"]);
    }
    expect(temporaries(folder)).toEqual([]);
  }, 120_000);
});

describe("a report in the checked folder is not an input of the next run (item 11)", () => {
  test("check FOLDER --report FOLDER/结果.xlsx twice, and with another report name: only the reports are checked", () => {
    const folder = mkdtempSync(path.join(dir, "self-"));
    writeFileSync(path.join(folder, "甲乡.xlsx"), bytes(report));
    const first = checkJson([folder, "--report", path.join(folder, "结果.xlsx")]);
    expect(first.status).toBe(0);
    expect(existsSync(path.join(folder, "结果.xlsx"))).toBe(true);
    const again = checkJson([folder, "--report", path.join(folder, "结果.xlsx"), "--force"]);
    expect(again.status).toBe(0);
    expect(again.json.files.map((f) => path.basename(f.file))).toEqual(["甲乡.xlsx"]);
    const other = checkJson([folder, "--report", path.join(folder, "另一个.html")]);
    expect(other.status).toBe(0);
    expect(other.json.files.map((f) => path.basename(f.file))).toEqual(["甲乡.xlsx"]);
  }, 120_000);
});
