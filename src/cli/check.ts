/** `check FILE... [--json] [--previous LAST_YEAR_FILE]` (DESIGN.md contract). */
import { fileToJson, type FileJson } from "../check/json";
import type { Finding } from "../check/types";
import { checkReports } from "../features/checkReports";
import type { Report } from "../report/model";
import { ArgError, parseArgs } from "./args";
import { formatFileResult } from "./checkOutput";
import { readInput } from "./inputs";

const NO_TABLES: Finding = {
  severity: "error",
  rule: "F2",
  table: null,
  message:
    "未找到年报表格（二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况）",
  imbalance: null,
  cells: [],
  suspect: null,
};

/** The report a file stands for: the latest year among those it holds. */
function primaryReport(reports: readonly Report[]): Report | null {
  return [...reports].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0] ?? null;
}

export async function checkCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, ["--previous"], ["--json"]);
  } catch (error) {
    if (error instanceof ArgError) {
      process.stderr.write(`${error.message}\n用法：check FILE... [--json] [--previous LAST_YEAR_FILE]\n`);
      return 2;
    }
    throw error;
  }
  const files = parsed.positional;
  if (files.length === 0) {
    process.stderr.write("请给出要校验的文件。\n用法：check FILE... [--json] [--previous LAST_YEAR_FILE]\n");
    return 2;
  }
  const json = parsed.flags.has("--json");
  let unreadable = false;
  let previousReports: Report[] = [];
  const previousFile = parsed.values.get("--previous");
  if (previousFile) {
    const previous = await readInput(previousFile);
    if (!previous.ok) {
      process.stderr.write(`上年报告无法读取：${previous.message}\n`);
      return 2;
    }
    previousReports = previous.reports;
  }

  const entries: FileJson[] = [];
  let errors = 0;
  for (const file of files) {
    const input = await readInput(file);
    if (!input.ok) {
      unreadable = true;
      process.stderr.write(`${input.message}\n`);
      continue;
    }
    const checked = checkReports(input.reports, previousReports);
    const findings = checked.length > 0 ? checked.flatMap((c) => c.findings) : [NO_TABLES];
    const primary = primaryReport(input.reports);
    errors += findings.filter((f) => f.severity === "error").length;
    if (json) entries.push(fileToJson(file, primary, findings));
    else process.stdout.write(`${formatFileResult(file, primary, findings)}\n\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify({ files: entries }, null, 2)}\n`);
  if (unreadable) return 2;
  return errors > 0 ? 1 : 0;
}
