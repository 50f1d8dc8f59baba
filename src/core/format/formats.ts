/** The two official formats and the choice of format by report year. */
import { TABLE2_2019, TABLE2_2021 } from "./table2";
import { RESULT_ROWS_2019, RESULT_ROWS_2021, TABLE3_2019, TABLE3_2021 } from "./table3";
import { TABLE4 } from "./table4";
import { TABLE2_2021_RULES, TABLE4_RULES, table3Rules } from "./rules";
import type { DataCellDef, FormatDef, FormatId, PlacedDataCell, TableId } from "./types";

export const FORMAT_2021: FormatDef = {
  id: "2021",
  notice: "国办公开办函〔2021〕30号",
  years: { from: 2021, to: null },
  tables: { 二: TABLE2_2021, 三: TABLE3_2021, 四: TABLE4 },
  rules: [...table3Rules(RESULT_ROWS_2021), ...TABLE4_RULES, ...TABLE2_2021_RULES],
};

export const FORMAT_2019: FormatDef = {
  id: "2019",
  notice: "国办公开办函〔2019〕60号",
  years: { from: 2019, to: 2020 },
  tables: { 二: TABLE2_2019, 三: TABLE3_2019, 四: TABLE4 },
  rules: [...table3Rules(RESULT_ROWS_2019), ...TABLE4_RULES],
};

export const FORMATS: Record<FormatId, FormatDef> = { "2019": FORMAT_2019, "2021": FORMAT_2021 };

export const FIRST_YEAR = 2019;
/** Latest year accepted as a report year (sanity bound against typos such as 20224). */
export const LAST_YEAR = 2100;

export type FormatChoice = { ok: true; format: FormatDef } | { ok: false; message: string };

/** The report year picks the format: 2019–2020 the 2019 format, 2021 on the 2021 format. */
export function formatForYear(year: number): FormatChoice {
  if (!Number.isInteger(year)) return { ok: false, message: `报告年度“${year}”不是有效的年份` };
  if (year < FIRST_YEAR) {
    return { ok: false, message: `${year} 年早于统一格式（2019 年起施行），不支持 2019 年以前的报告年度` };
  }
  if (year > LAST_YEAR) return { ok: false, message: `报告年度 ${year} 超出范围` };
  return { ok: true, format: year >= FORMAT_2021.years.from ? FORMAT_2021 : FORMAT_2019 };
}

/** Stable key of a data cell inside a report. */
export function cellKey(table: TableId, row: string, column: string): string {
  return `${table}|${row}|${column}`;
}

export function keyOf(cell: DataCellDef): string {
  return cellKey(cell.table, cell.row, cell.column);
}

/** Every data cell of a format, in table order. */
export function allDataCells(format: FormatDef, tables: readonly TableId[] = ["二", "三", "四"]): PlacedDataCell[] {
  return tables.flatMap((id) => format.tables[id].dataCells);
}

/** Column labels that contain "/" themselves and are never split as paths. */
const WHOLE_LABELS = new Set(["本年增/减"]);

/** Short human name of a column: its last label, with its group where the last label repeats (复议后起诉·总计). */
export function shortColumnName(column: string): string {
  if (WHOLE_LABELS.has(column)) return column;
  const parts = column.split("/");
  const last = parts[parts.length - 1];
  const repeats = parts.length > 1 && (last === "总计" || parts[0] === "行政复议" || parts[0] === "行政诉讼");
  return repeats ? `${parts[parts.length - 2]}·${last}` : last;
}

/** Human name of a cell: 行·列 with the last labels, e.g. （七）总计·自然人, 复议后起诉·总计. */
export function shortCellName(cell: Pick<DataCellDef, "row" | "column">): string {
  const row = cell.row === "" ? "" : cell.row.split("/").slice(-1)[0];
  const column = shortColumnName(cell.column);
  return row === "" ? column : `${row}·${column}`;
}
