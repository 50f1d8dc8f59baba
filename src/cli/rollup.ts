/**
 * `rollup FILE|FOLDER... -o SUMMARY.xlsx --unit 某县 [--year 2024] [--force]`: checks every report, then adds them
 * up cell by cell into a new workbook laid out like `template`, with a 汇总明细 sheet.
 * Exit 0 written; 1 inputs have errors (nothing written without --force) or the sum fails a check;
 * 2 unreadable inputs, different years or formats, bad arguments.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { checkReport } from "../core/check/engine";
import { countBySeverity, summaryLine } from "../core/check/json";
import { UserError } from "../features/errors";
import { planRollup, rollupBasis } from "../features/rollup";
import { exceljsHost, newWorkbook, saveXlsx } from "../hosts/exceljs";
import { ArgError, parseArgs } from "./args";
import { describeReport, formatFinding } from "./checkOutput";
import { expandInputs } from "./folder";
import { readParts, type ReadPart } from "./parts";
import { progressBar } from "./progress";

export const ROLLUP_USAGE = "用法：rollup FILE|FOLDER... -o SUMMARY.xlsx --unit 某县 [--year 2024] [--force]";

const FINDINGS_SHOWN = 3;

interface RollupArgs {
  inputs: string[];
  output: string;
  unit: string;
  year: number | null;
  force: boolean;
}

function parse(args: readonly string[]): RollupArgs {
  const parsed = parseArgs(args, ["-o", "--output", "--unit", "--year"], ["--force"]);
  const output = parsed.values.get("-o") ?? parsed.values.get("--output");
  if (!output) throw new ArgError("缺少输出文件：请用 -o 指定，例如 -o 汇总.xlsx");
  if (!/\.xlsx$/i.test(output)) throw new ArgError(`输出文件“${output}”应以 .xlsx 结尾`);
  const unit = (parsed.values.get("--unit") ?? "").trim();
  if (unit === "") throw new ArgError("缺少汇总单位名称：请用 --unit 指定，例如 --unit 郸城县");
  const yearText = parsed.values.get("--year");
  if (yearText !== undefined && !/^\d{4}$/.test(yearText.trim())) {
    throw new ArgError(`报告年度“${yearText}”不是四位数的年份`);
  }
  if (parsed.positional.length === 0) throw new ArgError("请给出要汇总的报告文件或文件夹");
  return {
    inputs: parsed.positional,
    output,
    unit,
    year: yearText ? Number(yearText.trim()) : null,
    force: parsed.flags.has("--force"),
  };
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

function erroneous(parts: readonly ReadPart[]): string {
  const lines: string[] = [];
  for (const part of parts) {
    const errors = part.findings.filter((f) => f.severity === "error");
    lines.push(`  ${part.source}（${part.name}）：${summaryLine(part.findings)}`);
    for (const f of errors.slice(0, FINDINGS_SHOWN)) lines.push(`  ${formatFinding(f)}`);
    if (errors.length > FINDINGS_SHOWN) lines.push(`      …… 另有 ${errors.length - FINDINGS_SHOWN} 个错误`);
  }
  return lines.join("\n");
}

export async function rollupCommand(args: string[]): Promise<number> {
  let parsed: RollupArgs;
  try {
    parsed = parse(args);
  } catch (error) {
    if (!(error instanceof ArgError)) throw error;
    process.stderr.write(`${error.message}\n${ROLLUP_USAGE}\n`);
    return 2;
  }
  if (!parsed.force && (await exists(parsed.output))) {
    process.stderr.write(`${parsed.output} 已存在：为免覆盖，未写入。要覆盖请加 --force。\n`);
    return 2;
  }
  const expanded = await expandInputs(parsed.inputs);
  // A summary written into the folder it sums is not one of its own parts on the next run.
  const files = expanded.files.filter((f) => path.resolve(f) !== path.resolve(parsed.output));
  const { parts, unreadable } = await readParts(files, parsed.year, progressBar(files.length));
  const problems = [...expanded.problems.map((p) => p.message), ...unreadable];
  if (problems.length > 0) {
    process.stderr.write(`以下输入无法读取，未汇总：\n${problems.map((p) => `  ${p}`).join("\n")}\n`);
    return 2;
  }

  try {
    rollupBasis(parts, parsed.year);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const withErrors = parts.filter((p) => countBySeverity(p.findings).errors > 0);
  if (withErrors.length > 0 && !parsed.force) {
    process.stderr.write(
      `${withErrors.length} 份报告校验有错误，未汇总（请先改正；确需照原样汇总，请加 --force）：\n${erroneous(withErrors)}\n`,
    );
    return 1;
  }

  const workbook = newWorkbook();
  let plan;
  try {
    plan = await exceljsHost(workbook).run(async (session) => {
      const made = planRollup(parts, { unit: parsed.unit, year: parsed.year }, await session.read({ values: false }));
      await session.write(made.ops);
      return made;
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  try {
    await saveXlsx(workbook, parsed.output);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    process.stderr.write(`无法写入 ${parsed.output}（${code}）：请检查文件夹是否存在、是否有写入权限\n`);
    return 2;
  }

  const { result, summary } = plan;
  const out: string[] = [`汇总了 ${result.parts} 份报告：`];
  for (const part of parts) out.push(`  ${part.source}：${describeReport(part.report)}，${summaryLine(part.findings)}`);
  if (withErrors.length > 0) out.push(`注意：${withErrors.length} 份报告有错误，已按 --force 照原样汇总。`);
  if (result.lacking.length > 0) out.push(`缺少表格（按不计入汇总）：${result.lacking.join("；")}`);
  if (result.gaps.length > 0) out.push(`有单元格无数值（按不计入汇总）：${result.gaps.join("；")}`);
  if (result.unknownYear.length > 0) {
    out.push(`未能确定年度、按 ${result.year} 年度计入：${result.unknownYear.join("、")}`);
  }
  out.push(
    `已写入 ${parsed.output}：${result.unit} ${result.year} 年度汇总（${result.format} 年版格式），` +
      `工作表“${result.sheet}”（表${result.tables.join("、表")}）和“${result.detailSheet}”。`,
  );
  const findings = checkReport(summary);
  out.push(`汇总表校验：${summaryLine(findings)}`);
  for (const f of findings) out.push(formatFinding(f));
  process.stdout.write(`${out.join("\n")}\n`);
  return countBySeverity(findings).errors > 0 ? 1 : 0;
}
