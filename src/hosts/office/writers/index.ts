/** The writers of the Office.js host, one per WriteOp kind. */
import { addName, columnWidths, merge, rowHeight, setFormula, setValues, style } from "./cells";
import { clearFlags, flag } from "./flags";
import { pageSetup } from "./page";
import { freezePanes } from "./panes";
import { addSheet, chart, select } from "./sheets";
import type { WriteTarget, WriterTable } from "./target";
import type { WriteOp } from "../../types";

export const WRITERS: WriterTable = {
  addSheet,
  setValues,
  setFormula,
  merge,
  style,
  columnWidths,
  rowHeight,
  addName,
  flag,
  clearFlags,
  select,
  pageSetup,
  freezePanes,
  chart,
};

/** Queues one op with its writer. */
export function queueWrite(op: WriteOp, target: WriteTarget): void {
  (WRITERS[op.op] as (op: WriteOp, target: WriteTarget) => void)(op, target);
}

export { blocksOf, flagWriteNeeds, queueFlags, type FlagWriteNeeds } from "./flags";
export { cellKey, type WriteTarget, type Writer, type WriterTable } from "./target";
