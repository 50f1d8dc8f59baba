/**
 * `rollup FILE|FOLDER... -o SUMMARY.xlsx --unit 某县 [--year 2024] [--force] [--expect 名单.txt]`: checks every
 * report, then adds them up cell by cell into a new workbook laid out like `template`, with a 汇总明细 sheet;
 * with --expect, says which listed units sent no report, which reports are from units not listed, who sent two.
 * Exit 0 written; 1 inputs have errors (nothing written without --force) or the sum fails a check;
 * 2 unreadable inputs, different years or formats, bad arguments.
 */
import * as path from "path";
import type { OptionValues } from "commander";
import { checkReport } from "../core/check/engine";
import { countBySeverity, summaryLine } from "../core/check/json";
import { expectedUnits, planRollup, rollupBasisProblems } from "../features/rollup";
import { expectedUnitsLines } from "../features/rollupExpected";
import { exceljsHost, newWorkbook, saveXlsx } from "../hosts/exceljs";
import { describeReport, formatFinding } from "./checkOutput";
import { EXIT, UsageError } from "./exit";
import { causesInParts } from "./rollupCauses";
import { expandInputs, withoutOutput } from "./folder";
import { checkOutput, writeOutput } from "./outputFile";
import { readParts, skippedLines, type ReadPart } from "./parts";
import type { CommandSpec } from "./program";
import { progressBar } from "./progress";
import { readUnitList } from "./unitList";

const FINDINGS_SHOWN = 3;

interface RollupArgs {
  inputs: string[];
  output: string;
  unit: string;
  year: number | null;
  force: boolean;
  /** The list of units that must report (--expect). */
  expect: string | null;
}

function parse(inputs: readonly string[], options: OptionValues): RollupArgs {
  const output = options.output as string | undefined;
  if (!output) throw new UsageError("缺少输出文件：请用 -o 指定，例如 -o 汇总.xlsx");
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`输出文件“${output}”应以 .xlsx 结尾`);
  const unit = ((options.unit as string | undefined) ?? "").trim();
  if (unit === "") throw new UsageError("缺少汇总单位名称：请用 --unit 指定，例如 --unit 郸城县");
  const yearText = options.year as string | undefined;
  if (yearText !== undefined && !/^\d{4}$/.test(yearText.trim())) {
    throw new UsageError(`报告年度“${yearText}”不是四位数的年份`);
  }
  if (inputs.length === 0) throw new UsageError("请给出要汇总的报告文件或文件夹");
  return {
    inputs: [...inputs],
    output,
    unit,
    year: yearText ? Number(yearText.trim()) : null,
    force: options.force === true,
    expect: (options.expect as string | undefined) ?? null,
  };
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

/** Different formats or years (or none known), naming each report's unit and file. */
function basisProblems(parts: readonly ReadPart[], year: number | null): string[] {
  if (parts.length === 0) return [];
  return rollupBasisProblems(
    parts.map((p) => ({ ...p, name: p.name === path.basename(p.source) ? p.source : `${p.name}（${p.source}）` })),
    year,
  );
}

async function run(inputs: string[], options: OptionValues): Promise<number> {
  const parsed = parse(inputs, options);
  const expanded = await expandInputs(parsed.inputs);
  // A summary written into the folder it sums is not one of its own parts on the next run.
  const files = withoutOutput(expanded, parsed.output);
  const target = { file: parsed.output, force: parsed.force, inputs: files };
  await checkOutput(target);
  const expected = parsed.expect !== null ? await readUnitList(parsed.expect) : undefined;
  const { parts, unreadable, skipped } = await readParts(files, parsed.year, progressBar(files.length));
  if (skipped.length > 0) process.stderr.write(`${skippedLines(skipped)}\n`);
  // Every problem of every input in one run: unreadable files, other years or formats, reports with errors.
  const unreadableLines = [...expanded.problems.map((p) => p.message), ...unreadable];
  const problems: string[] = [];
  if (unreadableLines.length > 0) {
    problems.push(`以下输入无法读取，未汇总：\n${unreadableLines.map((p) => `  ${p}`).join("\n")}`);
  }
  const basis = basisProblems(parts, parsed.year);
  problems.push(...basis);
  const withErrors = parts.filter((p) => countBySeverity(p.findings).errors > 0);
  if (withErrors.length > 0 && !parsed.force) {
    problems.push(
      `${withErrors.length} 份报告校验有错误，未汇总（请先改正；确需照原样汇总，请加 --force）：\n${erroneous(withErrors)}`,
    );
  }
  if (problems.length > 0) {
    const head = problems.length > 1 ? `未汇总：发现 ${problems.length} 类问题，请一并处理。\n` : "";
    process.stderr.write(`${head}${problems.join("\n")}\n`);
    if (expected) process.stderr.write(`${expectedUnitsLines(expectedUnits(parts, expected)).join("\n")}\n`);
    return unreadableLines.length > 0 || basis.length > 0 ? EXIT.unusable : EXIT.findings;
  }

  const workbook = newWorkbook();
  const plan = await exceljsHost(workbook).run(async (session) => {
    const made = planRollup(
      parts,
      { unit: parsed.unit, year: parsed.year, expected },
      await session.read({ values: false }),
    );
    await session.write(made.ops);
    return made;
  });
  await writeOutput(target, (temporary) => saveXlsx(workbook, temporary));

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
  if (result.expected) out.push(...expectedUnitsLines(result.expected));
  const findings = checkReport(summary);
  out.push(`汇总表校验：${summaryLine(findings)}`);
  for (const f of findings) {
    const causes = causesInParts(f, parts);
    out.push(formatFinding(f) + (causes.length > 0 ? `\n      ${causes.join("；")}` : ""));
  }
  process.stdout.write(`${out.join("\n")}\n`);
  return countBySeverity(findings).errors > 0 ? EXIT.findings : EXIT.ok;
}

export const rollupCommand: CommandSpec = {
  name: "rollup",
  arguments: "[inputs...]",
  summary: "把各下级单位的报告逐格相加，生成汇总表和汇总明细（.xlsx）",
  usage: ["rollup FILE|FOLDER... -o SUMMARY.xlsx --unit 某县 [--year 2024] [--force] [--expect 名单.txt|名单.xlsx]"],
  options: [
    { flags: "-o, --output <file>", description: "输出文件（.xlsx）" },
    { flags: "--unit <name>", description: "汇总单位名称" },
    { flags: "--year <year>", description: "汇总年度（默认为各报告的年度）" },
    {
      flags: "--expect <file>",
      description:
        "应报单位名单（每行一个单位的文本文件，或含一列单位名称的 .xlsx）：列出未报送、名单外和重复报送的单位",
    },
    { flags: "--force", description: "有错误的报告照原样汇总；输出文件已存在时覆盖它（从不覆盖输入文件）" },
  ],
  run,
};
