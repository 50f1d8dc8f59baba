/** Reading the reports that a summary adds up (rollup, check --parts): one file at a time, each checked. */
import { realpathSync } from "fs";
import * as path from "path";
import type { Finding } from "../core/check/types";
import { checkReports } from "../features/checkReports";
import type { RollupPart } from "../features/rollup";
import { partReports } from "../features/partReports";
import { isRollupSummary } from "../features/rollupLinks";
import type { Report } from "../core/report/model";
import { readInput } from "./inputs";
import type { Progress } from "./progress";

export interface ReadPart extends RollupPart {
  file: string;
  findings: Finding[];
}

export interface ReadParts {
  parts: ReadPart[];
  /** Messages for files that could not be read. */
  unreadable: string[];
  /** What was read but not counted, and why: summaries, the same report twice, hidden sheets. */
  skipped: string[];
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Unit, year and every figure: two reports with the same key are one report given twice (a copy). */
function figuresKey(report: Report): string | null {
  if (report.tables.length === 0) return null;
  const figures = [...report.cells]
    .map(([key, cell]) => `${key}=${cell.value ?? cell.raw ?? ""}`)
    .sort()
    .join("\n");
  return `${report.unit ?? ""}\n${report.year ?? ""}\n${figures}`;
}

/** The reports of a file that count as parts (partReports); a file without tables gives its one report, to be named. */
function chosen(reports: readonly Report[], year: number | null): Report[] {
  const parts = partReports(reports, year);
  return parts.length > 0 ? parts : reports.slice(0, 1);
}

/** The skipped inputs, for stderr. */
export function skippedLines(skipped: readonly string[]): string {
  return [`注意：${skipped.length} 项未计入汇总：`, ...skipped.map((s) => `  ${s}`)].join("\n");
}

export async function readParts(files: readonly string[], year: number | null, progress: Progress): Promise<ReadParts> {
  const result: ReadParts = { parts: [], unreadable: [], skipped: [] };
  const byRealPath = new Map<string, string>();
  const byFigures = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    progress.tick(i, file);
    const real = realPath(file);
    const sameFile = byRealPath.get(real);
    if (sameFile !== undefined) {
      result.skipped.push(`${file}：与 ${sameFile} 是同一个文件，只计入一次`);
      continue;
    }
    byRealPath.set(real, file);
    const input = await readInput(file);
    if (!input.ok) {
      result.unreadable.push(input.message);
      progress.say(input.message);
      continue;
    }
    if (input.snapshot && isRollupSummary(input.snapshot)) {
      result.skipped.push(`${file}：是一份汇总表（含汇总明细），不作为下级报告计入`);
      continue;
    }
    const hidden = new Set((input.snapshot?.sheets ?? []).filter((s) => s.hidden).map((s) => s.name.toLowerCase()));
    const shown = input.reports.filter((r) => !hidden.has(r.source.toLowerCase()));
    for (const report of input.reports) {
      if (hidden.has(report.source.toLowerCase()) && report.tables.length > 0) {
        result.skipped.push(`${file}：隐藏的工作表“${report.source}”不计入`);
      }
    }
    const checked = checkReports(shown);
    const picked = chosen(shown, year);
    const base = path.basename(file);
    for (const report of picked) {
      const many = picked.length > 1;
      const source = many ? `${file}：${report.source}` : file;
      const key = figuresKey(report);
      const twin = key === null ? undefined : byFigures.get(key);
      if (twin !== undefined) {
        result.skipped.push(`${source}：与 ${twin} 的单位和数字完全相同，视为同一份报告，只计入一次`);
        continue;
      }
      if (key !== null) byFigures.set(key, source);
      const findings = checked.find((c) => c.report === report)?.findings ?? [];
      result.parts.push({
        file,
        report,
        findings,
        name: report.unit ?? (many ? `${base}：${report.source}` : base),
        source,
      });
    }
  }
  progress.tick(files.length, "");
  progress.end();
  return result;
}
