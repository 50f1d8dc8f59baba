/**
 * Reading a WPS workbook into the core's snapshot. WPS's object model is synchronous: every member access is a
 * call into WPS, so the reader takes each sheet's used range in two calls (Value2, Formula), its number formats in
 * one where they are all alike (else per run of adjacent numbers in a row, per number only in a run of mixed
 * formats), and looks for
 * merges only in rows that hold some (one MergeCells call per row, one per cell only in those rows).
 */
import { parseAddress } from "../../core/grid/address";
import { isFormula } from "../enteredText";
import { blockMarks, isFlagFormula, parseFlagBlock } from "../flagMarker";
import type { Box, CellScalar, FlagMark, NamedRange, ReadScope, SheetGrid, WorkbookSnapshot } from "../types";
import { readValue } from "../dateCells";
import { boxAddress } from "../../core/grid/address";
import { XL_EXPRESSION, XL_SHEET_VISIBLE, type EtRange, type EtWorkbook, type EtWorksheet } from "./et";
import { asGrid, cellValue, read } from "./jsapi";

/** The sheets of a workbook, in tab order. */
export function worksheetsOf(workbook: EtWorkbook): EtWorksheet[] {
  const sheets = read(workbook, workbook.Worksheets);
  const count = read(sheets, sheets.Count);
  return Array.from({ length: count }, (_, i) => sheets.Item(i + 1));
}

/** Row, column (0-based) and size of a range. */
export function boxOf(range: EtRange): Box {
  const rows = read(range, range.Rows);
  const cols = read(range, range.Columns);
  return {
    top: read(range, range.Row) - 1,
    left: read(range, range.Column) - 1,
    rows: read(rows, rows.Count),
    cols: read(cols, cols.Count),
  };
}

function isVisible(sheet: EtWorksheet): boolean {
  const visible = read(sheet, sheet.Visible);
  return visible === XL_SHEET_VISIBLE || visible === true;
}

/** The merged areas inside `used`. */
function mergesOf(sheet: EtWorksheet, used: EtRange, box: Box): Box[] {
  if (read(used, used.MergeCells) === false) return [];
  const merges: Box[] = [];
  const seen = new Set<string>();
  for (let r = box.top; r < box.top + box.rows; r += 1) {
    const row = sheet.Range(boxAddress({ top: r, left: box.left, rows: 1, cols: box.cols }));
    if (read(row, row.MergeCells) === false) continue;
    for (let c = box.left; c < box.left + box.cols; c += 1) {
      const cell = sheet.Range(boxAddress({ top: r, left: c, rows: 1, cols: 1 }));
      if (read(cell, cell.MergeCells) !== true) continue;
      const area = boxOf(read(cell, cell.MergeArea));
      const key = `${area.top},${area.left}`;
      if (!seen.has(key)) {
        seen.add(key);
        merges.push(area);
      }
      c = area.left + area.cols - 1;
    }
  }
  return merges;
}

/**
 * The number format of each number in `values` (null elsewhere): NumberFormat of the used range, where it is one
 * format for all; else of each run of adjacent numbers in a row, and of each number of a run whose cells differ
 * (WPS, as VBA, answers null for a range of mixed formats). A table's row of figures is one run: one call.
 */
function numberFormatsOf(sheet: EtWorksheet, used: EtRange, box: Box, values: CellScalar[][]): unknown[][] {
  const formats: unknown[][] = values.map((row) => row.map(() => null));
  if (!values.some((row) => row.some((v) => typeof v === "number"))) return formats;
  const whole = read(used, used.NumberFormat);
  const formatOf = (r: number, left: number, cols: number): unknown => {
    if (typeof whole === "string") return whole;
    const range = sheet.Range(boxAddress({ top: box.top + r, left: box.left + left, rows: 1, cols }));
    return read(range, range.NumberFormat);
  };
  values.forEach((row, r) => {
    for (let c = 0; c < row.length; c += 1) {
      if (typeof row[c] !== "number") continue;
      let end = c;
      while (end + 1 < row.length && typeof row[end + 1] === "number") end += 1;
      const run = formatOf(r, c, end - c + 1);
      for (let k = c; k <= end; k += 1) formats[r][k] = typeof run === "string" || c === end ? run : formatOf(r, k, 1);
      c = end;
    }
  });
  return formats;
}

function gridOf(sheet: EtWorksheet, name: string, hidden: boolean): SheetGrid {
  const used = read(sheet, sheet.UsedRange);
  const box = boxOf(used);
  const raw = asGrid(read(used, used.Value2), box.rows, box.cols);
  const numbers = raw.map((row) => row.map(cellValue));
  // A date typed in a number cell is its serial number in Value2 (45658 for 2025-01-01): read as its date.
  const formats = numberFormatsOf(sheet, used, box, numbers);
  const values = numbers.map((row, r) => row.map((v, c) => readValue(v, formats[r][c])));
  const formulas = asGrid(read(used, used.Formula), box.rows, box.cols).map((row, r) =>
    row.map((f, c) => (isFormula(f, raw[r][c]) ? f : null)),
  );
  return { name, top: box.top, left: box.left, values, formulas, merges: mergesOf(sheet, used, box), hidden };
}

/** This add-in's flags on a sheet (its conditional formats whose formula carries the flag tag). */
function flagsOf(sheet: EtWorksheet, name: string): FlagMark[] {
  const cells = read(sheet, sheet.Cells);
  const conditions = read(cells, cells.FormatConditions);
  const count = read(conditions, conditions.Count);
  const flags: FlagMark[] = [];
  for (let i = 1; i <= count; i += 1) {
    const cf = conditions.Item(i);
    if (read(cf, cf.Type) !== XL_EXPRESSION) continue;
    const formula = read(cf, cf.Formula1);
    const block = isFlagFormula(formula) ? parseFlagBlock(formula) : null;
    if (block) flags.push(...blockMarks(name, block));
  }
  return flags;
}

function namesOf(workbook: EtWorkbook): NamedRange[] {
  const names = read(workbook, workbook.Names);
  const count = read(names, names.Count);
  const out: NamedRange[] = [];
  for (let i = 1; i <= count; i += 1) {
    const item = names.Item(i);
    const ref = parseAddress(String(read(item, item.RefersTo)));
    if (!ref || ref.sheet === null) continue;
    out.push({
      name: read(item, item.Name),
      sheet: ref.sheet,
      box: { top: ref.top, left: ref.left, rows: ref.rows, cols: ref.cols },
    });
  }
  return out;
}

export function readWorkbook(workbook: EtWorkbook, scope: ReadScope): WorkbookSnapshot {
  const sheets = worksheetsOf(workbook).map((sheet) => ({ sheet, name: read(sheet, sheet.Name) }));
  const active = read(workbook, workbook.ActiveSheet);
  return {
    sheets: sheets.map(({ sheet, name }) => {
      const hidden = !isVisible(sheet);
      return scope.values
        ? gridOf(sheet, name, hidden)
        : { name, top: 0, left: 0, values: [], formulas: [], merges: [], hidden };
    }),
    names: namesOf(workbook),
    flags: scope.flags ? sheets.flatMap(({ sheet, name }) => flagsOf(sheet, name)) : [],
    activeSheet: active ? read(active, active.Name) : null,
  };
}
