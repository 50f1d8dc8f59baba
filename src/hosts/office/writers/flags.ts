/**
 * flag and clearFlags. Flags of one level that fill a block of cells share one conditional format (its
 * formula names the block, flagBlockFormula); a message goes in a comment on its cell. Every flag, comment
 * and deletion is a portion of the write (target.portion) with its approximate size in the request, so that
 * the session can send a large write in requests of bounded size.
 */
import { boxAddress, sheetBoxAddress } from "../../../core/grid/address";
import { FLAG_COMMENT_PREFIX, FLAG_FILLS, flagBlockFormula } from "../../flagMarker";
import type { Box, FlagLevel, WriteOp } from "../../types";
import type { ApiSupport } from "../api";
import { cellKey, type WriteTarget, type Writer } from "./target";

type FlagOp = Extract<WriteOp, { op: "flag" }>;

/** Approximate bytes Office.js sends (measured on Microsoft's client): a conditional format with its rule and fill. */
const FLAG_BLOCK_BYTES = 1_400;
/** A comment, without its text. */
const COMMENT_BYTES = 250;
/** Deleting one conditional format or comment by id. */
const DELETE_BYTES = 350;

const utf8Bytes = (text: string) => new TextEncoder().encode(JSON.stringify(text)).length;

/** Flags are gathered and written as blocks when the write's ops have all been seen (queueFlags). */
export const flag: Writer<"flag"> = (op, target) => {
  if (target.api.flags) target.pendingFlags.push(op);
};

export const clearFlags: Writer<"clearFlags"> = (_op, target) => {
  if (!target.api.flags || !target.flags) return;
  for (const { cf } of target.flags.ours) target.portion(DELETE_BYTES, () => cf.delete());
  for (const comment of target.flags.ourComments) target.portion(DELETE_BYTES, () => comment.delete());
  target.flags = { ...target.flags, ours: [], ourComments: [] };
};

/** Queues the gathered flags: one conditional format per block of cells of one level, then the comments. */
export function queueFlags(target: WriteTarget): void {
  const ops = target.pendingFlags.splice(0);
  const bySheetLevel = new Map<string, { sheet: string; level: FlagLevel; cells: FlagOp[] }>();
  for (const op of ops) {
    const key = `${op.sheet}\u0000${op.level}`;
    const group = bySheetLevel.get(key) ?? { sheet: op.sheet, level: op.level, cells: [] };
    group.cells.push(op);
    bySheetLevel.set(key, group);
  }
  for (const { sheet, level, cells } of bySheetLevel.values()) {
    for (const box of blocksOf(cells)) {
      const formula = flagBlockFormula(level, box);
      target.portion(FLAG_BLOCK_BYTES + formula.length, () => {
        const cf = target.sheet(sheet).getRange(boxAddress(box)).conditionalFormats.add("Custom");
        cf.custom.rule.formula = formula;
        cf.custom.format.fill.color = FLAG_FILLS[level];
      });
    }
  }
  if (!target.api.messages) return;
  for (const op of ops) {
    const key = cellKey(op.sheet, op.row, op.col);
    if (op.message === "" || target.commented.has(key)) continue;
    target.commented.add(key);
    const content = `${FLAG_COMMENT_PREFIX}${op.message}`;
    target.portion(COMMENT_BYTES + utf8Bytes(content), () => {
      target.workbook.comments.add(sheetBoxAddress(op.sheet, { top: op.row, left: op.col, rows: 1, cols: 1 }), content);
    });
  }
}

/** The cells as rectangles: each takes the longest run right from its first cell, then every row below alike. */
export function blocksOf(cells: readonly { row: number; col: number }[]): Box[] {
  const free = new Set(cells.map((c) => `${c.row},${c.col}`));
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const boxes: Box[] = [];
  for (const { row, col } of sorted) {
    if (!free.has(`${row},${col}`)) continue;
    let cols = 1;
    while (free.has(`${row},${col + cols}`)) cols += 1;
    let rows = 1;
    const rowFree = (r: number) => Array.from({ length: cols }, (_, i) => free.has(`${r},${col + i}`)).every(Boolean);
    while (rowFree(row + rows)) rows += 1;
    for (let r = row; r < row + rows; r += 1) for (let c = col; c < col + cols; c += 1) free.delete(`${r},${c}`);
    boxes.push({ top: row, left: col, rows, cols });
  }
  return boxes;
}

/** What a write of these ops must know before it queues them (each costs the session one sync). */
export interface FlagWriteNeeds {
  /** Our flags must have been read (to delete them, or to know where our comments are). */
  flagState: boolean;
  /** Whether the comments must have been loaded too. */
  comments: boolean;
  clearing: boolean;
  /** Whether new comments will be added (their cells must be free). */
  messages: boolean;
}

export function flagWriteNeeds(ops: readonly WriteOp[], api: ApiSupport): FlagWriteNeeds {
  const clearing = api.flags && ops.some((op) => op.op === "clearFlags");
  const messages = api.messages && ops.some((op) => op.op === "flag" && op.message !== "");
  return { flagState: clearing || messages, comments: messages, clearing, messages };
}
