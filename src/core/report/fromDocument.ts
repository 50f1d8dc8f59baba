/**
 * Reading a Report from a document (Word, web page): its tables as grids of cells with their merged areas,
 * its paragraphs as the report's prose (R10). The blocks become one grid, read by the same label readers as a
 * workbook.
 */
import type { Box, CellScalar, SheetGrid } from "../grid";
import { assembleReport } from "./assemble";
import { findTables, findTitles, sheetArea } from "./fromGrid";
import { extraCopiesNote, firstOfEach, textCell } from "./fromText";
import type { Report } from "./model";
import { absentTableNotes, note } from "./notes";
import { SheetView } from "./sheetView";

/** A table as the document draws it: each cell's text at its top-left grid position, merged areas apart. */
export interface DocumentTable {
  /** Rows of cells (relative positions); null where a merged area continues or a cell is empty. */
  cells: (string | null)[][];
  /** Merged areas, relative to the table's top-left cell. */
  merges: Box[];
}

export type DocumentBlock = { kind: "paragraph"; text: string } | { kind: "table"; table: DocumentTable };

/** The blocks in reading order as one grid: a paragraph is a row of one cell, a table its rows. */
export function documentGrid(blocks: readonly DocumentBlock[], name: string): SheetGrid {
  const values: CellScalar[][] = [];
  const merges: Box[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      values.push([block.text.trim() === "" ? null : block.text.trim()]);
      continue;
    }
    const top = values.length;
    for (const row of block.table.cells) values.push(row.map((cell) => (cell === null ? null : textCell(cell))));
    for (const box of block.table.merges) merges.push({ ...box, top: top + box.top });
  }
  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  for (const row of values) while (row.length < width) row.push(null);
  return { name, top: 0, left: 0, values, formulas: values.map((row) => row.map(() => null)), merges };
}

export function reportFromDocument(blocks: readonly DocumentBlock[], source: string): Report {
  const grid = documentGrid(blocks, source);
  const view = new SheetView(grid);
  const found = findTables(view);
  const tables = firstOfEach(found);
  const title = findTitles(view, sheetArea(view))[0] ?? null;
  const report = assembleReport({
    source,
    tables,
    unit: title?.unit ?? null,
    year: title?.year ?? null,
    notes: [],
  });
  for (const cell of report.cells.values()) cell.ref = null;
  for (const n of report.notes) n.ref = null;
  report.prose = blocks
    .flatMap((block) => (block.kind === "paragraph" && block.text.trim() !== "" ? [block.text.trim()] : []))
    .join("\n");
  report.notes.push(...absentTableNotes(report.tables));
  const extra = extraCopiesNote(found, "文档");
  if (extra) report.notes.push(extra);
  if (tables.length === 0) {
    report.notes.push(
      note("F2", "error", null, "文档中未找到政府信息公开年度报告的表格（二、主动公开，三、依申请公开，四、复议诉讼）"),
    );
  }
  return report;
}
