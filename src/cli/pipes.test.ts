/** Output over pipes (issue 12 item 2): complete however slowly it is read; a reader that stops early ends it quietly. */
import { copyFileSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { realisticReport } from "../core/check/testing/fixtures";
import { getValue, setValue } from "../core/report/build";
import { cliProcess, collect, ensureCliBuilt } from "./__tests__/run";
import { writeReportXlsx } from "./__tests__/reportFiles";

const PARTIAL = "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
const COPIES = 40;

let dir: string;
let files: string[];

beforeAll(async () => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-pipes-"));
  const report = realisticReport({ seed: 7 });
  setValue(report, "三", PARTIAL, "自然人", (getValue(report, "三", PARTIAL, "自然人") ?? 0) + 5);
  const first = path.join(dir, "错乡0.xlsx");
  await writeReportXlsx(first, report, "错乡");
  files = [first];
  for (let i = 1; i < COPIES; i += 1) {
    const copy = path.join(dir, `错乡${i}.xlsx`);
    copyFileSync(first, copy);
    files.push(copy);
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("check --json over a pipe read slowly: the whole JSON arrives (more than the pipe's 64 KB)", async () => {
  const run = await collect(cliProcess(["check", ...files, "--json"]), 3000);
  expect(run.status).toBe(1);
  expect(Buffer.byteLength(run.stdout)).toBeGreaterThan(128 * 1024);
  const json = JSON.parse(run.stdout) as { files: { file: string }[] };
  expect(json.files.map((f) => f.file)).toEqual(files);
}, 180_000);

test("a reader that closes the pipe early (… | head -1): no stack trace, no EPIPE message", async () => {
  const child = cliProcess(["check", ...files]);
  const run = collect(child);
  child.stdout!.once("data", () => child.stdout!.destroy());
  const done = await run;
  expect(done.signal).toBeNull();
  expect(done.stderr).not.toMatch(/EPIPE|内部错误|at .*\.js:\d+/);
}, 180_000);
