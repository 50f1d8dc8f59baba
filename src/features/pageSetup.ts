/**
 * How each sheet the tool writes prints: A4, one page wide, centred, portrait unless the sheet is too wide to
 * print its text at 9 pt or more, the title (or header) rows repeated on every page, the print area, and a page
 * break before a table that would otherwise be split across two pages.
 */
import type { Box, PageSetup, WorkbookHost, WriteOp } from "../hosts/types";
import { charsToPoints, DEFAULT_ROW_POINTS } from "../hosts/units";

/** Left and right as Excel's 窄 (Narrow) margins: the label columns wide enough for their labels print at ≥ 9 pt. */
export const PAGE_MARGINS: PageSetup["margins"] = {
  left: 0.25,
  right: 0.25,
  top: 0.6,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};

/** A4 in inches, portrait. */
const A4 = { width: 8.27, height: 11.69 };
const POINTS_PER_INCH = 72;
/** The body text's size (Calibri 11) and the smallest size it may be printed at. */
const BODY_POINTS = 11;
export const MIN_PRINTED_POINTS = 9;

function printable(orientation: PageSetup["orientation"]): { width: number; height: number } {
  const [w, h] = orientation === "portrait" ? [A4.width, A4.height] : [A4.height, A4.width];
  const m = PAGE_MARGINS;
  return {
    width: (w - m.left - m.right) * POINTS_PER_INCH,
    height: (h - m.top - m.bottom - m.header / 2 - m.footer / 2) * POINTS_PER_INCH,
  };
}

/** Portrait when the columns fit across A4 at ≥ 9 pt, else landscape; and the scale printing will use. */
export function fitAcross(widthChars: readonly number[]): { orientation: PageSetup["orientation"]; scale: number } {
  const width = widthChars.reduce((sum, w) => sum + charsToPoints(w), 0);
  const scaleIn = (o: PageSetup["orientation"]) => Math.min(1, printable(o).width / Math.max(1, width));
  const portrait = scaleIn("portrait");
  if (portrait * BODY_POINTS >= MIN_PRINTED_POINTS) return { orientation: "portrait", scale: portrait };
  return { orientation: "landscape", scale: scaleIn("landscape") };
}

/** Row heights (points) the ops give `sheet`, else the default. */
function heightsOf(sheet: string, ops: readonly WriteOp[]): (row: number) => number {
  const set = new Map<number, number>();
  for (const op of ops) if (op.op === "rowHeight" && op.sheet === sheet) set.set(op.row, op.height);
  return (row) => set.get(row) ?? DEFAULT_ROW_POINTS;
}

export interface PrintBlock {
  /** First and last 0-based row of a block that must stay on one page (a heading and its table). */
  first: number;
  last: number;
}

export interface PageSetupInput {
  sheet: string;
  /** Column widths in characters from column A (as the columnWidths op writes them). */
  widths: readonly number[];
  printArea: Box;
  /** Repeated at the top of every page. */
  titleRows: { first: number; last: number } | null;
  /** Kept whole: a page break goes before a block that would not fit on what is left of the page. */
  blocks: readonly PrintBlock[];
  /** The ops that lay the sheet out (for its row heights). */
  ops: readonly WriteOp[];
}

export function pageSetupOp(input: PageSetupInput): WriteOp {
  return { op: "pageSetup", sheet: input.sheet, setup: pageSetupFor(input) };
}

export function pageSetupFor(input: PageSetupInput): PageSetup {
  const { orientation, scale } = fitAcross(input.widths);
  const height = heightsOf(input.sheet, input.ops);
  const rowsHeight = (first: number, last: number) => {
    let h = 0;
    for (let r = first; r <= last; r += 1) h += height(r);
    return h;
  };
  const repeated = input.titleRows ? rowsHeight(input.titleRows.first, input.titleRows.last) : 0;
  const page = printable(orientation).height / scale;
  const rowBreaks: number[] = [];
  let used = 0;
  let next = input.printArea.top;
  for (const block of input.blocks) {
    const gap = rowsHeight(next, block.first - 1);
    const needed = rowsHeight(block.first, block.last);
    const room = page - (rowBreaks.length > 0 ? repeated : 0);
    if (used > 0 && used + gap + needed > room) {
      rowBreaks.push(block.first);
      used = repeated + needed;
    } else used += gap + needed;
    next = block.last + 1;
  }
  return {
    orientation,
    margins: { ...PAGE_MARGINS },
    titleRows: input.titleRows,
    printArea: input.printArea,
    rowBreaks,
  };
}

/** Whether the host sets up printing (Excel from ExcelApi 1.9, .xlsx files, WPS through PageSetup). */
export function setsUpPrinting(host: Pick<WorkbookHost, "capabilities">): boolean {
  return host.capabilities.pageSetup !== false;
}

/** Whether the host freezes panes (Excel from ExcelApi 1.7, .xlsx files, WPS through its window). */
export function freezesPanes(host: Pick<WorkbookHost, "capabilities">): boolean {
  return host.capabilities.freezePanes !== false;
}

/**
 * The ops, without page setup or frozen panes where the host cannot write them (the action then says so in its
 * result).
 */
export function opsForHost(host: Pick<WorkbookHost, "capabilities">, ops: readonly WriteOp[]): WriteOp[] {
  const printing = setsUpPrinting(host);
  const panes = freezesPanes(host);
  return ops.filter((op) => (op.op !== "pageSetup" || printing) && (op.op !== "freezePanes" || panes));
}
