/** 校验 and what follows it (清除标记, 选择, 已核实): a chunk loaded on the first use, with the rules it runs. */
export { checkWorkbook, clearFlags, selectCell } from "../features/check";
export { acceptFindings, withdrawReviews } from "../features/review";
