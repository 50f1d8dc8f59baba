export * from "./types";
export * from "./labels";
export * from "./formats";
export * from "./cellKey";
export * from "./naming";
export { TABLE2_2019, TABLE2_2021, T2_GROUPS_2019, T2_GROUPS_2021 } from "./table2";
export {
  TABLE3_2019,
  TABLE3_2021,
  T3_COLUMNS,
  T3_RESULT_TOTAL,
  RESULT_ROWS_2019,
  RESULT_ROWS_2021,
  resultRowPaths,
} from "./table3";
export { TABLE4, T4_COLUMNS } from "./table4";
export { sheetLayout, type SheetLayout, type PlacedTable } from "./sheetLayout";
export { readRows, rowPlace, T3_HEADER_MARKS, type ReadRow, type RowLayout } from "./reading";
export { KNOWN_TYPOS } from "./typos";
