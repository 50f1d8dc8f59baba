/** Next year's report from this year's: 二、上年结转 column by column from 四、结转下年度继续办理; all else blank. */
import {
  formatForYear,
  shortCellName,
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  type FormatDef,
  type TableId,
} from "../core/format";
import { emptyReport, getValue, setValue } from "../core/report/build";
import type { Report } from "../core/report/model";
import { UserError } from "./errors";

export interface CarryOver {
  format: FormatDef;
  year: number;
  /** The new year's report: carried cells filled, every other cell blank. */
  report: Report;
  carried: number;
  /** Columns whose carried value could not be read (left blank), by name. */
  missing: string[];
}

const ALL_TABLES: TableId[] = ["二", "三", "四"];

export function carryOver(previous: Report): CarryOver {
  const where = previous.source ? `“${previous.source}”中` : "";
  if (previous.year === null) {
    throw new UserError(`无法生成新年度：${where}未能确定报告年度（标题中应有“XXXX年政府信息公开工作年度报告”）`);
  }
  if (!previous.tables.includes("三")) {
    throw new UserError(
      `无法生成新年度：${where}未找到表三“收到和处理政府信息公开申请情况”，没有可结转的“四、结转下年度继续办理”`,
    );
  }
  const year = previous.year + 1;
  const choice = formatForYear(year);
  if (!choice.ok) throw new UserError(choice.message);
  const format = choice.format;
  const report = emptyReport({ format: format.id, year, unit: previous.unit, tables: ALL_TABLES }, null);
  const missing: string[] = [];
  let carried = 0;
  for (const column of format.tables["三"].columnPaths) {
    const value = getValue(previous, "三", T3_CARRIED_OUT, column);
    if (value === null || !Number.isFinite(value)) {
      missing.push(shortCellName({ row: T3_CARRIED_OUT, column }));
      continue;
    }
    setValue(report, "三", T3_CARRIED_IN, column, value);
    carried += 1;
  }
  if (carried === 0) {
    throw new UserError(
      `无法生成新年度：上年表三“四、结转下年度继续办理”一行没有可读的数值（${missing.join("、")}），请先填写或校验上年表格`,
    );
  }
  return { format, year, report, carried, missing };
}
