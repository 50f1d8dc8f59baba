/** `template --year 2024 --unit 胡集乡 -o out.xlsx [--tables 二,三] [--force]`: the official tables in a new .xlsx. */
import { existsSync } from "fs";
import { TABLE_IDS, type TableId } from "../core/format";
import { UserError } from "../features/errors";
import { insertTables } from "../features/insert";
import { exceljsHost, newWorkbook, saveXlsx } from "../hosts/exceljs";

const USAGE = "用法：disclosure-tables template --year 2024 --unit 胡集乡 -o out.xlsx [--tables 二,三,四] [--force]\n";
const DIGIT_TABLES: Record<string, TableId> = { "2": "二", "3": "三", "4": "四" };

class ArgumentError extends Error {}

interface TemplateArgs {
  year: number;
  unit: string;
  output: string;
  tables: string[];
  force: boolean;
}

function parse(args: readonly string[]): TemplateArgs {
  const values = new Map<string, string>();
  let force = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const key = name === "--output" ? "-o" : name;
    if (["--year", "--unit", "-o", "--tables"].includes(key)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === "") throw new ArgumentError(`选项 ${name} 需要一个值`);
      values.set(key, value);
    } else if (name === "--force") {
      force = true;
    } else {
      throw new ArgumentError(arg.startsWith("-") ? `未知选项“${arg}”` : `多余的参数“${arg}”`);
    }
  }
  const output = values.get("-o");
  if (!output) throw new ArgumentError("缺少输出文件：请用 -o 指定，例如 -o out.xlsx");
  const yearText = values.get("--year");
  if (!yearText) throw new ArgumentError("缺少报告年度：请用 --year 指定，例如 --year 2024");
  if (!/^\d{4}$/.test(yearText.trim())) throw new ArgumentError(`报告年度“${yearText}”不是四位数的年份`);
  const unit = values.get("--unit");
  if (!unit || unit.trim() === "") throw new ArgumentError("缺少单位名称：请用 --unit 指定，例如 --unit 胡集乡");
  const tablesText = values.get("--tables");
  const tables = tablesText
    ? tablesText
        .split(/[,，、\s]+/)
        .filter((t) => t !== "")
        .map((t) => DIGIT_TABLES[t] ?? t)
    : [...TABLE_IDS];
  return { year: Number(yearText.trim()), unit, output, tables, force };
}

export async function template(args: string[]): Promise<number> {
  let parsed: TemplateArgs;
  try {
    parsed = parse(args);
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (existsSync(parsed.output) && !parsed.force) {
    process.stderr.write(`${parsed.output} 已存在：为免覆盖，请换一个文件名，或加 --force 覆盖它\n`);
    return 2;
  }
  const workbook = newWorkbook();
  try {
    const result = await insertTables(exceljsHost(workbook), {
      year: parsed.year,
      unit: parsed.unit,
      tables: parsed.tables as TableId[],
    });
    await saveXlsx(workbook, parsed.output);
    process.stdout.write(
      `已写入 ${parsed.output}：工作表“${result.sheet}”，${result.format} 年格式，名称 ${result.names.join("、")}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string") {
      process.stderr.write(`无法写入 ${parsed.output}（${code}）：请检查文件夹是否存在、是否有写入权限\n`);
      return 2;
    }
    throw error;
  }
}
