/** What a table reader returns, and the helpers to build report cells from sheet cells. */
import { FORMAT_IDS, type CellKey, type DataCellDef, type FormatId, type TableId } from "../format";
import { boxAddress } from "../grid";
import type { ReadNote, ReportCell } from "./model";
import type { SheetView } from "./sheetView";
import { parseCellValue } from "./values";

/** A rectangle of a sheet to look in: rows top…bottom-1, columns left…right (inclusive). */
export interface Area {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** One table read in one format. */
export interface TableRead {
  /** Data cells by cellKey; a table that was found has all its cells (missing ones blank, ref null). */
  cells: Map<CellKey, ReportCell>;
  notes: ReadNote[];
  /** How well the sheet fits this format (higher is better); only differences between formats matter. */
  fit: number;
}

/** A table found on a sheet, read in each format it could be in. */
export interface FoundTable {
  table: TableId;
  sheet: string;
  /** Sheet rows the table covers (headers included), and its left column. */
  top: number;
  bottom: number;
  left: number;
  reads: Partial<Record<FormatId, TableRead>>;
  /** Evidence for each format independent of fit (e.g. 2019-only labels); added to fit when choosing. */
  evidence: Record<FormatId, number>;
  /** Found through a workbook name (DT_…), not by labels. */
  name?: string;
}

export function plainDef(def: DataCellDef): DataCellDef {
  return { table: def.table, row: def.row, column: def.column, kind: def.kind };
}

/** A data cell read from the sheet at (row, col). */
/**
 * Copies of one table read from one sheet or text at most: a county's sheet of stacked township reports has a few
 * dozen; thousands (12 MB of repeated labels) would take minutes and gigabytes. The rest is said, not read.
 */
export const MAX_TABLES_OF_A_KIND = 200;

export function readCell(view: SheetView, def: DataCellDef, row: number, col: number): ReportCell {
  const raw = view.value(row, col);
  const { value, problems } = parseCellValue(raw, def.kind);
  const cell: ReportCell = { def: plainDef(def), raw, value, problems, ref: { sheet: view.name, row, col } };
  const formula = view.formula(row, col);
  if (formula) cell.formula = formula;
  const merge = view.merge(row, col);
  if (merge && (merge.top !== row || merge.left !== col)) cell.mergedInto = boxAddress(merge);
  return cell;
}

/** A data cell whose row or column was not found: blank, with no address. */
export function missingCell(def: DataCellDef): ReportCell {
  return { def: plainDef(def), raw: null, value: null, problems: ["blank"], ref: null };
}

export function noFormatPreference(): Record<FormatId, number> {
  return Object.fromEntries(FORMAT_IDS.map((f) => [f, 0])) as Record<FormatId, number>;
}
