/**
 * WorkbookHost over an ExcelJS workbook (.xlsx files, the command line). Same snapshot shape and WriteOps as
 * the Office.js host; flags are not written here (capabilities.flags is false, flag ops are ignored).
 */
import type ExcelJS from "exceljs";
import { boxAddress, parseAddress, quoteSheet } from "../../core/grid/address";
import { applyPageSetup } from "./pageSetup";
import { sheetNameProblem } from "../sheetName";
import type {
  Box,
  CellScalar,
  CellStyle,
  NamedRange,
  ReadScope,
  SheetGrid,
  WorkbookHost,
  WorkbookSession,
  WorkbookSnapshot,
  WriteOp,
} from "../types";
import { charsToFileWidth } from "../units";
import { dateText } from "../dateCells";

function scalar(value: unknown): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  // A date is shown as a date: read as its serial number it would pass for a count (45658 for 2025-01-01).
  if (value instanceof Date) return dateText(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return v.error;
    if (Array.isArray(v.richText)) return v.richText.map((part: { text?: string }) => part.text ?? "").join("");
    if ("formula" in v || "sharedFormula" in v) return scalar(v.result);
    if (typeof v.text === "string") return v.text;
  }
  return String(value);
}

function readCell(cell: ExcelJS.Cell): { value: CellScalar; formula: string | null } {
  if (cell.isMerged && cell.master !== cell) return { value: null, formula: null };
  const formula = typeof cell.formula === "string" && cell.formula !== "" ? `=${cell.formula}` : null;
  // cell.value of a formula drops a falsy cached result (0, false); cell.result keeps it.
  const value = scalar(formula === null ? cell.value : cell.result);
  return { value: value === "" ? null : value, formula };
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merged areas. ExcelJS keeps them in `_merges`; `sheet.model` would serialise every row to get them. */
function mergesOf(sheet: ExcelJS.Worksheet): Box[] {
  const ranges = (sheet as unknown as { _merges?: Record<string, RangeLike> })._merges;
  if (ranges) {
    return Object.values(ranges).map((m) => ({
      top: m.top - 1,
      left: m.left - 1,
      rows: m.bottom - m.top + 1,
      cols: m.right - m.left + 1,
    }));
  }
  const merges: string[] = (sheet.model as unknown as { merges?: string[] }).merges ?? [];
  return merges.flatMap((m) => {
    const box = parseAddress(m);
    return box ? [{ top: box.top, left: box.left, rows: box.rows, cols: box.cols }] : [];
  });
}

/** Above this many cells (rows × columns) the used range is not made into one dense grid. */
const MAX_GRID_CELLS = 1_000_000;
/** Empty rows or columns that separate one cluster of cells from another. */
const CLUSTER_GAP = 64;

interface ReadAt {
  r: number;
  c: number;
  value: CellScalar;
  formula: string | null;
}

/** The run of `positions` (sorted, with gaps ≤ CLUSTER_GAP inside a run) holding the most cells. */
function busiestRun(positions: number[]): { from: number; to: number } {
  const sorted = [...positions].sort((a, b) => a - b);
  let best = { from: sorted[0], to: sorted[0], count: 0 };
  let run = { from: sorted[0], to: sorted[0], count: 0 };
  for (const p of sorted) {
    if (p - run.to > CLUSTER_GAP) run = { from: p, to: p, count: 0 };
    run.to = p;
    run.count += 1;
    if (run.count > best.count) best = { ...run };
  }
  return best;
}

/**
 * The box of cells to read as one grid: the used range, or, when that is too large to hold (one stray cell in
 * XFD1048576 makes it 17 billion cells), the cluster of rows and then of columns holding the most cells.
 */
function gridBox(
  cells: readonly ReadAt[],
  used: { top: number; bottom: number; left: number; right: number },
): { top: number; bottom: number; left: number; right: number } {
  if ((used.bottom - used.top + 1) * (used.right - used.left + 1) <= MAX_GRID_CELLS) return used;
  const rows = busiestRun(cells.map((x) => x.r));
  const cols = busiestRun(cells.filter((x) => x.r >= rows.from && x.r <= rows.to).map((x) => x.c));
  const width = cols.to - cols.from + 1;
  return {
    top: rows.from,
    bottom: Math.min(rows.to, rows.from + Math.floor(MAX_GRID_CELLS / width) - 1),
    left: cols.from,
    right: cols.to,
  };
}

/** Values and formulas of the used range: only the cells that exist are visited (getCell would create the rest). */
function grid(sheet: ExcelJS.Worksheet, values: boolean): SheetGrid {
  const hidden = sheet.state !== undefined && sheet.state !== "visible";
  const base: SheetGrid = { name: sheet.name, top: 0, left: 0, values: [], formulas: [], merges: [], hidden };
  const dims = (
    sheet as unknown as { dimensions?: { model: { top: number; left: number; bottom: number; right: number } } }
  ).dimensions;
  if (!values || !dims || sheet.rowCount === 0) return base;
  const cells: ReadAt[] = [];
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const read = readCell(cell);
      if (read.value !== null || read.formula !== null) cells.push({ r, c, ...read });
    });
  });
  if (cells.length === 0) return base;
  const { top, bottom, left, right } = gridBox(cells, dims.model);
  const width = right - left + 1;
  const rows: CellScalar[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = top; r <= bottom; r += 1) {
    rows.push(new Array<CellScalar>(width).fill(null));
    formulas.push(new Array<string | null>(width).fill(null));
  }
  let omitted = 0;
  let example = "";
  for (const cell of cells) {
    if (cell.r < top || cell.r > bottom || cell.c < left || cell.c > right) {
      if (omitted === 0) example = boxAddress({ top: cell.r - 1, left: cell.c - 1, rows: 1, cols: 1 });
      omitted += 1;
      continue;
    }
    rows[cell.r - top][cell.c - left] = cell.value;
    formulas[cell.r - top][cell.c - left] = cell.formula;
  }
  const merges = mergesOf(sheet).filter(
    (m) => m.top < bottom && m.top + m.rows > top - 1 && m.left < right && m.left + m.cols > left - 1,
  );
  const grid: SheetGrid = { ...base, top: top - 1, left: left - 1, values: rows, formulas, merges };
  return omitted > 0 ? { ...grid, omitted: { cells: omitted, example } } : grid;
}

function namesOf(workbook: ExcelJS.Workbook): NamedRange[] {
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return model.flatMap((n) => {
    const ref = n.ranges.map((r) => parseAddress(r)).find((r) => r !== null && r.sheet !== null);
    return ref && ref.sheet !== null
      ? [{ name: n.name, sheet: ref.sheet, box: { top: ref.top, left: ref.left, rows: ref.rows, cols: ref.cols } }]
      : [];
  });
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const V_ALIGN = { top: "top", center: "middle", bottom: "bottom" } as const;

function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.fill !== undefined) {
    cell.fill =
      style.fill === null
        ? { type: "pattern", pattern: "none" }
        : { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
  if (style.bold !== undefined || style.fontSize !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    cell.font = font;
  }
  if (style.wrap !== undefined || style.hAlign || style.vAlign) {
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (style.hAlign) alignment.horizontal = style.hAlign;
    if (style.vAlign) alignment.vertical = V_ALIGN[style.vAlign];
    cell.alignment = alignment;
  }
  if (style.border) cell.border = { top: { ...THIN }, bottom: { ...THIN }, left: { ...THIN }, right: { ...THIN } };
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
}

function eachCell(sheet: ExcelJS.Worksheet, box: Box, apply: (cell: ExcelJS.Cell) => void): void {
  for (let r = box.top; r < box.top + box.rows; r += 1) {
    const row = sheet.getRow(r + 1);
    for (let c = box.left; c < box.left + box.cols; c += 1) apply(row.getCell(c + 1));
  }
}

function setActive(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  const index = workbook.worksheets.indexOf(sheet);
  const view = workbook.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 8000, visibility: "visible" };
  workbook.views = [{ ...view, firstSheet: 0, activeTab: index } as ExcelJS.WorkbookView];
}

/** The sheet's view with its top `rows` and left `columns` frozen (none: a normal view), its active cell kept. */
function freezePanes(sheet: ExcelJS.Worksheet, rows: number, columns: number): void {
  const activeCell = sheet.views?.[0]?.activeCell;
  const view: Partial<ExcelJS.WorksheetView> =
    rows > 0 || columns > 0
      ? {
          state: "frozen",
          xSplit: columns,
          ySplit: rows,
          topLeftCell: boxAddress({ top: rows, left: columns, rows: 1, cols: 1 }),
        }
      : { state: "normal" };
  sheet.views = [{ ...view, ...(activeCell ? { activeCell } : {}) } as ExcelJS.WorksheetView];
}

export function exceljsHost(workbook: ExcelJS.Workbook): WorkbookHost {
  const sheetNamed = (name: string): ExcelJS.Worksheet => {
    const lower = name.toLowerCase();
    const sheet = workbook.worksheets.find((s) => s.name.toLowerCase() === lower);
    if (!sheet) throw new Error(`工作簿中没有工作表“${name}”`);
    return sheet;
  };

  const session: WorkbookSession = {
    async read(scope: ReadScope = { values: true }): Promise<WorkbookSnapshot> {
      const sheets = workbook.worksheets;
      const active = sheets[workbook.views?.[0]?.activeTab ?? 0] ?? sheets[0];
      return {
        sheets: sheets.map((s) => grid(s, Boolean(scope.values))),
        names: namesOf(workbook),
        flags: [],
        activeSheet: active ? active.name : null,
      };
    },

    async write(ops: readonly WriteOp[]): Promise<void> {
      for (const op of ops) {
        switch (op.op) {
          case "addSheet": {
            const problem = sheetNameProblem(op.sheet);
            if (problem !== null) throw new Error(problem);
            if (workbook.worksheets.some((s) => s.name.toLowerCase() === op.sheet.toLowerCase())) {
              throw new Error(`已存在同名工作表：${op.sheet}`);
            }
            const sheet = workbook.addWorksheet(op.sheet);
            if (op.activate) setActive(workbook, sheet);
            else if (op.hidden) sheet.state = "hidden";
            break;
          }
          case "setValues": {
            const sheet = sheetNamed(op.sheet);
            op.values.forEach((row, i) => {
              const target = sheet.getRow(op.top + i + 1);
              row.forEach((v, j) => {
                // ExcelJS stores a string as text whatever it starts with.
                target.getCell(op.left + j + 1).value = v;
              });
            });
            break;
          }
          case "setFormula":
            sheetNamed(op.sheet)
              .getRow(op.row + 1)
              .getCell(op.col + 1).value = {
              formula: op.formula.replace(/^=/, ""),
            } as ExcelJS.CellFormulaValue;
            break;
          case "merge": {
            const { top, left, rows, cols } = op.box;
            sheetNamed(op.sheet).mergeCells(top + 1, left + 1, top + rows, left + cols);
            break;
          }
          case "style":
            eachCell(sheetNamed(op.sheet), op.box, (cell) => styleCell(cell, op.style));
            break;
          case "columnWidths": {
            const sheet = sheetNamed(op.sheet);
            op.widths.forEach((w, i) => {
              sheet.getColumn(op.left + i + 1).width = charsToFileWidth(w);
            });
            break;
          }
          case "rowHeight":
            sheetNamed(op.sheet).getRow(op.row + 1).height = op.height;
            break;
          case "addName":
            sheetNamed(op.sheet);
            workbook.definedNames.add(`${quoteSheet(op.sheet)}!${boxAddress(op.box, true)}`, op.name);
            break;
          case "select": {
            const sheet = sheetNamed(op.sheet);
            setActive(workbook, sheet);
            // The panes stay as they are (frozen or not); only the active cell moves.
            const view = sheet.views?.[0] ?? { state: "normal" };
            sheet.views = [
              {
                ...view,
                activeCell: boxAddress({ top: op.row, left: op.col, rows: 1, cols: 1 }),
              } as ExcelJS.WorksheetView,
            ];
            break;
          }
          case "freezePanes":
            freezePanes(sheetNamed(op.sheet), op.rows, op.columns);
            break;
          case "pageSetup":
            applyPageSetup(sheetNamed(op.sheet), op.setup);
            break;
          case "flag":
          case "clearFlags":
            break;
          // ExcelJS writes no charts (capabilities.charts false): the data is left in chart-ready shape.
          case "chart":
            break;
        }
      }
    },
  };

  return {
    capabilities: { flags: false, cellMessages: false, pageSetup: true, charts: false, freezePanes: true },
    run: (action) => action(session),
  };
}
