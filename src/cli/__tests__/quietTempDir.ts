/** For tests that run the command line in-process: a fresh temporary folder per test, with its output silenced. */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

/** Registers the folder's set-up and clean-up; returns a function giving a path inside the current test's folder. */
export function quietTempDir(prefix: string): (name: string) => string {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
    jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });
  return (name) => path.join(dir, name);
}
