/**
 * Running the real command line from tests: `node bin/disclosure-tables.js …` after compiling it (npm run
 * build:cli). The compile happens once across jest workers (a lock directory), and only when a source file is
 * newer than lib/.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
const LIB_MAIN = path.join(ROOT, "lib", "cli", "main.js");
const SOURCES = ["src/core", "src/documents", "src/hosts", "src/features", "src/cli"];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function upToDate(): boolean {
  if (!fs.existsSync(LIB_MAIN)) return false;
  const built = fs.statSync(LIB_MAIN).mtimeMs;
  return SOURCES.every((dir) => newestSource(path.join(ROOT, dir)) <= built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** npm run build:cli, unless lib/ is newer than every source file. */
export function ensureCliBuilt(): void {
  fs.mkdirSync(path.join(ROOT, "lib"), { recursive: true });
  const lock = path.join(ROOT, "lib", ".test-build-lock");
  for (let waited = 0; ; waited += 200) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      sleep(200);
    }
  }
  try {
    if (!upToDate()) {
      execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
        cwd: ROOT,
        stdio: "pipe",
      });
      // tsc leaves an unchanged file's time alone: mark the build as at least as new as the sources.
      const now = new Date();
      fs.utimesSync(LIB_MAIN, now, now);
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** node bin/disclosure-tables.js ARGS, from the project root. */
export function cli(args: readonly string[], cwd = ROOT): CliRun {
  const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "disclosure-tables.js"), ...args], {
    cwd,
    encoding: "utf8",
    timeout: 110_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `check … --json`: the parsed JSON, with the exit status and stderr. */
export function checkJson(args: readonly string[]): CliRun & { json: CheckOutput } {
  const run = cli(["check", ...args, "--json"]);
  let json: CheckOutput;
  try {
    json = JSON.parse(run.stdout) as CheckOutput;
  } catch {
    throw new Error(`check --json printed no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { ...run, json };
}

export interface CellJson {
  row: string;
  column: string;
  ref: string | null;
  value: number | string | null;
}
export interface SuspectJson extends CellJson {
  suggested: number;
  reason: string;
}
export interface FindingJson {
  severity: "error" | "warning";
  rule: string;
  table: string | null;
  message: string;
  imbalance: number | null;
  cells: CellJson[];
  suspect: SuspectJson | null;
  candidates?: SuspectJson[];
  review?: { status: "accepted"; reason: string; by: string; at: string };
}
export interface FileJson {
  file: string;
  format: string | null;
  year: number | null;
  unit: string | null;
  tables: string[];
  findings: FindingJson[];
}
export interface CheckOutput {
  files: FileJson[];
}

/** The command line as a child process that tests can signal, or read from slowly. */
export function cliProcess(args: readonly string[], cwd = ROOT): ChildProcess {
  return spawn(process.execPath, [path.join(ROOT, "bin", "disclosure-tables.js"), ...args], { cwd });
}

/** Everything a child process prints, with its exit status; stdout is read only after `readAfterMs`. */
export function collect(child: ChildProcess, readAfterMs = 0): Promise<CliRun & { signal: NodeJS.Signals | null }> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.pause();
  setTimeout(() => {
    child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
    child.stdout!.resume();
  }, readAfterMs);
  child.stderr!.on("data", (chunk: Buffer) => err.push(chunk));
  return new Promise((resolve) =>
    child.on("close", (status, signal) =>
      resolve({
        status,
        signal,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    ),
  );
}
