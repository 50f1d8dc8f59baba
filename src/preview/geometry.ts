/** Sizes and addresses for drawing a sheet as Excel does. */
import type { Box } from "../hosts/types";
import { columnLetters } from "../hosts/types";

/** Excel column width (characters of the default font) → CSS pixels. */
export function columnPixels(width: number): number {
  return Math.max(8, Math.round(width * 7 + 5));
}

/** Row height in points → CSS pixels. */
export function rowPixels(points: number): number {
  return Math.max(8, Math.round((points * 96) / 72));
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Each merge by its top-left cell, and every cell a merge hides (not its anchor). */
export function mergeIndex(merges: readonly Box[]): { anchors: Map<string, Box>; hidden: Set<string> } {
  const anchors = new Map<string, Box>();
  const hidden = new Set<string>();
  for (const m of merges) {
    anchors.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r < m.top + m.rows; r += 1) {
      for (let c = m.left; c < m.left + m.cols; c += 1) {
        if (r !== m.top || c !== m.left) hidden.add(`${r},${c}`);
      }
    }
  }
  return { anchors, hidden };
}

/** The merge's top-left cell when (row, col) lies inside a merge, else the cell itself. */
export function anchorOf(merges: readonly Box[], row: number, col: number): { row: number; col: number } {
  const m = merges.find((b) => row >= b.top && row < b.top + b.rows && col >= b.left && col < b.left + b.cols);
  return m ? { row: m.top, col: m.left } : { row, col };
}

/** Drawn extent: the used range plus room to type, like an empty Excel sheet. */
export function drawnSize(rowCount: number, colCount: number): { rows: number; cols: number } {
  return { rows: Math.max(rowCount + 10, 40), cols: Math.max(colCount + 3, 16) };
}

/**
 * How far a cell's text may run to the right, in pixels, as Excel lets unwrapped left-aligned text spill over the
 * empty cells beside it: its own width plus each following empty, unmerged cell's, up to the first one that is not.
 * Null where the text stays inside its cell.
 */
export function spillPixels(
  spills: boolean,
  widths: readonly number[],
  col: number,
  isFree: (col: number) => boolean,
): number | null {
  if (!spills) return null;
  let reach = widths[col];
  for (let c = col + 1; c < widths.length && isFree(c); c += 1) reach += widths[c];
  return reach > widths[col] ? reach : null;
}
