/**
 * The one interface the features need from a spreadsheet. Implemented over Office.js (inside
 * Excel, and the in-browser stand-in) and over ExcelJS (.xlsx files, command line).
 * A user action is: read once, compute, write once — two round trips in Excel.
 */

import type { Box, CellScalar, FlagLevel, WorkbookSnapshot } from "../core/grid/types";

export type { Box, CellScalar, FlagLevel, FlagMark, NamedRange, SheetGrid, WorkbookSnapshot } from "../core/grid/types";

export interface CellStyle {
  /** "#RRGGBB", or null for no fill. */
  fill?: string | null;
  bold?: boolean;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "center" | "bottom";
  /** Thin borders on every edge of every cell of the box. */
  border?: boolean;
  numberFormat?: string;
  fontSize?: number;
}

/**
 * How a sheet prints: always A4, fitted to one page wide (as many pages tall as needed), centred across the page,
 * with these margins; the orientation, rows repeated on each page, print area and page breaks per sheet.
 */
export interface PageSetup {
  orientation: "portrait" | "landscape";
  /** Margins in inches (Excel's page-setup unit). */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** 0-based rows repeated at the top of every printed page, or null. */
  titleRows: { first: number; last: number } | null;
  printArea: Box;
  /** 0-based rows that begin a new printed page. */
  rowBreaks: number[];
}

export type WriteOp =
  /** hidden: a sheet for the add-in's own records (已核实), out of the user's way but kept with the file. */
  | { op: "addSheet"; sheet: string; activate?: boolean; hidden?: boolean }
  /** values[r][c] goes to (top + r, left + c); null writes an empty cell; text is always written as text. */
  | { op: "setValues"; sheet: string; top: number; left: number; values: CellScalar[][] }
  /** A formula the tool composed itself ("=SUM(D6:D28)"); never text from a file or a user. */
  | { op: "setFormula"; sheet: string; row: number; col: number; formula: string }
  | { op: "merge"; sheet: string; box: Box }
  | { op: "style"; sheet: string; box: Box; style: CellStyle }
  /** Widths in Excel character units, from column `left`. */
  | { op: "columnWidths"; sheet: string; left: number; widths: number[] }
  | { op: "rowHeight"; sheet: string; row: number; height: number }
  | { op: "addName"; name: string; sheet: string; box: Box; comment?: string }
  /** Marks a cell without changing its value, formula or own formatting; removable by clearFlags. */
  | { op: "flag"; sheet: string; row: number; col: number; level: FlagLevel; message: string }
  /** Removes every flag this add-in left, restoring exactly the look the cells had. */
  | { op: "clearFlags" }
  | { op: "select"; sheet: string; row: number; col: number }
  /** Page setup for printing (Office.js: ExcelApi 1.9; left out, and said, where Excel lacks it). */
  | { op: "pageSetup"; sheet: string; setup: PageSetup }
  /**
   * Keeps the top `rows` and the left `columns` of the sheet in view while the rest scrolls (0 and 0: none).
   * Office.js: ExcelApi 1.7; left out, and said, where Excel lacks it.
   */
  | { op: "freezePanes"; sheet: string; rows: number; columns: number }
  /**
   * A native chart of `data` (its first row the series names, its first column the categories, series by column),
   * placed over `anchor`. Office.js and WPS (capabilities.charts): ExcelJS cannot write charts.
   */
  | { op: "chart"; sheet: string; kind: "columnClustered"; data: Box; title: string; anchor: Box };

export interface ReadScope {
  /** Load every sheet's used values and formulas (false: only sheet names and workbook names). */
  values?: boolean;
  /** Load the flags this add-in left. */
  flags?: boolean;
}

export interface WorkbookSession {
  read(scope?: ReadScope): Promise<WorkbookSnapshot>;
  write(ops: readonly WriteOp[]): Promise<void>;
}

/** Runs one user action against a workbook: in Excel, one Excel.run. */
export interface WorkbookHost {
  run<T>(action: (session: WorkbookSession) => Promise<T>): Promise<T>;
  /** Whether flags can carry a message on the cell (Excel comments need ExcelApi 1.10). */
  readonly capabilities: {
    flags: boolean;
    cellMessages: boolean;
    pageSetup?: boolean;
    charts?: boolean;
    /** Whether the freezePanes op is written (Excel: ExcelApi 1.7). */
    freezePanes?: boolean;
  };
  /** Learns what makes the first action cheaper (Office.js: the workbook's sheets), before any action. */
  warmUp?(): Promise<void>;
}

export { a1Ref, columnLetters } from "../core/grid/address";

/** A change the workbook reported. */
export interface WorkbookChange {
  /** The host said it was not the add-in's own write (Excel from ExcelApi 1.14); false where it cannot say. */
  notOwn: boolean;
}

/** Calls `listener` on each change the workbook reports; resolves to unsubscribe. */
export type ChangeWatch = (listener: (change: WorkbookChange) => void) => Promise<() => void>;
