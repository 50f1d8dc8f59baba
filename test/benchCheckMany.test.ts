/** The check-many benchmark (scripts/bench/checkMany.js) runs end to end on a few files and reports what it promises. */
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

test("generates the workbooks, times check against ExcelJS alone, reports peak memory", async () => {
  const result = await benchCheckMany({ files: 6, repeats: 1, log: () => undefined });
  expect(result.budget).toBe(1.5);
  for (const measured of [result["6"]]) {
    expect(measured.files).toBe(6);
    expect(measured.openMs).toBeGreaterThan(0);
    expect(measured.checkMs).toBeGreaterThan(0);
    expect(measured.ratio).toBeCloseTo(measured.checkMs / measured.openMs, 1);
    expect(measured.checkRssMb).toBeGreaterThan(20);
  }
  expect(describeResult(result)).toContain("6 个文件：ExcelJS 打开");
}, 120_000);
