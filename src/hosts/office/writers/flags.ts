/** flag and clearFlags: a conditional format per flagged cell (and a comment with the message), removable. */
import { boxAddress, sheetBoxAddress } from "../../../core/grid/address";
import { FLAG_COMMENT_PREFIX, FLAG_FILLS, flagFormula } from "../../flagMarker";
import type { WriteOp } from "../../types";
import type { ApiSupport } from "../api";
import { cellKey, type Writer } from "./target";

export const flag: Writer<"flag"> = (op, target) => {
  if (!target.api.flags) return;
  const cell = target.sheet(op.sheet).getRange(boxAddress({ top: op.row, left: op.col, rows: 1, cols: 1 }));
  const cf = cell.conditionalFormats.add("Custom");
  cf.custom.rule.formula = flagFormula(op.level, op.row, op.col);
  cf.custom.format.fill.color = FLAG_FILLS[op.level];
  cf.priority = 0;
  const key = cellKey(op.sheet, op.row, op.col);
  if (target.api.messages && op.message !== "" && !target.commented.has(key)) {
    target.workbook.comments.add(
      sheetBoxAddress(op.sheet, { top: op.row, left: op.col, rows: 1, cols: 1 }),
      `${FLAG_COMMENT_PREFIX}${op.message}`,
    );
    target.commented.add(key);
  }
};

export const clearFlags: Writer<"clearFlags"> = (_op, target) => {
  if (!target.api.flags || !target.flags) return;
  for (const { cf } of target.flags.ours) cf.delete();
  for (const comment of target.flags.ourComments) comment.delete();
  target.flags = { ...target.flags, ours: [], ourComments: [] };
};

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
