/** Test fixtures: sheets built in code, from the project's own format definitions or typed row by row. */
import { FORMATS, type FormatId, type PlacedDataCell, type TableId } from "../../format";
import { sheetLayout, type SheetLayout } from "../../format/sheetLayout";
import type { Box, CellScalar, NamedRange, SheetGrid, WorkbookSnapshot } from "../../grid";

export class SheetBuilder {
  private readonly values = new Map<string, CellScalar>();
  private readonly formulas = new Map<string, string>();
  private merges: Box[] = [];

  constructor(readonly name: string) {}

  set(row: number, col: number, value: CellScalar, formula?: string): this {
    this.values.set(`${row},${col}`, value);
    if (formula) this.formulas.set(`${row},${col}`, formula);
    return this;
  }

  get(row: number, col: number): CellScalar {
    return this.values.get(`${row},${col}`) ?? null;
  }

  /** Writes rows of cells from (top, left); undefined leaves a cell alone. */
  rows(top: number, left: number, rows: (CellScalar | undefined)[][]): this {
    rows.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value !== undefined) this.set(top + r, left + c, value);
      }),
    );
    return this;
  }

  merge(top: number, left: number, rows: number, cols: number): this {
    this.merges.push({ top, left, rows, cols });
    return this;
  }

  /** Writes a table exactly as the official layout (labels, merges) with the given data values. */
  table(
    formatId: FormatId,
    table: TableId,
    top: number,
    left: number,
    valueOf: (cell: PlacedDataCell, index: number) => CellScalar,
  ): Box {
    const def = FORMATS[formatId].tables[table];
    for (const cell of def.cells) {
      if (cell.rowSpan > 1 || cell.colSpan > 1) this.merge(top + cell.r, left + cell.c, cell.rowSpan, cell.colSpan);
      if (cell.text !== null) this.set(top + cell.r, left + cell.c, cell.text);
    }
    def.dataCells.forEach((cell, i) => this.set(top + cell.r, left + cell.c, valueOf(cell, i)));
    return { top, left, rows: def.gridRows, cols: def.gridColumns };
  }

  /** Inserts empty rows before `at`, moving cells and merges below down (as Excel does). */
  insertRows(at: number, count: number): this {
    const moved = new Map<string, CellScalar>();
    const movedFormulas = new Map<string, string>();
    const shift = (key: string) => {
      const [r, c] = key.split(",").map(Number);
      return `${r >= at ? r + count : r},${c}`;
    };
    for (const [key, value] of this.values) moved.set(shift(key), value);
    for (const [key, value] of this.formulas) movedFormulas.set(shift(key), value);
    this.values.clear();
    this.formulas.clear();
    for (const [k, v] of moved) this.values.set(k, v);
    for (const [k, v] of movedFormulas) this.formulas.set(k, v);
    this.merges = this.merges.map((m) =>
      m.top >= at ? { ...m, top: m.top + count } : m.top + m.rows > at ? { ...m, rows: m.rows + count } : m,
    );
    return this;
  }

  build(): SheetGrid {
    let rows = 0;
    let cols = 0;
    for (const key of this.values.keys()) {
      const [r, c] = key.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    const values: CellScalar[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = 0; r < rows; r += 1) {
      values.push([]);
      formulas.push([]);
      for (let c = 0; c < cols; c += 1) {
        values[r].push(this.values.get(`${r},${c}`) ?? null);
        formulas[r].push(this.formulas.get(`${r},${c}`) ?? null);
      }
    }
    return { name: this.name, top: 0, left: 0, values, formulas, merges: this.merges };
  }
}

export function workbook(sheets: SheetBuilder[], names: NamedRange[] = []): WorkbookSnapshot {
  return { sheets: sheets.map((s) => s.build()), names, flags: [], activeSheet: sheets[0]?.name ?? null };
}

export interface Template {
  sheet: SheetBuilder;
  names: NamedRange[];
  layout: SheetLayout;
  /** Top-left of each table as written (after the offset). */
  boxes: Record<string, Box>;
}

/** A sheet as the add-in inserts it (title, headings, tables, DT_ names), moved by (dRow, dCol). */
export function template(opts: {
  formatId: FormatId;
  year: number;
  unit: string;
  sheet?: SheetBuilder;
  tables?: TableId[];
  prefix?: string;
  startRow?: number;
  dCol?: number;
  valueOf: (cell: PlacedDataCell, index: number) => CellScalar;
}): Template {
  const format = FORMATS[opts.formatId];
  const tables = opts.tables ?? (["二", "三", "四"] as TableId[]);
  const prefix = opts.prefix ?? `DT_${opts.year}`;
  const layout = sheetLayout(format, tables, { unit: opts.unit, year: opts.year, prefix, startRow: opts.startRow });
  const sheet = opts.sheet ?? new SheetBuilder(`${opts.year}年报表`);
  const dCol = opts.dCol ?? 0;
  const names: NamedRange[] = [];
  const boxes: Record<string, Box> = {};
  sheet.set(layout.title.row, layout.title.col + dCol, layout.title.text);
  names.push({
    name: layout.title.name,
    sheet: sheet.name,
    box: { top: layout.title.row, left: layout.title.col + dCol, rows: 1, cols: layout.title.colSpan },
  });
  for (const placed of layout.tables) {
    sheet.set(placed.headingRow, placed.left + dCol, format.tables[placed.table].heading);
    const box = sheet.table(opts.formatId, placed.table, placed.top, placed.left + dCol, opts.valueOf);
    boxes[placed.table] = box;
    names.push({ name: placed.name, sheet: sheet.name, box });
  }
  return { sheet, names, layout, boxes };
}

/** Distinct values per cell, so a misplaced read shows: 1000 (二), 2000 (三) or 3000 (四) + index. */
export function distinct(cell: PlacedDataCell, index: number): number {
  return ({ 二: 1000, 三: 2000, 四: 3000 } as const)[cell.table] + index;
}
