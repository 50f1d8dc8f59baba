/**
 * The grid the core reads: a workbook as sheets of cell values, formulas and merges, with its names and
 * the flags this add-in left. The hosts produce it; readers and rules consume it.
 */

export type CellScalar = string | number | boolean | null;

/** A rectangle of cells, 0-based sheet coordinates. */
export interface Box {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface SheetGrid {
  name: string;
  /** Position of values[0][0] in the sheet (0-based). */
  top: number;
  left: number;
  /** Cell values: numbers as numbers, text as text, empty as null, error values as their text ("#REF!"). */
  values: CellScalar[][];
  /** Formula text ("=SUM(D6:D28)") where a cell has one, else null; same shape as values. */
  formulas: (string | null)[][];
  /** Merged areas that intersect the values. */
  merges: Box[];
  hidden?: boolean;
  /**
   * Cells left out because they lie far from the rest (a stray cell in XFD1048576 would make the grid billions of
   * cells): how many, and the address of one.
   */
  omitted?: { cells: number; example: string };
  /** Worksheet protection is on: nothing can be written there (flags included). */
  protected?: boolean;
}

export interface NamedRange {
  name: string;
  sheet: string;
  box: Box;
}

export type FlagLevel = "error" | "warning" | "suspect";

export interface FlagMark {
  sheet: string;
  row: number;
  col: number;
  level: FlagLevel;
}

export interface WorkbookSnapshot {
  sheets: SheetGrid[];
  names: NamedRange[];
  /** Flags this add-in left in the workbook (empty where flags are not supported). */
  flags: FlagMark[];
  activeSheet: string | null;
  /**
   * Workbook names that point nowhere (their sheet was deleted: #REF!): never trusted to find a table, but
   * taken, so no new name is given their spelling.
   */
  brokenNames?: string[];
}
