/** A sheet's cells by absolute position (0-based), with merged areas resolved for labels. */
import type { Box, CellScalar, SheetGrid } from "../grid";
import { labelKey } from "./labels";
import { isValueLike, isValueText } from "./values";

/** Merges larger than this are not indexed cell by cell (whole-column merges and the like). */
const MAX_MERGE_CELLS = 5000;

export class SheetView {
  readonly name: string;
  /** First and last+1 row and column holding values. */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  private readonly grid: SheetGrid;
  private readonly mergeOf = new Map<string, Box>();
  private readonly keys = new Map<string, string>();
  private readonly looseRows: ReadonlySet<number>;

  /** looseRows: rows whose empty cells were not kept (text split on runs of spaces). */
  constructor(grid: SheetGrid, opts: { looseRows?: ReadonlySet<number> } = {}) {
    this.grid = grid;
    this.looseRows = opts.looseRows ?? new Set();
    this.name = grid.name;
    this.top = grid.top;
    this.left = grid.left;
    this.bottom = grid.top + grid.values.length;
    this.right = grid.left + grid.values.reduce((max, row) => Math.max(max, row.length), 0);
    for (const box of grid.merges) {
      if (box.rows * box.cols > MAX_MERGE_CELLS) continue;
      for (let r = box.top; r < box.top + box.rows; r += 1) {
        for (let c = box.left; c < box.left + box.cols; c += 1) this.mergeOf.set(`${r},${c}`, box);
      }
    }
  }

  /** A row of text split on runs of spaces: a blank cell cannot be seen in it. */
  isLoose(row: number): boolean {
    return this.looseRows.has(row);
  }

  value(row: number, col: number): CellScalar {
    const line = this.grid.values[row - this.top];
    if (!line) return null;
    const v = line[col - this.left];
    return v === undefined ? null : v;
  }

  formula(row: number, col: number): string | null {
    const f = this.grid.formulas[row - this.top]?.[col - this.left];
    return typeof f === "string" && f.startsWith("=") ? f : null;
  }

  merge(row: number, col: number): Box | null {
    return this.mergeOf.get(`${row},${col}`) ?? null;
  }

  /** The text a cell shows as a label: its own text, or the text of the merged area it lies in. */
  text(row: number, col: number): string | null {
    const own = this.value(row, col);
    if (typeof own === "string") return own.trim() === "" ? null : own;
    if (own !== null) return null;
    const box = this.merge(row, col);
    if (!box || (box.top === row && box.left === col)) return null;
    const anchor = this.value(box.top, box.left);
    return typeof anchor === "string" && anchor.trim() !== "" ? anchor : null;
  }

  /** labelKey of the cell's label text, cached. */
  key(row: number, col: number): string {
    const text = this.text(row, col);
    if (text === null) return "";
    let key = this.keys.get(text);
    if (key === undefined) {
      key = labelKey(text);
      this.keys.set(text, key);
    }
    return key;
  }

  /** The last column a cell covers (its merged area's right edge). */
  spanEnd(row: number, col: number): number {
    const box = this.merge(row, col);
    return box ? box.left + box.cols - 1 : col;
  }

  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === "string" && v.trim() === "");
  }

  /** Label text: a string that is not a number, placeholder or error value. */
  isLabel(row: number, col: number): boolean {
    const text = this.text(row, col);
    return text !== null && !isValueLike(this.value(row, col));
  }
}

/** A row of a table seen as label cells (left) and the cells after them. */
export interface RowScan {
  row: number;
  /** Label cells from the left, with the last column each covers. */
  labels: { col: number; end: number; text: string }[];
  /** First column after the labels. */
  dataStart: number;
  /** Last column looked at. */
  right: number;
  /** Columns after the labels holding anything. */
  occupied: number[];
  /** How many of those hold a number, a placeholder or an error value. */
  valueCount: number;
}

/** Scans a row between left and right (inclusive): labels until the first value-like cell. */
export function scanRow(view: SheetView, row: number, left: number, right: number): RowScan {
  const labels: RowScan["labels"] = [];
  let c = left;
  while (c <= right) {
    const v = view.value(row, c);
    // A number written with its unit or a note ("2410件", "157（其中线上申请1件）") starts the data as a number does.
    if (typeof v === "string" ? isValueText(v) : isValueLike(v)) break;
    if (view.isLabel(row, c)) {
      const end = Math.max(c, Math.min(view.spanEnd(row, c), right));
      labels.push({ col: c, end, text: view.text(row, c) as string });
      c = end + 1;
      continue;
    }
    c += 1;
  }
  const dataStart = labels.length > 0 ? labels[labels.length - 1].end + 1 : left;
  const occupied: number[] = [];
  let valueCount = 0;
  for (let col = dataStart; col <= right; col += 1) {
    if (view.isEmpty(row, col)) continue;
    occupied.push(col);
    if (isValueLike(view.value(row, col))) valueCount += 1;
  }
  return { row, labels, dataStart, right, occupied, valueCount };
}

/** The same row with its last label taken as a data cell (text typed where a number belongs). */
export function demoteLastLabel(scan: RowScan): RowScan {
  const last = scan.labels[scan.labels.length - 1];
  if (!last) return scan;
  return { ...scan, labels: scan.labels.slice(0, -1), dataStart: last.col, occupied: [last.col, ...scan.occupied] };
}

/**
 * Where k consecutive data cells start, after the labels: the window holding the most occupied cells
 * (a leading empty cell lost or added shifts it), then the preferred column (from the header), then
 * the leftmost.
 */
export function chooseWindow(scan: RowScan, k: number, preferred: number | null): number {
  const from = scan.dataStart;
  const last = Math.max(from, scan.right - k + 1);
  let best = from;
  let bestScore = -Infinity;
  for (let s = from; s <= last; s += 1) {
    const inside = scan.occupied.filter((c) => c >= s && c < s + k).length;
    const score = inside - 2 * (scan.occupied.length - inside);
    const better =
      score > bestScore ||
      (score === bestScore && preferred !== null && Math.abs(s - preferred) < Math.abs(best - preferred));
    if (better) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
