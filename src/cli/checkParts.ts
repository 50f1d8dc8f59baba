/**
 * `check SUMMARY --parts PART... [--json]`: R11, the summary equals the sum of its parts cell by cell.
 * Every argument after --parts is a part (file or folder), except the options of check themselves.
 */
import * as path from "path";
import type { PartReport } from "../core/check/parts";
import type { Report } from "../core/report/model";
import { expandInputs } from "./folder";
import { readParts, skippedLines } from "./parts";
import { progressBar } from "./progress";

export const PARTS_FLAG = "--parts";

export type PartsOutcome = { ok: true; parts: PartReport[] } | { ok: false; message: string };

/** The reports in `partArgs`, read as the parts of `summary` (R11 checks it against them: RuleRefs.rollups). */
export async function readSummaryParts(
  summary: Report | null,
  partArgs: readonly string[],
  summaryFile?: string,
): Promise<PartsOutcome> {
  if (!summary || summary.tables.length === 0) {
    return { ok: false, message: "汇总报告中未找到年报表格，无法与下级报告核对" };
  }
  const expanded = await expandInputs(partArgs);
  // The summary in the folder of its parts is not one of them.
  const files = expanded.files.filter((f) => !summaryFile || path.resolve(f) !== path.resolve(summaryFile));
  if (files.length === 0 && expanded.problems.length === 0) {
    return { ok: false, message: "--parts 之后没有找到下级报告文件" };
  }
  const read = await readParts(files, summary.year, progressBar(files.length, process.stderr, "读取"));
  const problems = [...expanded.problems.map((p) => p.message), ...read.unreadable];
  if (problems.length > 0) {
    return { ok: false, message: `以下下级报告无法读取，无法核对汇总：\n${problems.map((p) => `  ${p}`).join("\n")}` };
  }
  if (read.skipped.length > 0) process.stderr.write(`${skippedLines(read.skipped)}\n`);
  return { ok: true, parts: read.parts.map((p) => ({ report: p.report, name: p.name })) };
}
