/**
 * What the browser preview (and tests) can see of the Excel stand-in, beside the Excel API itself.
 * The stand-in implements the Excel JavaScript API subset the add-in uses (see excel/); this is
 * the read-only view used to draw the grid, plus the user's own actions (select, type).
 */
import type { Box, CellScalar, FlagLevel } from "../hosts/types";
import type { ChartModel, PageModel } from "./model";

export interface CellBorders {
  top: boolean;
  bottom: boolean;
  left: boolean;
  right: boolean;
}

export interface StandinCellView {
  value: CellScalar;
  /** As Excel would display it, with the number format applied. */
  text: string;
  formula: string | null;
  /** The cell's own fill ("#RRGGBB" or null). */
  fill: string | null;
  /** What is drawn: the add-in's flag colour over the cell's own fill, when flagged. */
  displayFill: string | null;
  bold: boolean;
  wrap: boolean;
  hAlign: "left" | "center" | "right" | "general";
  vAlign: "top" | "center" | "bottom";
  borders: CellBorders;
  numberFormat: string;
  /** The add-in's flag on this cell, if any. */
  flag: FlagLevel | null;
  /** Message attached to the cell (comment), if any. */
  comment: string | null;
}

export interface StandinSheetView {
  name: string;
  visible: boolean;
  /** Rows and columns that hold anything (values or formatting), at least 1 × 1. */
  rowCount: number;
  colCount: number;
  cell(row: number, col: number): StandinCellView;
  merges: Box[];
  /** Width of a column in Excel character units (default 8.43). */
  columnWidth(col: number): number;
  /** Height of a row in points (default 15). */
  rowHeight(row: number): number;
  /** Charts the add-in added, as recorded (type, data cells, series by, title, position). */
  charts?: readonly Readonly<ChartModel>[];
  /** How the sheet prints (Worksheet.pageLayout), as the add-in set it. */
  page?: Readonly<PageModel>;
  /** Rows above and columns left of the scrolling pane (Worksheet.freezePanes); 0 and 0 when none are frozen. */
  frozen?: { rows: number; columns: number };
}

export interface Selection {
  sheet: string;
  row: number;
  col: number;
}

export interface StandinView {
  sheets(): StandinSheetView[];
  activeSheet(): string;
  selection(): Selection;
  /** The user clicks a cell (also activates its sheet). */
  select(selection: Selection): void;
  /** The user clicks a sheet tab. */
  activate(sheet: string): void;
  /** The user types into a cell and presses Enter: numbers become numbers, "=…" a formula, "" clears. */
  typeInto(sheet: string, row: number, col: number, input: string): void;
  /** Called after every sync that changed the workbook and after every user action. Returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** context.sync() calls so far (all Excel.run calls together). */
  readonly syncCount: number;
}
