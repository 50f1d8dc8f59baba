/** Inputs that are not regular files (issue 12 item 8): named and refused, never read, the other files still checked. */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { realisticReport } from "../core/check/testing/fixtures";
import { ROOT, ensureCliBuilt, type CheckOutput } from "./__tests__/run";
import { writeReportXlsx } from "./__tests__/reportFiles";
import { readInput } from "./inputs";

let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-badinput-"));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const posix = process.platform === "win32" ? test.skip : test;

posix(
  "check on a FIFO and on /dev/zero answers at once: both named, exit 2, the regular file beside them checked",
  async () => {
    const fifo = path.join(dir, "报表.xlsx");
    execFileSync("mkfifo", [fifo]);
    const good = path.join(dir, "good.xlsx");
    await writeReportXlsx(good, realisticReport());
    // Without the check the read of the FIFO waits for a writer forever: the timeout turns that into a failure.
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "disclosure-tables.js"), "check", fifo, "/dev/zero", good, "--json"],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${fifo}：这是一个命名管道（FIFO），不是文件，未读取`);
    expect(run.stderr).toContain("/dev/zero：这是一个设备，不是文件，未读取");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const json = JSON.parse(run.stdout) as CheckOutput;
    expect(json.files.map((f) => f.file)).toEqual([good]);
  },
  90_000,
);

posix("readInput names a directory and a missing file", async () => {
  expect(await readInput(dir)).toEqual({ ok: false, message: `${dir}：这是一个文件夹` });
  const missing = path.join(dir, "无.xlsx");
  expect(await readInput(missing)).toEqual({ ok: false, message: `${missing}：文件不存在` });
});
