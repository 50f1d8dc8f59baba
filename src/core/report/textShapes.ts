/**
 * The shapes in which people copy a report's tables as text, turned into rows of cells:
 * tab-separated rows; `|`-separated rows (markdown); one cell per line or per paragraph (a browser's copy of
 * cells holding <p>); `pdftotext -layout` columns, whose long labels wrap over several lines with the numbers
 * after one of the parts; a label on one line and its numbers on the next.
 */
import { isColumnHeaderLeaf, isKnownLabel, isKnownLabelStart } from "./labelKinds";
import { labelKey, labelParts } from "./labels";
import { isValueText } from "./values";

/** Page footers of printed reports: -3-, — 3 —, 第 3 页. */
export const PAGE_FOOTER = /^\s*(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d+\s*页)?)\s*$/;
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const MARKDOWN_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** A line that only shows an empty cell: a non-breaking space (browsers copy &nbsp; as U+00A0). */
const EMPTY_CELL = /^[ \t\u00a0\u3000]*\u00a0[ \t\u00a0\u3000]*$/;

export interface TextRow {
  cells: string[];
  /** Split on runs of spaces: a blank cell cannot be seen in it. */
  loose: boolean;
  /** The text lines (0-based) the row starts and ends on. */
  line: number;
  end: number;
}

export interface TextRows {
  rows: TextRow[];
  lines: string[];
  /** Lines starting with #: notes, not part of the report. */
  commentLines: Set<number>;
}

/** "（七）总计 2932" and "4 0 0 0 0 0 4": numbers set off by single spaces become cells of their own. */
function splitNumberTail(cell: string): string[] {
  const tokens = cell.split(/\s+/);
  let first = tokens.length;
  while (first > 0 && PLAIN_NUMBER.test(tokens[first - 1])) first -= 1;
  if (first === tokens.length) return [cell];
  const head = tokens.slice(0, first).join(" ");
  return [...(head === "" ? [] : [head]), ...tokens.slice(first)];
}

function pipeCells(line: string): string[] {
  const parts = line.split("|").map((c) => c.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ""));
  if (line.trim().startsWith("|")) parts.shift();
  if (line.trim().endsWith("|")) parts.pop();
  return parts;
}

const isPipeRow = (line: string) => (line.match(/\|/g) ?? []).length >= 2;

interface Piece {
  cells: string[];
  loose: boolean;
  line: number;
  end: number;
}

function splitLine(line: string, index: number): Piece {
  if (isPipeRow(line)) return { cells: pipeCells(line), loose: false, line: index, end: index };
  if (line.includes("\t"))
    return { cells: line.split("\t").map((c) => c.trim()), loose: false, line: index, end: index };
  const cells = line
    .trim()
    .split(/\s{2,}|\u3000+/)
    .flatMap(splitNumberTail);
  return { cells, loose: true, line: index, end: index };
}

const filled = (cells: readonly string[]) => cells.filter((c) => c !== "");
const allValues = (cells: readonly string[]) => filled(cells).length > 0 && filled(cells).every(isValueText);
const noValues = (cells: readonly string[]) => !cells.some((c) => c !== "" && isValueText(c));

/** The first label starts with its own numbering (一、 （一） 1.): not the rest of a wrapped label. */
function startsNumbered(text: string): boolean {
  const parts = labelParts(text);
  return parts.top !== null || parts.group !== null || parts.item !== null;
}

/** A row being built from the lines that make it. */
interface OpenRow extends Piece {
  /** More lines may still add cells to it (it was made of single cells so far). */
  accepting: boolean;
}

function lastLabelIndex(row: OpenRow): number {
  for (let i = row.cells.length - 1; i >= 0; i -= 1) if (row.cells[i] !== "" && !isValueText(row.cells[i])) return i;
  return -1;
}

/** Whether `text` goes on the last label of the row (a label wrapped over lines). */
function continues(row: OpenRow | null, text: string): boolean {
  if (!row || startsNumbered(text) || !noValues([text])) return false;
  const at = lastLabelIndex(row);
  if (at < 0) return false;
  const label = row.cells[at];
  return !isKnownLabel(labelKey(label)) && isKnownLabelStart(labelKey(label + text));
}

/**
 * Rows of cells from a report's text, whatever shape its tables were copied in. Blank lines, page footers
 * and # notes make no row.
 */
export function textRows(text: string): TextRows {
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const commentLines = new Set<number>();
  const rows: TextRow[] = [];
  let open: OpenRow | null = null;
  let blanksSince = 0;
  const nonBlank = lines.filter((l) => l.trim() !== "").length;
  const blank = lines.length - nonBlank;
  /** Cells one per paragraph: a blank line separates cells and does not stand for an empty one. */
  const paragraphs = blank >= 0.7 * nonBlank;
  const close = () => {
    if (open) rows.push({ cells: open.cells, loose: open.loose, line: open.line, end: open.end });
    open = null;
  };
  lines.forEach((line, index) => {
    if (line.startsWith("#")) {
      commentLines.add(index);
      return;
    }
    if (EMPTY_CELL.test(line)) {
      const row = open as OpenRow | null;
      if (row?.accepting) row.cells.push("");
      return;
    }
    if (line.trim() === "") {
      blanksSince += 1;
      return;
    }
    if (PAGE_FOOTER.test(line) || MARKDOWN_RULE.test(line)) return;
    const blanks = blanksSince;
    blanksSince = 0;
    const piece = splitLine(line, index);
    const cells = piece.cells;
    const current = open as OpenRow | null;
    if (current?.accepting && allValues(cells)) {
      const hasValues = current.cells.some((c) => c !== "" && isValueText(c));
      const single = filled(cells).length === 1;
      if (hasValues && !single) {
        close();
        open = { ...piece, accepting: false };
        return;
      }
      if (!paragraphs && blanks > 0 && hasValues && single) for (let b = 0; b < blanks; b += 1) current.cells.push("");
      current.cells.push(...cells);
      current.end = index;
      // One value a line: every cell, an empty one too, is seen.
      current.loose = !single;
      current.accepting = single;
      return;
    }
    const first = cells.find((c) => c !== "") ?? "";
    if (current && continues(current, first)) {
      const at = lastLabelIndex(current);
      current.cells[at] = current.cells[at] + first;
      const rest = cells.slice(cells.indexOf(first) + 1);
      current.cells.push(...rest);
      current.end = index;
      current.loose = current.loose || piece.loose;
      current.accepting = current.accepting && rest.length === 0;
      return;
    }
    close();
    if (allValues(cells)) {
      open = { ...piece, accepting: filled(cells).length === 1 };
      return;
    }
    const singleLabel = filled(cells).length === 1 && noValues(cells);
    if (singleLabel && isColumnHeaderLeaf(labelKey(first))) {
      rows.push({ cells: piece.cells, loose: false, line: index, end: index });
      return;
    }
    open = { ...piece, accepting: singleLabel };
  });
  close();
  return { rows, lines, commentLines };
}
