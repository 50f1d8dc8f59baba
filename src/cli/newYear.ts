/** `new-year FILE -o NEXT.xlsx`: next year's workbook from an .xlsx or a published report's text. */
import { promises as fs } from "fs";
import { UserError } from "../features/errors";
import { planNewYear, sourceReport } from "../features/newYear";
import { exceljsHost, newWorkbook, saveXlsx } from "../hosts/exceljs";
import { ArgError, parseArgs } from "./args";
import { readInput } from "./inputs";

const USAGE = "用法：new-year FILE -o NEXT.xlsx [--force]";

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

export async function newYearCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, ["-o", "--output"], ["--force"]);
  } catch (error) {
    if (error instanceof ArgError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const output = parsed.values.get("-o") ?? parsed.values.get("--output");
  if (parsed.positional.length !== 1 || !output) {
    process.stderr.write(`请给出一个上年报告文件和输出文件（-o）。\n${USAGE}\n`);
    return 2;
  }
  const [file] = parsed.positional;
  if (!parsed.flags.has("--force") && (await exists(output))) {
    process.stderr.write(`${output} 已存在：为免覆盖，未写入。要覆盖请加 --force。\n`);
    return 2;
  }
  const input = await readInput(file);
  if (!input.ok) {
    process.stderr.write(`${input.message}\n`);
    return 2;
  }
  try {
    const previous = sourceReport(input.reports, null);
    const workbook = newWorkbook();
    const host = exceljsHost(workbook);
    const result = await host.run(async (session) => {
      const plan = planNewYear(previous, await session.read({ values: false }));
      await session.write(plan.ops);
      return plan;
    });
    await saveXlsx(workbook, output);
    const { year, format, carried, sheet } = result.result;
    process.stdout.write(
      `已生成 ${output}：${year} 年度（${format} 格式）工作表“${sheet}”，“二、上年结转”已结转 ${carried} 列（来自 ${previous.year} 年“四、结转下年度继续办理”）。\n`,
    );
    if (result.missing.length > 0) {
      process.stdout.write(`以下列在上年表格中无可读数值，未结转、留空：${result.missing.join("、")}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`${file}：${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string") {
      process.stderr.write(`无法写入 ${output}（${code}）：请检查文件夹是否存在、是否有写入权限\n`);
      return 2;
    }
    throw error;
  }
}
