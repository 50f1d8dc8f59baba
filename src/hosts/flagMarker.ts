/**
 * How a flag is marked in a workbook: a conditional format (type custom) on the cell whose formula is
 * always true, names this add-in and the level, and holds the cell's own absolute address (so it can be
 * found again with one load, and moves with the cell when rows are inserted):
 *   =N("DT-FLAG:error")+0*ROW($D$30)=0
 * plus, where comments are available, a comment starting with FLAG_COMMENT_PREFIX.
 */
import type { FlagLevel } from "./types";
import { columnIndex } from "../core/grid/address";
import { columnLetters } from "./types";

export const FLAG_TAG = "DT-FLAG";
export const FLAG_COMMENT_PREFIX = "【年报校验】";

export const FLAG_FILLS: Record<FlagLevel, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  suspect: "#FF6161",
};

const LEVELS: readonly FlagLevel[] = ["error", "warning", "suspect"];

export function flagFormula(level: FlagLevel, row: number, col: number): string {
  return `=N("${FLAG_TAG}:${level}")+0*ROW($${columnLetters(col)}$${row + 1})=0`;
}

/** Level and cell of a flag formula written by flagFormula; null for any other formula. */
export function parseFlagFormula(formula: string): { level: FlagLevel; row: number; col: number } | null {
  const m = /N\("DT-FLAG:(\w+)"\)\+0\*ROW\(\$?([A-Z]{1,3})\$?(\d+)\)/i.exec(formula);
  if (!m) return null;
  const level = m[1].toLowerCase() as FlagLevel;
  if (!LEVELS.includes(level)) return null;
  return { level, row: Number(m[3]) - 1, col: columnIndex(m[2]) };
}

/** Whether a formula marks a flag of this add-in (whatever its cell). */
export function isFlagFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.includes(`"${FLAG_TAG}:`);
}

export function isFlagComment(content: string | null | undefined): boolean {
  return typeof content === "string" && content.startsWith(FLAG_COMMENT_PREFIX);
}
