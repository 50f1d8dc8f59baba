/**
 * `check FILE... [--json] [--previous LAST_YEAR_FILE]` (DESIGN.md contract), and additions that keep it:
 * FILE may be a folder (every .xlsx and .txt inside, recursively, sorted); `--report summary.xlsx|.html` writes
 * every finding as a sortable, filterable table; `check SUMMARY --parts PART...` adds R11 (summary = Σ parts).
 * With many files: a progress bar on stderr (terminal only) and a summary at the end (stdout; stderr with --json).
 */
import { fileToJson, type FileJson } from "../core/check/json";
import { checkReports } from "../features/checkReports";
import type { Report } from "../core/report/model";
import { ArgError, parseArgs, type ParsedArgs } from "./args";
import { formatFileResult } from "./checkOutput";
import { partsFindings, splitParts } from "./checkParts";
import { findingRows, unreadableRow, type FindingRow } from "./findingRows";
import { expandInputs } from "./folder";
import { readInput } from "./inputs";
import { progressBar } from "./progress";
import { reportKind, writeReport } from "./reportFile";
import { RunSummary } from "./runSummary";

const USAGE =
  "用法：check FILE|FOLDER... [--json] [--previous LAST_YEAR_FILE] [--report 结果.xlsx|结果.html]\n" +
  "      check SUMMARY --parts PART|FOLDER... [--json]（核对汇总报告是否等于各下级报告之和）";

const VALUED = ["--previous", "--report"];
const BOOLEANS = ["--json"];

/** The report a file stands for: the latest year among those it holds. */
function primaryReport(reports: readonly Report[]): Report | null {
  return [...reports].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0] ?? null;
}

/** Options may stand after --parts too; everything else there is a part. */
function parse(args: readonly string[]): { parsed: ParsedArgs; parts: string[] | null } {
  const { before, after } = splitParts(args);
  const parsed = parseArgs(before, VALUED, BOOLEANS);
  if (after === null) return { parsed, parts: null };
  const rest = parseArgs(after, VALUED, BOOLEANS);
  for (const [k, v] of rest.values) parsed.values.set(k, v);
  for (const flag of rest.flags) parsed.flags.add(flag);
  if (rest.positional.length === 0) throw new ArgError("--parts 之后应给出各下级报告（文件或文件夹）");
  return { parsed, parts: rest.positional };
}

export async function checkCommand(args: string[]): Promise<number> {
  let parsed: ParsedArgs;
  let partArgs: string[] | null;
  try {
    ({ parsed, parts: partArgs } = parse(args));
    const report = parsed.values.get("--report");
    if (report !== undefined && reportKind(report) === null) {
      throw new ArgError(`--report 的文件“${report}”应以 .xlsx 或 .html 结尾`);
    }
  } catch (error) {
    if (error instanceof ArgError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (parsed.positional.length === 0) {
    process.stderr.write(`请给出要校验的文件。\n${USAGE}\n`);
    return 2;
  }
  const json = parsed.flags.has("--json");
  const reportFile = parsed.values.get("--report");
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

  const expanded = await expandInputs(parsed.positional);
  const files = expanded.files;
  if (partArgs && (files.length !== 1 || expanded.problems.length > 0)) {
    process.stderr.write(
      `--parts 之前应恰好给出一个汇总报告文件（现为 ${parsed.positional.join("、")}）。\n${USAGE}\n`,
    );
    return 2;
  }
  const many = files.length + expanded.problems.length > 1 || expanded.folders;
  const summary = new RunSummary();
  const rows: FindingRow[] = [];
  const progress = progressBar(files.length);
  for (const problem of expanded.problems) {
    unreadable = true;
    progress.say(problem.message);
    summary.addUnreadable(problem.message);
    rows.push(unreadableRow(problem.file, problem.message));
  }

  const entries: FileJson[] = [];
  let errors = 0;
  for (const [i, file] of files.entries()) {
    progress.tick(i, file);
    const input = await readInput(file);
    if (!input.ok) {
      unreadable = true;
      progress.say(input.message);
      summary.addUnreadable(input.message);
      if (reportFile) rows.push(unreadableRow(file, input.message));
      continue;
    }
    const checked = checkReports(input.reports, previousReports);
    // A file without tables is one report with an F2 note (reportsFromGrid, reportFromText).
    const findings = checked.flatMap((c) => c.findings);
    const primary = primaryReport(input.reports);
    if (partArgs) {
      const outcome = await partsFindings(primary, partArgs, file);
      if (!outcome.ok) {
        process.stderr.write(`${outcome.message}\n`);
        return 2;
      }
      findings.push(...outcome.findings);
      if (!json) process.stdout.write(`${file}：与 ${outcome.parts} 份下级报告逐格核对（R11）\n`);
    }
    errors += findings.filter((f) => f.severity === "error").length;
    summary.addFile(file, findings);
    if (reportFile) rows.push(...findingRows(file, primary, findings));
    if (json) entries.push(fileToJson(file, primary, findings));
    else {
      progress.hide();
      process.stdout.write(`${formatFileResult(file, primary, findings)}\n\n`);
    }
  }
  progress.tick(files.length, "");
  progress.end();
  if (json) process.stdout.write(`${JSON.stringify({ files: entries }, null, 2)}\n`);
  if (many) (json ? process.stderr : process.stdout).write(`${summary.text()}\n`);
  if (reportFile) {
    try {
      await writeReport(reportFile, rows, summary.text());
      process.stderr.write(`校验结果表已写入 ${reportFile}\n`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      process.stderr.write(`无法写入 ${reportFile}（${code}）\n`);
      return 2;
    }
  }
  if (unreadable) return 2;
  return errors > 0 ? 1 : 0;
}
