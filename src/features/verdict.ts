/** A sheet's verdict after 校验: all passed, not filled in yet (a fresh new year), or what was found. */
import { T3_CARRIED_IN } from "../core/format/labels";
import type { Report } from "../core/report/model";

export type Verdict = "passed" | "unfilled" | "findings";

/** What a sheet with no number yet is told, in the pane and by `check`. */
export const UNFILLED_VERDICT = "尚未填写：表中还没有填入数字";

const isBlank = (raw: unknown) => raw === null || (typeof raw === "string" && raw.trim() === "");

/**
 * No number typed yet: every data cell is blank, apart from 二、上年结转 (which 生成新年度 fills from last
 * year). Such a sheet gets one verdict, "尚未填写", instead of a flag on each of its blank cells.
 */
export function notFilledIn(report: Report): boolean {
  if (report.cells.size === 0) return false;
  let others = 0;
  for (const cell of report.cells.values()) {
    if (cell.def.table === "三" && cell.def.row === T3_CARRIED_IN) continue;
    others += 1;
    if (!isBlank(cell.raw)) return false;
  }
  return others > 0;
}
