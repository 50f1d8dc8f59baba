/** Actions used now and then (生成新年度, 汇总, 与上年对比), loaded on first use: the pane's first load stays within its budget. */
export { newYear } from "../features/newYear";
export { rollupCandidates, rollupSheets } from "../features/rollup";
export { compareInWorkbook } from "../features/compare";
