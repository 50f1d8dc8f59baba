/** Reading the reports that a summary adds up (rollup, check --parts): one file at a time, each checked. */
import * as path from "path";
import type { Finding } from "../core/check/types";
import { checkReports } from "../features/checkReports";
import type { RollupPart } from "../features/rollup";
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
}

/** The reports of a file that count as parts: those of `year` when given and present, else those of its latest year. */
function chosen(reports: readonly Report[], year: number | null): Report[] {
  const withTables = reports.filter((r) => r.tables.length > 0);
  if (withTables.length === 0) return reports.slice(0, 1);
  if (year !== null) {
    const ofYear = withTables.filter((r) => r.year === year);
    if (ofYear.length > 0) return ofYear;
    const unknown = withTables.filter((r) => r.year === null);
    if (unknown.length > 0) return unknown;
  }
  const latest = Math.max(...withTables.map((r) => r.year ?? 0));
  return withTables.filter((r) => (r.year ?? 0) === latest);
}

export async function readParts(files: readonly string[], year: number | null, progress: Progress): Promise<ReadParts> {
  const result: ReadParts = { parts: [], unreadable: [] };
  for (const [i, file] of files.entries()) {
    progress.tick(i, file);
    const input = await readInput(file);
    if (!input.ok) {
      result.unreadable.push(input.message);
      progress.say(input.message);
      continue;
    }
    const checked = checkReports(input.reports);
    const picked = chosen(input.reports, year);
    const base = path.basename(file);
    for (const report of picked) {
      const many = picked.length > 1;
      const findings = checked.find((c) => c.report === report)?.findings ?? [];
      result.parts.push({
        file,
        report,
        findings,
        name: report.unit ?? (many ? `${base}：${report.source}` : base),
        source: many ? `${file}：${report.source}` : file,
      });
    }
  }
  progress.tick(files.length, "");
  progress.end();
  return result;
}
