/**
 * A smoke test of the check-many benchmark (scripts/bench/checkMany.js), and only that: it runs end to end on a few
 * files (generating them, timing ExcelJS alone and check in child processes, which fails when check finds a problem
 * in the generated files) and prints its lines. Budgets and figures are for `npm run bench` to judge, not asserted.
 */
import { ensureCliBuilt } from "../src/cli/__tests__/run";

const { benchCheckMany, describe: describeResult } = require("../scripts/bench/checkMany.js") as {
  benchCheckMany(options: { files: number; repeats: number; log: (line: string) => void }): Promise<BenchResult>;
  describe(result: BenchResult): string;
};

interface Measured {
  files: number;
  openMs: number;
  checkMs: number;
  ratio: number;
  openRssMb: number;
  checkRssMb: number;
}
type BenchResult = { files: number; budget: number; withinBudget: boolean } & Record<string, Measured>;

beforeAll(() => ensureCliBuilt(), 120_000);

test("smoke: generates 6 workbooks that check passes, measures both sides on all 6, prints its line", async () => {
  const result = await benchCheckMany({ files: 6, repeats: 1, log: () => undefined });
  const measured = result["6"];
  // Counted by the check child in the folder it checked: the generator wrote all 6.
  expect(measured.files).toBe(6);
  expect(describeResult(result)).toContain("6 个文件：ExcelJS 打开");
}, 120_000);
