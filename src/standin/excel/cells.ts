/** What a Range proxy stands for (a box on a sheet), and reading and writing its cells as Office.js does. */
import { parseAddress } from "../../core/grid/address";
import type { Box, CellScalar } from "../../hosts/types";
import { ErrorCodes, StandinError } from "../errors";
import { DEFAULT_FORMAT, type CellFormat, type CellModel, type SheetModel, type WorkbookModel } from "../model";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** Largest range whose cells can be loaded or formatted (Excel refuses huge payloads too). */
const MAX_LOAD_CELLS = 5_000_000;

export interface RangeTarget {
  sheet: SheetModel;
  box: Box;
}

export function plainBox(b: Box): Box {
  return { top: b.top, left: b.left, rows: b.rows, cols: b.cols };
}

/** The range a sheet-qualified address ("'2024年报表'!A1") points at; null without a known sheet. */
export function sheetAddressTarget(model: WorkbookModel, address: string): RangeTarget | null {
  const parsed = parseAddress(address);
  const sheet = parsed?.sheet ? model.findSheet(parsed.sheet) : undefined;
  return parsed && sheet ? { sheet, box: plainBox(parsed) } : null;
}

export function cellsOf(box: Box): [number, number][] {
  const out: [number, number][] = [];
  for (let r = box.top; r < box.top + box.rows; r += 1) {
    for (let c = box.left; c < box.left + box.cols; c += 1) out.push([r, c]);
  }
  return out;
}

function checkSize(box: Box, message: string): void {
  if (box.rows * box.cols > MAX_LOAD_CELLS) throw new StandinError(ErrorCodes.generalException, message);
}

/** One value when every cell agrees, else null (as Office.js reports mixed formatting). */
export function uniform<V>(values: V[]): V | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

/** A 2-D array of one property of every cell. */
export function grid<V>(target: RangeTarget, read: (r: number, c: number) => V): V[][] {
  const { box } = target;
  checkSize(box, "区域过大，无法读取其全部单元格");
  return Array.from({ length: box.rows }, (_, i) =>
    Array.from({ length: box.cols }, (_, j) => read(box.top + i, box.left + j)),
  );
}

/** Checks a 2-D array (or one scalar, applied to every cell) against a range's shape. */
export function shaped(input: unknown, box: Box, property: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const ok =
    input.length === box.rows && input.every((row) => Array.isArray(row) && (row as unknown[]).length === box.cols);
  if (!ok) {
    throw new StandinError(
      ErrorCodes.invalidArgument,
      `${property} 的行数或列数与区域不符（区域 ${box.rows}×${box.cols}）`,
      `Range.${property}`,
    );
  }
  return (r, c) => (input as unknown[][])[r - box.top][c - box.left];
}

export function toScalar(v: unknown, property: string): CellScalar {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  throw new StandinError(ErrorCodes.invalidArgument, `${property} 中有无效的值`, `Range.${property}`);
}

/** The format of every cell (the default for empty ones), for reading. */
export function formatsOf(t: RangeTarget): CellFormat[] {
  checkSize(t.box, "区域过大");
  return cellsOf(t.box).map(([r, c]) => t.sheet.cell(r, c)?.format ?? DEFAULT_FORMAT);
}

/** Applies a change to every cell, creating empty ones, for formatting. */
export function eachCell(t: RangeTarget, apply: (cell: CellModel) => void): void {
  checkSize(t.box, "区域过大");
  if (t.sheet.protected) throw new StandinError(ErrorCodes.accessDenied, `工作表“${t.sheet.name}”受保护`);
  for (const [r, c] of cellsOf(t.box)) apply(t.sheet.ensure(r, c));
}
