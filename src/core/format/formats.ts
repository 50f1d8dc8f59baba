/** The choice of format by report year, and the data cells of a format. */
import { FORMAT_IDS, FORMATS } from "./editions";
import type { FormatDef, PlacedDataCell, TableId } from "./types";

export { FORMAT_2019, FORMAT_2021, FORMATS, FORMAT_IDS, LATEST_FORMAT } from "./editions";

export const FIRST_YEAR = 2019;
/** Latest year accepted as a report year (sanity bound against typos such as 20224). */
export const LAST_YEAR = 2100;

export type FormatChoice = { ok: true; format: FormatDef } | { ok: false; message: string };

/** The report year picks the format: the one whose years include it (2019–2020 the 2019 format, 2021 on the 2021 format). */
export function formatForYear(year: number): FormatChoice {
  if (!Number.isInteger(year)) return { ok: false, message: `报告年度“${year}”不是有效的年份` };
  if (year < FIRST_YEAR) {
    return { ok: false, message: `${year} 年早于统一格式（2019 年起施行），不支持 2019 年以前的报告年度` };
  }
  if (year > LAST_YEAR) return { ok: false, message: `报告年度 ${year} 超出范围` };
  const inForce = FORMAT_IDS.map((id) => FORMATS[id]).find(
    (f) => year >= f.years.from && (f.years.to === null || year <= f.years.to),
  );
  return inForce ? { ok: true, format: inForce } : { ok: false, message: `${year} 年没有适用的表格格式` };
}

/** Every data cell of a format, in table order. */
export function allDataCells(format: FormatDef, tables: readonly TableId[] = ["二", "三", "四"]): PlacedDataCell[] {
  return tables.flatMap((id) => format.tables[id].dataCells);
}
