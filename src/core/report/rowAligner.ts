/**
 * The one row aligner of tables 二, 三 and 四: the rows found in a report are aligned in order with the format's
 * rows (labels where they are, order where they are not), and each row's numbers are read after its labels.
 */
import { cellKey, type CellKey, type FormatId, type ReadRow, type TableId } from "../format";
import type { ReadNote, ReportCell } from "./model";
import { absentCell, cutOffNote, note } from "./notes";
import { collapsedGroups, collapsedNote, parentOf, shortRowsNote, unmatchedRowNote } from "./rowNotes";
import { chooseWindow, type RowScan, type SheetView } from "./sheetView";
import { missingCell, readCell, type TableRead } from "./tableRead";

/** A row of the report that may be one of the table's rows: what was scanned and its label texts. */
export interface Candidate {
  scan: RowScan;
  labels: string[];
}

export interface Alignment {
  /** For each expected row, the candidate matched to it (or -1). */
  matchOf: number[];
  skipped: number[];
  total: number;
}

/** Gains of the alignment: a matched labelled row earns 2·score, an unlabelled one a little. */
const UNLABELLED = 0.5;
const WRONG_LABEL = -3;
const SKIP_ROW = -0.4;
const MISSING_ROW = -1;
const GOOD_LABEL = 0.5;

/** Aligns candidate rows with `rows` expected rows in order (an edit-distance alignment). */
export function align(
  candidates: readonly Candidate[],
  rows: number,
  score: (i: number, j: number) => number,
): Alignment {
  const m = candidates.length;
  const n = rows;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  const step: (0 | 1 | 2)[][] = Array.from({ length: m + 1 }, () => new Array<0 | 1 | 2>(n + 1).fill(0));
  best[0][0] = 0;
  const gain = (i: number, j: number) => {
    if (candidates[i].labels.length === 0) return UNLABELLED;
    const s = score(i, j);
    return s >= GOOD_LABEL ? 2 * s : WRONG_LABEL;
  };
  for (let i = 0; i <= m; i += 1) {
    for (let j = 0; j <= n; j += 1) {
      if (i === 0 && j === 0) continue;
      let value = -Infinity;
      let how: 0 | 1 | 2 = 0;
      if (i > 0 && j > 0) value = best[i - 1][j - 1] + gain(i - 1, j - 1);
      if (i > 0 && best[i - 1][j] + SKIP_ROW > value) {
        value = best[i - 1][j] + SKIP_ROW;
        how = 1;
      }
      if (j > 0 && best[i][j - 1] + MISSING_ROW > value) {
        value = best[i][j - 1] + MISSING_ROW;
        how = 2;
      }
      best[i][j] = value;
      step[i][j] = how;
    }
  }
  const matchOf = new Array<number>(n).fill(-1);
  const skipped: number[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const how = step[i][j];
    if (how === 0 && i > 0 && j > 0) {
      matchOf[j - 1] = i - 1;
      i -= 1;
      j -= 1;
    } else if (how === 1 && i > 0) {
      skipped.push(i - 1);
      i -= 1;
    } else {
      j -= 1;
    }
  }
  return { matchOf, skipped: skipped.reverse(), total: best[m][n] };
}

/** One table's rows to read in one format. */
export interface RowsToRead {
  table: TableId;
  format: FormatId;
  rows: readonly ReadRow[];
  candidates: readonly Candidate[];
  /** How well candidate i's labels name row j: 0 … 1. */
  score: (i: number, j: number) => number;
  /** The column of a row's first number, from the table's header, when known. */
  preferred: (scan: RowScan) => number | null;
}

/** The rows after the last one read are absent when no row with numbers comes after it: the text stops there. */
function cutOffAfter(input: RowsToRead, alignment: Alignment): number {
  const n = input.rows.length;
  const lastRead = alignment.matchOf.reduce((last, i, j) => (i >= 0 ? j : last), -1);
  const lastCandidate = lastRead >= 0 ? alignment.matchOf[lastRead] : -1;
  const rowsAfter = alignment.skipped.some((i) => i > lastCandidate && input.candidates[i].scan.valueCount > 0);
  return lastRead >= 0 && lastRead < n - 1 && !rowsAfter ? lastRead : n;
}

/** Aligns the candidates with the rows and reads every data cell of the table. */
export function readRowsAligned(view: SheetView, input: RowsToRead): TableRead {
  const { table, rows, candidates } = input;
  const alignment = align(candidates, rows.length, input.score);
  const cells = new Map<CellKey, ReportCell>();
  const notes: ReadNote[] = [];
  const set = (cell: ReportCell) => cells.set(cellKey(table, cell.def.row, cell.def.column), cell);
  const cutAfter = cutOffAfter(input, alignment);
  const collapsed = collapsedGroups(input, alignment, cutAfter);
  for (const [parent, i] of collapsed) notes.push(collapsedNote(view, input, parent, candidates[i].scan));
  if (cutAfter < rows.length) notes.push(cutOffNote(table, rows[cutAfter].place, rows.length - 1 - cutAfter));
  rows.forEach((row, j) => {
    const i = alignment.matchOf[j];
    const parent = parentOf(row.path);
    if (j > cutAfter || (parent !== null && collapsed.has(parent))) {
      row.cells.forEach((def) => set(absentCell(def)));
      return;
    }
    if (i < 0) {
      row.cells.forEach((def) => set(missingCell(def)));
      notes.push(note("F4", "error", table, `表${table}未找到“${row.name}”一行，该行各单元格按空白处理`));
      return;
    }
    const scan = candidates[i].scan;
    const start = chooseWindow(scan, row.cells.length, input.preferred(scan));
    row.cells.forEach((def, k) => set(readCell(view, def, scan.row, start + k)));
  });
  const short = alignment.matchOf.flatMap((i, j) => {
    const scan = i >= 0 ? candidates[i].scan : null;
    const fewer = scan !== null && view.isLoose(scan.row) && scan.valueCount > 0;
    return fewer && scan.valueCount < rows[j].cells.length
      ? [{ candidate: candidates[i], width: rows[j].cells.length }]
      : [];
  });
  if (short.length > 0) notes.push(shortRowsNote(view, table, short));
  const standIns = new Set(collapsed.values());
  for (const i of alignment.skipped) {
    if (candidates[i].scan.valueCount > 0 && !standIns.has(i)) notes.push(unmatchedRowNote(view, table, candidates[i]));
  }
  return { cells, notes, fit: alignment.total };
}
