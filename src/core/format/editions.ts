/** The official format editions: each is data (its tables and rules); readers, writers and checks take them from here. */
import { TABLE2_2019, TABLE2_2021 } from "./table2";
import { RESULT_ROWS_2019, RESULT_ROWS_2021, TABLE3_2019, TABLE3_2021 } from "./table3";
import { TABLE4 } from "./table4";
import { TABLE2_2021_RULES, TABLE4_RULES, table3Rules } from "./rules";
import type { FormatDef, FormatId } from "./types";

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
