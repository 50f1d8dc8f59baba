/**
 * Reading a Report from the published text of a report, in any shape it was copied in (textShapes). The text
 * becomes a grid of cells, one row per table row, read by the same label readers as a workbook.
 */
import type { CellScalar, SheetGrid } from "../grid";
import { assembleReport } from "./assemble";
import { findTables, findTitles, sheetArea } from "./fromGrid";
import type { ReadNote, Report } from "./model";
import { absentTableNotes, note } from "./notes";
import { SheetView } from "./sheetView";
import type { FoundTable } from "./tableRead";
import { PAGE_FOOTER, textRows } from "./textShapes";

/** Cells a text line gives at most; the widest table row has 16. The whole line stays in the prose. */
const MAX_ROW_CELLS = 64;

const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export interface TextGrid {
  grid: SheetGrid;
  /** Rows split on runs of spaces (their blank cells cannot be seen). */
  looseRows: Set<number>;
  /** The text line (0-based) each grid row starts on, and ends on. */
  lineOf: number[];
  endLineOf: number[];
  /** Lines starting with #: notes, not part of the report. */
  commentLines: Set<number>;
}

/** A cell of text: plain numbers become numbers (text has no "number stored as text"). */
export function textCell(text: string): CellScalar {
  const t = text.trim();
  if (t === "") return null;
  if (PLAIN_NUMBER.test(t)) {
    const value = Number(t.replace(/,/g, ""));
    if (Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return Object.is(value, -0) ? 0 : value;
  }
  return t;
}

export function textToGrid(text: string, name: string): TextGrid {
  const { rows, commentLines } = textRows(text);
  const values: CellScalar[][] = rows.map((row) => row.cells.map(textCell));
  const lineOf = rows.map((row) => row.line);
  const endLineOf = rows.map((row) => row.end);
  const looseRows = new Set<number>();
  rows.forEach((row, index) => {
    if (row.loose) looseRows.add(index);
  });
  // A line of thousands of numbers (no table row is that wide) is cut: padding every row to it would take gigabytes.
  for (const row of values) if (row.length > MAX_ROW_CELLS) row.length = MAX_ROW_CELLS;
  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  for (const row of values) while (row.length < width) row.push(null);
  const grid: SheetGrid = {
    name,
    top: 0,
    left: 0,
    values,
    formulas: values.map((row) => row.map(() => null)),
    merges: [],
  };
  return { grid, looseRows, lineOf, endLineOf, commentLines };
}

/**
 * The warning for the tables firstOfEach leaves out: a second copy of the tables (two reports pasted into one text)
 * is said, not silently dropped.
 */
export function extraCopiesNote(tables: readonly FoundTable[], where: string): ReadNote | null {
  const counts = new Map<string, number>();
  for (const t of tables) counts.set(t.table, (counts.get(t.table) ?? 0) + 1);
  const repeated = [...counts].filter(([, count]) => count > 1);
  if (repeated.length === 0) return null;
  const what = repeated.map(([table, count]) => `表${table}出现了 ${count} 次`).join("，");
  return note(
    "F4",
    "warning",
    null,
    `${where}中${what}，只读取了第一次出现的；其余未读取。如是几份报告放在了一起，请分成几个文件分别校验`,
  );
}

/** The first table of each kind, in table order. */
export function firstOfEach(tables: FoundTable[]): FoundTable[] {
  const seen = new Set<string>();
  return tables.filter((t) => (seen.has(t.table) ? false : (seen.add(t.table), true)));
}

function titleOf(lines: string[], rows: TextGrid) {
  const view = new SheetView(rows.grid, { looseRows: rows.looseRows });
  const title = findTitles(view, sheetArea(view))[0];
  if (title) return title;
  // Normalised sample files carry the title only in their # note lines.
  for (const index of rows.commentLines) {
    const comment = textToGrid(lines[index].replace(/^#+\s*/, ""), "");
    const commentView = new SheetView(comment.grid);
    const found = findTitles(commentView, sheetArea(commentView))[0];
    if (found) return found;
  }
  return null;
}

export function reportFromText(text: string, source: string): Report {
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const rows = textToGrid(text, source);
  const view = new SheetView(rows.grid, { looseRows: rows.looseRows });
  const found = findTables(view);
  const tables = firstOfEach(found);
  const title = titleOf(lines, rows);
  const report = assembleReport({
    source,
    tables,
    unit: title?.unit ?? null,
    year: title?.year ?? null,
    notes: [],
  });
  const extra = extraCopiesNote(found, "文本");
  if (extra) report.notes.push(extra);
  for (const cell of report.cells.values()) cell.ref = null;
  for (const n of report.notes) n.ref = null;
  const tableLines = new Set<number>();
  for (const table of tables) {
    const from = rows.lineOf[table.top];
    const to = rows.endLineOf[table.bottom];
    for (let line = from; line <= to; line += 1) tableLines.add(line);
  }
  report.prose = lines
    .filter((line, index) => !tableLines.has(index) && !rows.commentLines.has(index) && !PAGE_FOOTER.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  report.notes.push(...absentTableNotes(report.tables));
  if (tables.length === 0) {
    report.notes.push(
      note("F2", "error", null, "文本中未找到政府信息公开年度报告的表格（二、主动公开，三、依申请公开，四、复议诉讼）"),
    );
  }
  return report;
}
