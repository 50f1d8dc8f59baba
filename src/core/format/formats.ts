/** The two official formats and the choice of format by report year. */
import { TABLE2_2019, TABLE2_2021 } from "./table2";
import { RESULT_ROWS_2019, RESULT_ROWS_2021, TABLE3_2019, TABLE3_2021 } from "./table3";
import { TABLE4 } from "./table4";
import { TABLE2_2021_RULES, TABLE4_RULES, table3Rules } from "./rules";
import type { FormatDef, FormatId, PlacedDataCell, TableId } from "./types";

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

/** Every format, oldest first: readers try each; a new edition is a new entry here. */
export const FORMAT_IDS: readonly FormatId[] = (Object.keys(FORMATS) as FormatId[]).sort(
  (a, b) => FORMATS[a].years.from - FORMATS[b].years.from,
);

/** The format in force (no last year): the one assumed when nothing tells. */
export const LATEST_FORMAT: FormatDef = FORMATS[FORMAT_IDS[FORMAT_IDS.length - 1]];

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

/** Every data cell of a format, in table order. */
export function allDataCells(format: FormatDef, tables: readonly TableId[] = ["二", "三", "四"]): PlacedDataCell[] {
  return tables.flatMap((id) => format.tables[id].dataCells);
}
