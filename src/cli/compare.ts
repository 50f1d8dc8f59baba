/**
 * `compare THIS_YEAR LAST_YEAR -o 对比.xlsx [--force]`: the 与上年对比 sheet of two reports (files of any input
 * kind) in a new workbook, and the clerk's sentences on stdout. ExcelJS writes no charts: the chart's data is laid
 * out ready for one (select it, 插入 › 簇状柱形图). Exit 0 written; 2 unreadable inputs, no tables, bad arguments.
 */
import type { OptionValues } from "commander";
import { boxAddress } from "../core/grid/address";
import type { Report } from "../core/report/model";
import { planComparison } from "../features/compare";
import { UserError } from "../features/errors";
import { exceljsHost, newWorkbook, saveXlsx } from "../hosts/exceljs";
import { CliError, EXIT, UsageError } from "./exit";
import { readInput } from "./inputs";
import { checkOutput, writeOutput } from "./outputFile";
import type { CommandSpec } from "./program";

/** The report a file stands for: its latest year with tables. */
async function reportOf(file: string, which: string): Promise<Report> {
  const input = await readInput(file);
  if (!input.ok) throw new CliError(`${which}无法读取：${input.message}`);
  const withTables = input.reports.filter((r) => r.tables.length > 0);
  const report = [...withTables].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
  if (!report) throw new CliError(`${which} ${file} 中未找到年报表格`);
  return report;
}

async function run(files: string[], options: OptionValues): Promise<number> {
  const output = options.output as string | undefined;
  if (files.length !== 2) throw new UsageError("请依次给出本年报告和上年报告两个文件。");
  if (!output) throw new UsageError("缺少输出文件：请用 -o 指定，例如 -o 对比.xlsx");
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`输出文件“${output}”应以 .xlsx 结尾`);
  const [thisFile, lastFile] = files;
  const target = { file: output, force: options.force === true, inputs: [thisFile, lastFile] };
  await checkOutput(target);
  const current = await reportOf(thisFile, "本年报告");
  const last = await reportOf(lastFile, "上年报告");
  if (current.year !== null && last.year !== null && last.year >= current.year) {
    throw new UsageError(
      `本年报告是 ${current.year} 年度的，上年报告是 ${last.year} 年度的：请先给本年报告，再给上年报告。`,
    );
  }
  const workbook = newWorkbook();
  const host = exceljsHost(workbook);
  const plan = await host.run(async (session) => {
    try {
      const planned = planComparison(current, last, await session.read({ values: false }), {
        charts: host.capabilities.charts === true,
      });
      await session.write(planned.ops);
      return planned;
    } catch (error) {
      if (error instanceof UserError) throw new CliError(error.message);
      throw error;
    }
  });
  await writeOutput(target, (temporary) => saveXlsx(workbook, temporary));

  const out = [
    `已写入 ${output}：工作表“${plan.sheet}”，${plan.comparison.cells.length} 个单元格逐格对比（上年、本年、增减、增减率）。`,
  ];
  if (current.year !== null && last.year !== null && current.year - last.year !== 1) {
    out.push(`注意：两份报告相隔 ${current.year - last.year} 年（${last.year} 年与 ${current.year} 年）。`);
  }
  if (current.unit && last.unit && current.unit !== last.unit) {
    out.push(`注意：两份报告的单位不同（本年“${current.unit}”，上年“${last.unit}”）。`);
  }
  if (plan.sentences.length > 0) {
    out.push("可写入报告的表述：");
    for (const s of plan.sentences) out.push(`  ${s}。`);
  }
  out.push(
    `图表：此处生成的 .xlsx 不含图表（所用的 ExcelJS 不能写入图表）；主要指标已按图表所需排好（${boxAddress(plan.chartData)}），` +
      "在 Excel 或 WPS 中选中后 插入 › 簇状柱形图 即可；在 Excel 任务窗格中按“与上年对比”会直接生成图表。",
  );
  process.stdout.write(`${out.join("\n")}\n`);
  return EXIT.ok;
}

export const compareCommand: CommandSpec = {
  name: "compare",
  arguments: "[files...]",
  summary: "与上年对比：逐格列出上年、本年、增减和增减率，并给出可写入报告的表述（.xlsx）",
  usage: ["compare THIS_YEAR LAST_YEAR -o 对比.xlsx [--force]"],
  options: [
    { flags: "-o, --output <file>", description: "输出文件（.xlsx）" },
    { flags: "--force", description: "输出文件已存在时覆盖它（从不覆盖输入文件）" },
  ],
  run,
};
