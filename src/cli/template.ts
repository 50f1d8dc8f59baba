/** `template --year 2024 --unit 胡集乡 -o out.xlsx [--tables 二,三] [--force]`: the official tables in a new .xlsx. */
import type { OptionValues } from "commander";
import { TABLE_IDS, type TableId } from "../core/format";
import { insertTables } from "../features/insert";
import { exceljsHost, newWorkbook, saveXlsx } from "../hosts/exceljs";
import { EXIT, UsageError } from "./exit";
import { checkOutput, writeOutput } from "./outputFile";
import type { CommandSpec } from "./program";

const DIGIT_TABLES: Record<string, TableId> = { "2": "二", "3": "三", "4": "四" };

interface TemplateArgs {
  year: number;
  unit: string;
  output: string;
  tables: string[];
  force: boolean;
}

function parse(extra: readonly string[], options: OptionValues): TemplateArgs {
  if (extra.length > 0) throw new UsageError(`多余的参数“${extra[0]}”`);
  const output = options.output as string | undefined;
  if (!output) throw new UsageError("缺少输出文件：请用 -o 指定，例如 -o out.xlsx");
  const yearText = options.year as string | undefined;
  if (!yearText) throw new UsageError("缺少报告年度：请用 --year 指定，例如 --year 2024");
  if (!/^\d{4}$/.test(yearText.trim())) throw new UsageError(`报告年度“${yearText}”不是四位数的年份`);
  const unit = options.unit as string | undefined;
  if (!unit || unit.trim() === "") throw new UsageError("缺少单位名称：请用 --unit 指定，例如 --unit 胡集乡");
  const tablesText = options.tables as string | undefined;
  const tables = tablesText
    ? tablesText
        .split(/[,，、\s]+/)
        .filter((t) => t !== "")
        .map((t) => DIGIT_TABLES[t] ?? t)
    : [...TABLE_IDS];
  return { year: Number(yearText.trim()), unit, output, tables, force: options.force === true };
}

async function run(extra: string[], options: OptionValues): Promise<number> {
  const parsed = parse(extra, options);
  const target = { file: parsed.output, force: parsed.force, inputs: [] };
  await checkOutput(target);
  const workbook = newWorkbook();
  const result = await insertTables(exceljsHost(workbook), {
    year: parsed.year,
    unit: parsed.unit,
    tables: parsed.tables as TableId[],
  });
  await writeOutput(target, (temporary) => saveXlsx(workbook, temporary));
  process.stdout.write(
    `已写入 ${parsed.output}：工作表“${result.sheet}”，${result.format} 年格式，名称 ${result.names.join("、")}\n`,
  );
  return EXIT.ok;
}

export const templateCommand: CommandSpec = {
  name: "template",
  arguments: "[extra...]",
  summary: "按报告年度生成官方格式的空白表格（.xlsx）",
  usage: ["template --year 2024 --unit 胡集乡 -o out.xlsx [--tables 二,三,四] [--force]"],
  options: [
    { flags: "--year <year>", description: "报告年度（四位数）" },
    { flags: "--unit <name>", description: "单位名称" },
    { flags: "-o, --output <file>", description: "输出文件（.xlsx）" },
    { flags: "--tables <list>", description: "要插入的表格，如 二,三,四（默认全部）" },
    { flags: "--force", description: "输出文件已存在时覆盖它" },
  ],
  run,
};
