/** `check` on a file with exactly one error exits 1 (issue 12, behaviours no test held: only a roll-up test noticed). */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { allDataCells, cellKey, FORMATS } from "../core/format";
import { realisticReport } from "../core/check/testing/fixtures";
import { checkJson, ensureCliBuilt } from "./__tests__/run";
import { writeReportXlsx } from "./__tests__/reportFiles";

let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-one-error-"));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("one negative fee amount: exactly one error, exit 1; the same file without it: exit 0", async () => {
  const report = realisticReport();
  const fee = allDataCells(FORMATS["2021"]).find((d) => d.kind === "amount")!;
  const clean = path.join(dir, "clean.xlsx");
  await writeReportXlsx(clean, report);
  expect(checkJson([clean]).status).toBe(0);

  report.cells.get(cellKey(fee.table, fee.row, fee.column))!.value = -1;
  const file = path.join(dir, "one.xlsx");
  await writeReportXlsx(file, report);
  const run = checkJson([file]);
  const errors = run.json.files[0].findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => f.rule)).toEqual(["R7"]);
  expect(run.status).toBe(1);
}, 120_000);
