/** `new-year FILE -o NEXT.xlsx`: next year's workbook from an .xlsx or a published report's text. */
import type { OptionValues } from "commander";
import { UserError } from "../features/errors";
import { planNewYear, sourceReport } from "../features/newYear";
import { exceljsHost, newWorkbook, saveXlsx } from "../hosts/exceljs";
import { CliError, EXIT, UsageError } from "./exit";
import { readInput } from "./inputs";
import { checkOutput, writeOutput } from "./outputFile";
import type { CommandSpec } from "./program";

async function run(files: string[], options: OptionValues): Promise<number> {
  const output = options.output as string | undefined;
  if (files.length !== 1 || !output) throw new UsageError("请给出一个上年报告文件和输出文件（-o）。");
  const [file] = files;
  const target = { file: output, force: options.force === true, inputs: [file] };
  await checkOutput(target);
  const input = await readInput(file);
  if (!input.ok) throw new CliError(input.message);
  const workbook = newWorkbook();
  const made = await (async () => {
    try {
      const previous = sourceReport(input.reports, null);
      const plan = await exceljsHost(workbook).run(async (session) => {
        const planned = planNewYear(previous, await session.read({ values: false }));
        await session.write(planned.ops);
        return planned;
      });
      return { previous, result: plan };
    } catch (error) {
      if (error instanceof UserError) throw new CliError(`${file}：${error.message}`);
      throw error;
    }
  })();
  const { previous, result } = made;
  await writeOutput(target, (temporary) => saveXlsx(workbook, temporary));
  const { year, format, carried, sheet } = result.result;
  process.stdout.write(
    `已生成 ${output}：${year} 年度（${format} 格式）工作表“${sheet}”，“二、上年结转”已结转 ${carried} 列（来自 ${previous.year} 年“四、结转下年度继续办理”）。\n`,
  );
  if (result.missing.length > 0) {
    process.stdout.write(`以下列在上年表格中无可读数值，未结转、留空：${result.missing.join("、")}\n`);
  }
  return EXIT.ok;
}

export const newYearCommand: CommandSpec = {
  name: "new-year",
  arguments: "[file...]",
  summary: "由上年报告生成下一年度表格，“二、上年结转”取自上年“四、结转下年度继续办理”",
  usage: ["new-year FILE -o NEXT.xlsx [--force]"],
  options: [
    { flags: "-o, --output <file>", description: "输出文件（.xlsx）" },
    { flags: "--force", description: "输出文件已存在时覆盖它（从不覆盖输入文件）" },
  ],
  run,
};
