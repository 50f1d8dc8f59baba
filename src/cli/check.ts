/**
 * `check FILE... [--json] [--previous LAST_YEAR_FILE]` (DESIGN.md contract), and additions that keep it:
 * FILE may be a folder (every .xlsx and .txt inside, recursively, sorted); `--report summary.xlsx|.html` writes
 * every finding as a sortable, filterable table; `check SUMMARY --parts PART...` adds R11 (summary = Σ parts).
 * With many files: a progress bar on stderr (terminal only) and a summary at the end (stdout; stderr with --json).
 */
import type { OptionValues } from "commander";
import { countBySeverity, fileToJson, type FileJson } from "../core/check/json";
import { applyReviews, reviewsFromSheets } from "../core/check/review";
import type { RollupRef } from "../core/check/rules";
import { checkReports } from "../features/checkReports";
import { checkSnapshot } from "../features/checkSnapshot";
import type { Report } from "../core/report/model";
import { formatFileResult } from "./checkOutput";
import { PARTS_FLAG, readSummaryParts } from "./checkParts";
import { CliError, EXIT, UsageError } from "./exit";
import { fileStatus, statusTableText, unreadableStatus, type FileStatus } from "./fileStatus";
import { findingRows, unreadableRow, type FindingRow } from "./findingRows";
import { expandInputs, withoutOutput } from "./folder";
import { readInput } from "./inputs";
import { checkOutput, writeOutput } from "./outputFile";
import type { CommandSpec } from "./program";
import { progressBar } from "./progress";
import { isCheckReport, isCheckReportFile, reportKind, writeReport } from "./reportFile";
import { RunSummary } from "./runSummary";

/** The report a file stands for: the latest year among those it holds. */
function primaryReport(reports: readonly Report[]): Report | null {
  return [...reports].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0] ?? null;
}

const VALUED = ["--previous", "--report"];
const PART = "--part";

/** Every argument after --parts is a part, except check's own options (which may stand anywhere). */
function prepare(args: readonly string[]): string[] {
  const at = args.indexOf(PARTS_FLAG);
  if (at < 0) return [...args];
  const out = args.slice(0, at + 1);
  for (let i = at + 1; i < args.length; i += 1) {
    const arg = args[i];
    if (VALUED.includes(arg)) {
      out.push(arg);
      if (i + 1 < args.length) out.push(args[++i]);
    } else if (arg.startsWith("-") && arg.length > 1) out.push(arg);
    else out.push(`${PART}=${arg}`);
  }
  return out;
}

async function run(positional: string[], options: OptionValues): Promise<number> {
  const reportFile = options.report as string | undefined;
  if (reportFile !== undefined && reportKind(reportFile) === null) {
    throw new UsageError(`--report 的文件“${reportFile}”应以 .xlsx 或 .html 结尾`);
  }
  const partArgs = options.parts === true ? ((options.part as string[] | undefined) ?? []) : null;
  if (partArgs !== null && partArgs.length === 0) {
    throw new UsageError("--parts 之后应给出各下级报告（文件或文件夹）");
  }
  if (positional.length === 0) throw new UsageError("请给出要校验的文件。");
  const json = options.json === true;
  let unreadable = false;
  let previousReports: Report[] = [];
  const previousFile = options.previous as string | undefined;
  if (previousFile) {
    const previous = await readInput(previousFile);
    if (!previous.ok) throw new CliError(`上年报告无法读取：${previous.message}`);
    previousReports = previous.reports;
  }

  const expanded = await expandInputs(positional);
  // A report written into the folder it checks is not checked by the next run.
  const files = withoutOutput(expanded, reportFile);
  const target = reportFile
    ? { file: reportFile, force: options.force === true, inputs: [...files, ...(previousFile ? [previousFile] : [])] }
    : null;
  if (target) await checkOutput(target);
  if (partArgs && (files.length !== 1 || expanded.problems.length > 0)) {
    throw new UsageError(`--parts 之前应恰好给出一个汇总报告文件（现为 ${positional.join("、")}）。`);
  }
  const many = files.length + expanded.problems.length > 1 || expanded.folders;
  const summary = new RunSummary();
  const rows: FindingRow[] = [];
  // With many files the one-row-per-file table comes first, then each file's findings.
  const statuses: FileStatus[] = [];
  const details: string[] = [];
  const progress = progressBar(files.length);
  for (const problem of expanded.problems) {
    unreadable = true;
    progress.say(problem.message);
    summary.addUnreadable(problem.message);
    rows.push(unreadableRow(problem.file, problem.message));
    statuses.push(unreadableStatus(problem.file));
  }

  const entries: FileJson[] = [];
  let errors = 0;
  for (const [i, file] of files.entries()) {
    progress.tick(i, file);
    if (expanded.found.has(file) && isCheckReportFile(file)) continue;
    const input = await readInput(file);
    if (!input.ok) {
      unreadable = true;
      progress.say(input.message);
      summary.addUnreadable(input.message);
      statuses.push(unreadableStatus(file));
      if (reportFile) rows.push(unreadableRow(file, input.message));
      continue;
    }
    if (expanded.found.has(file) && input.snapshot && isCheckReport(input.snapshot)) continue;
    const primary = primaryReport(input.reports);
    const rollups = new Map<Report, RollupRef[]>();
    if (partArgs) {
      const outcome = await readSummaryParts(primary, partArgs, file);
      if (!outcome.ok) throw new CliError(outcome.message);
      if (primary) rollups.set(primary, [{ parts: outcome.parts }]);
      if (!json) process.stdout.write(`${file}：与 ${outcome.parts.length} 份下级报告逐格核对\n`);
    }
    // A workbook is checked as the task pane's 校验 checks it (its roll-ups' R11 included).
    const checked = input.snapshot
      ? checkSnapshot(input.snapshot, {
          previousCandidates: previousReports,
          reports: input.reports,
          extraRollups: rollups,
        })
      : checkReports(input.reports, previousReports, rollups);
    // A file without tables is one report with an F2 note (reportsFromGrid, reportFromText).
    const found = checked.flatMap((c) => c.findings);
    // Findings marked 已核实 in the workbook carry their review and are counted apart.
    const findings = applyReviews(found, input.snapshot ? reviewsFromSheets(input.snapshot.sheets) : []);
    errors += countBySeverity(findings).errors;
    summary.addFile(file, findings);
    statuses.push(fileStatus(file, primary, findings));
    if (reportFile) rows.push(...findingRows(file, primary, findings));
    if (json) entries.push(fileToJson(file, primary, findings));
    else if (many) details.push(`${formatFileResult(file, primary, findings)}\n\n`);
    else {
      progress.hide();
      process.stdout.write(`${formatFileResult(file, primary, findings)}\n\n`);
    }
  }
  progress.tick(files.length, "");
  progress.end();
  if (json) process.stdout.write(`${JSON.stringify({ files: entries }, null, 2)}\n`);
  else if (many) process.stdout.write(`${statusTableText(statuses)}\n\n${details.join("")}`);
  if (many) (json ? process.stderr : process.stdout).write(`${summary.text()}\n`);
  if (target) {
    await writeOutput(target, (temporary) =>
      writeReport(temporary, reportKind(target.file) ?? "xlsx", rows, summary.text(), statuses),
    );
    process.stderr.write(`校验结果表已写入 ${target.file}\n`);
  }
  if (unreadable) return EXIT.unusable;
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

export const checkCommand: CommandSpec = {
  name: "check",
  arguments: "[files...]",
  summary: "校验报告的表格：行列合计、勾稽关系、空白与非数字单元格、与上年的结转",
  usage: [
    "check FILE|FOLDER... [--json] [--previous LAST_YEAR_FILE] [--report 结果.xlsx|结果.html] [--force]",
    "check SUMMARY --parts PART|FOLDER... [--json]（核对汇总报告是否等于各下级报告之和）",
  ],
  options: [
    { flags: "--json", description: "以 JSON 输出结果（docs/json.md）" },
    { flags: "--previous <file>", description: "上年报告，用于核对上年结转和现行有效件数" },
    { flags: "--report <file>", description: "把全部问题写成一张可排序、筛选的表（.xlsx 或 .html）" },
    { flags: "--force", description: "--report 的文件已存在时覆盖它（从不覆盖输入文件）" },
    { flags: PARTS_FLAG, description: "其后的参数都是下级报告（文件或文件夹），核对汇总报告是否等于它们之和" },
    { flags: `${PART} <file...>`, description: "一个下级报告", hidden: true },
  ],
  prepare,
  run,
};
