/**
 * The write operations that lay the official tables out on a sheet: labels, merges, shading, borders, number
 * formats, column widths and workbook names, from src/core/format's data. Pure: the Office.js and ExcelJS hosts
 * write the same operations, and new-year / roll-up reuse them with data values to fill.
 */
import { cellKey, type DataCellDef, type FormatDef, type LayoutCell, type TableId } from "../core/format";
import { textWidth } from "../core/format/labelFit";
import { COLORS, NUMBER_FORMATS, type SheetLayout } from "../core/format/sheetLayout";
import type { Box, CellScalar, WorkbookSnapshot, WriteOp } from "../hosts/types";
import { pageSetupOp, type PrintBlock } from "./pageSetup";

/** Values for data cells: by cellKey(table, row, column), or computed per cell. Absent: blank. */
export type DataValues = ReadonlyMap<string, CellScalar> | ((cell: DataCellDef) => CellScalar | undefined);

export const TITLE_FONT_SIZE = 16;
export const HEADING_FONT_SIZE = 12;
export const TITLE_ROW_HEIGHT = 30;
/** Points per line of 11-point text, and the height Excel gives a one-line row. */
const LINE_POINTS = 14.5;
const ROW_POINTS = 15;

/**
 * Row heights that show every wrapped label whole. Excel does not fit rows to merged cells, and an .xlsx
 * written by ExcelJS carries no fitted heights, so both writers get them explicitly.
 */
function rowHeights(
  cells: readonly LayoutCell[],
  top: number,
  left: number,
  widths: readonly number[],
): Map<number, number> {
  const lines = new Map<number, number>();
  for (const cell of cells) {
    if (cell.text === null) continue;
    let width = 0;
    for (let c = 0; c < cell.colSpan; c += 1) width += widths[left + cell.c + c] ?? 8.43;
    const needed = Math.ceil(textWidth(cell.text) / Math.max(1, width - 1));
    const perRow = Math.ceil(needed / cell.rowSpan);
    for (let r = 0; r < cell.rowSpan; r += 1) {
      const row = top + cell.r + r;
      lines.set(row, Math.max(lines.get(row) ?? 1, perRow));
    }
  }
  const heights = new Map<number, number>();
  for (const [row, n] of lines) if (n > 1) heights.set(row, Math.max(ROW_POINTS, n * LINE_POINTS + 2));
  return heights;
}

function valueOf(values: DataValues | undefined, cell: DataCellDef): CellScalar {
  if (!values) return null;
  const v = typeof values === "function" ? values(cell) : values.get(cellKey(cell.table, cell.row, cell.column));
  return v ?? null;
}

function spanBox(top: number, left: number, cell: LayoutCell): Box {
  return { top: top + cell.r, left: left + cell.c, rows: cell.rowSpan, cols: cell.colSpan };
}

/** Data cells of one row, grouped into runs of adjacent single cells of the same kind (fewer style ops). */
function dataRuns(cells: LayoutCell[]): { box: Omit<Box, "top" | "left"> & { r: number; c: number }; kind: string }[] {
  const runs: { box: { r: number; c: number; rows: number; cols: number }; kind: string }[] = [];
  for (const cell of cells) {
    const kind = cell.data?.kind ?? "count";
    const last = runs[runs.length - 1];
    if (
      last &&
      last.kind === kind &&
      last.box.r === cell.r &&
      last.box.c + last.box.cols === cell.c &&
      cell.rowSpan === 1
    ) {
      last.box.cols += cell.colSpan;
    } else {
      runs.push({ box: { r: cell.r, c: cell.c, rows: cell.rowSpan, cols: cell.colSpan }, kind });
    }
  }
  return runs;
}

/**
 * Operations for the title, section headings and tables of `layout` on `sheet` (which must exist or be added
 * by an earlier addSheet). Data cells get `values` where given, else stay blank.
 */
export function tableLayoutOps(
  format: FormatDef,
  tables: readonly TableId[],
  sheet: string,
  layout: SheetLayout,
  values?: DataValues,
): WriteOp[] {
  const contents: WriteOp[] = [];
  const merges: WriteOp[] = [];
  const styles: WriteOp[] = [];
  const names: WriteOp[] = [];

  const { title } = layout;
  const titleBox: Box = { top: title.row, left: title.col, rows: 1, cols: title.colSpan };
  contents.push({ op: "setValues", sheet, top: title.row, left: title.col, values: [[title.text]] });
  merges.push({ op: "merge", sheet, box: titleBox });
  styles.push({
    op: "style",
    sheet,
    box: titleBox,
    style: { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: "center", vAlign: "center" },
  });
  styles.push({ op: "rowHeight", sheet, row: title.row, height: TITLE_ROW_HEIGHT });
  names.push({ op: "addName", name: title.name, sheet, box: titleBox, comment: "报告标题" });

  for (const placed of layout.tables) {
    if (!tables.includes(placed.table)) continue;
    const def = format.tables[placed.table];
    const { top, left } = placed;
    contents.push({ op: "setValues", sheet, top: placed.headingRow, left, values: [[def.heading]] });
    styles.push({
      op: "style",
      sheet,
      box: { top: placed.headingRow, left, rows: 1, cols: 1 },
      style: { bold: true, fontSize: HEADING_FONT_SIZE },
    });

    const gridBox: Box = { top, left, rows: def.gridRows, cols: def.gridColumns };
    const grid: CellScalar[][] = Array.from({ length: def.gridRows }, () =>
      Array.from({ length: def.gridColumns }, (): CellScalar => null),
    );
    for (const cell of def.cells) {
      grid[cell.r][cell.c] = cell.data ? valueOf(values, cell.data) : cell.text;
      if (cell.rowSpan > 1 || cell.colSpan > 1) merges.push({ op: "merge", sheet, box: spanBox(top, left, cell) });
    }
    contents.push({ op: "setValues", sheet, top, left, values: grid });

    styles.push({ op: "style", sheet, box: gridBox, style: { border: true, wrap: true, vAlign: "center" } });
    for (const cell of def.cells) {
      const box = spanBox(top, left, cell);
      if (cell.role === "group") {
        styles.push({ op: "style", sheet, box, style: { fill: COLORS.groupFill, bold: true, hAlign: "left" } });
      } else if (cell.role === "header" || cell.role === "note") {
        styles.push({ op: "style", sheet, box, style: { fill: COLORS.headerFill, hAlign: "center" } });
      } else if (cell.role === "label") {
        styles.push({ op: "style", sheet, box, style: { hAlign: "left" } });
      }
    }
    for (const run of dataRuns(def.cells.filter((c) => c.role === "data"))) {
      styles.push({
        op: "style",
        sheet,
        box: { top: top + run.box.r, left: left + run.box.c, rows: run.box.rows, cols: run.box.cols },
        style: { numberFormat: NUMBER_FORMATS[run.kind as keyof typeof NUMBER_FORMATS], hAlign: "right" },
      });
    }
    for (const [row, height] of rowHeights(def.cells, top, left, layout.columnWidths)) {
      styles.push({ op: "rowHeight", sheet, row, height });
    }
    names.push({ op: "addName", name: placed.name, sheet, box: gridBox, comment: def.heading });
  }

  const widths: WriteOp = { op: "columnWidths", sheet, left: 0, widths: layout.columnWidths };
  const frozen: WriteOp = { op: "freezePanes", sheet, ...layout.frozen };
  const ops = [...contents, ...merges, ...styles, widths, frozen, ...names];
  return [...ops, reportPageSetup(format, tables, sheet, layout, ops)];
}

/**
 * Each table kept whole on a page with its heading (the title with the first), no rows repeated: a table never
 * runs onto a second page, so its header rows are always above it.
 */
function reportPageSetup(
  format: FormatDef,
  tables: readonly TableId[],
  sheet: string,
  layout: SheetLayout,
  ops: readonly WriteOp[],
): WriteOp {
  const placed = layout.tables.filter((p) => tables.includes(p.table));
  const blocks: PrintBlock[] = placed.map((p, i) => ({
    first: i === 0 ? layout.title.row : p.headingRow,
    last: p.top + format.tables[p.table].gridRows - 1,
  }));
  const last = blocks.length > 0 ? blocks[blocks.length - 1].last : layout.title.row;
  return pageSetupOp({
    sheet,
    widths: layout.columnWidths,
    printArea: { top: layout.title.row, left: 0, rows: last - layout.title.row + 1, cols: layout.columns },
    titleRows: null,
    blocks,
    ops,
  });
}

/** Cells these operations would write or merge over that already hold a value or formula in the snapshot. */
export function overwrittenCells(
  snapshot: WorkbookSnapshot,
  ops: readonly WriteOp[],
): { sheet: string; row: number; col: number }[] {
  const hits: { sheet: string; row: number; col: number }[] = [];
  const seen = new Set<string>();
  const check = (sheet: string, box: Box) => {
    const grid = snapshot.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (!grid) return;
    for (let r = box.top; r < box.top + box.rows; r += 1) {
      for (let c = box.left; c < box.left + box.cols; c += 1) {
        const i = r - grid.top;
        const j = c - grid.left;
        const value = grid.values[i]?.[j] ?? null;
        const formula = grid.formulas[i]?.[j] ?? null;
        const key = `${r},${c}`;
        if ((value !== null || formula !== null) && !seen.has(key)) {
          seen.add(key);
          hits.push({ sheet: grid.name, row: r, col: c });
        }
      }
    }
  };
  for (const op of ops) {
    if (op.op === "setValues" && op.values.length > 0) {
      check(op.sheet, { top: op.top, left: op.left, rows: op.values.length, cols: op.values[0].length });
    } else if (op.op === "merge") {
      check(op.sheet, op.box);
    }
  }
  return hits;
}
