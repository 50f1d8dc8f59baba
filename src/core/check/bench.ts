/**
 * Timing of the engine on a realistic report (budget: ≤ 1 ms per report, DESIGN.md).
 * "clean": a consistent city-size 2021 report checked against last year's; "errors": the same with a
 * transposed digit, a wrong 总计 and a blank cell, so that suspects and suggestions are computed too.
 */
import { setValue } from "../report/build";
import type { Report } from "../report/model";
import { checkReport } from "./engine";
import { realisticReport } from "./testing/fixtures";

export type BenchVariant = "clean" | "errors";

export function benchReports(variant: BenchVariant): { report: Report; previous: Report } {
  const previous = realisticReport({ seed: 2023, year: 2023 });
  const report = realisticReport({ seed: 2024, year: 2024, previous });
  if (variant === "errors") {
    setValue(report, "三", "三、本年度办理结果/（一）予以公开", "自然人", 51);
    setValue(report, "四", "", "行政复议/总计", 171);
    const blank = report.cells.get("三|三、本年度办理结果/（三）不予公开/8.属于行政查询事项|法人或其他组织/其他");
    if (blank) Object.assign(blank, { raw: null, value: null, problems: ["blank"] });
  }
  return { report, previous };
}

/** Milliseconds per checkReport call, averaged over `iterations` calls (after a warm-up). */
export function benchEngine(iterations = 2000, variant: BenchVariant = "errors"): number {
  const { report, previous } = benchReports(variant);
  for (let i = 0; i < Math.min(200, iterations); i++) checkReport(report, { previous });
  const start = performance.now();
  for (let i = 0; i < iterations; i++) checkReport(report, { previous });
  return (performance.now() - start) / iterations;
}
