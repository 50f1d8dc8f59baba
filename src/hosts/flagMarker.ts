/**
 * How a flag is marked in a workbook: a conditional format (type custom) on the cell whose formula is
 * always true, names this add-in and the level, and holds the cell's own absolute address (so it can be
 * found again with one load, and moves with the cell when rows are inserted):
 *   =N("DT-FLAG:error")+0*ROW($D$30)=0
 * plus, where comments are available, a comment starting with FLAG_COMMENT_PREFIX.
 */
import type { Box, FlagLevel, FlagMark } from "./types";
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

/**
 * The flag of a block of cells of one level (one conditional format for all of them, so that a check of many
 * blank cells stays a small request): the block's absolute address, moving with its cells.
 *   =N("DT-FLAG:error")+0*ROWS($D$30:$F$41)=0
 */
export function flagBlockFormula(level: FlagLevel, box: Box): string {
  if (box.rows === 1 && box.cols === 1) return flagFormula(level, box.top, box.left);
  const corner = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const last = corner(box.top + box.rows - 1, box.left + box.cols - 1);
  return `=N("${FLAG_TAG}:${level}")+0*ROWS(${corner(box.top, box.left)}:${last})=0`;
}

/** Level and cell of a flag formula written by flagFormula; null for any other formula (a block: its first cell). */
export function parseFlagFormula(formula: string): { level: FlagLevel; row: number; col: number } | null {
  const block = parseFlagBlock(formula);
  return block ? { level: block.level, row: block.box.top, col: block.box.left } : null;
}

/** Level and cells of a flag formula (flagFormula or flagBlockFormula); null for any other formula. */
export function parseFlagBlock(formula: string): { level: FlagLevel; box: Box } | null {
  const m = /N\("DT-FLAG:(\w+)"\)\+0\*ROWS?\(\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?\)/i.exec(formula);
  if (!m) return null;
  const level = m[1].toLowerCase() as FlagLevel;
  if (!LEVELS.includes(level)) return null;
  const top = Number(m[3]) - 1;
  const left = columnIndex(m[2]);
  const bottom = m[5] ? Number(m[5]) - 1 : top;
  const right = m[4] ? columnIndex(m[4]) : left;
  return { level, box: { top, left, rows: bottom - top + 1, cols: right - left + 1 } };
}

/** Every cell of a flag block, as flag marks. */
export function blockMarks(sheet: string, block: { level: FlagLevel; box: Box }): FlagMark[] {
  const out: FlagMark[] = [];
  for (let r = 0; r < block.box.rows; r += 1) {
    for (let c = 0; c < block.box.cols; c += 1) {
      out.push({ sheet, row: block.box.top + r, col: block.box.left + c, level: block.level });
    }
  }
  return out;
}

/** Whether a formula marks a flag of this add-in (whatever its cell). */
export function isFlagFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.includes(`"${FLAG_TAG}:`);
}

export function isFlagComment(content: string | null | undefined): boolean {
  return typeof content === "string" && content.startsWith(FLAG_COMMENT_PREFIX);
}
