/** Cells placed on a table's grid as a document declares them: column and row spans, merged areas. */
import type { Box } from "../core/grid";
import type { DocumentTable } from "../core/report/fromDocument";

/** Spans beyond this are a damaged file, not a table (a page cannot hold them). */
const MAX_SPAN = 200;

const span = (n: number) => (Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1);

export class TableGrid {
  private readonly cells: (string | null)[][] = [];
  private readonly boxes: Box[] = [];
  /** Grid positions taken, by "row,col" (by cells spanning down from rows above). */
  private readonly taken = new Set<string>();
  private row = -1;
  private col = 0;

  startRow(): void {
    this.row += 1;
    this.col = 0;
    this.cells[this.row] = [];
  }

  /** Skips grid columns left empty before the first cell (Word's w:gridBefore). */
  skip(columns: number): void {
    if (Number.isInteger(columns) && columns > 0) this.col += Math.min(columns, MAX_SPAN);
  }

  /** A cell at the next free position (HTML: positions taken by a rowspan above are skipped). */
  place(text: string, colSpan = 1, rowSpan = 1): void {
    if (this.row < 0) this.startRow();
    while (this.taken.has(`${this.row},${this.col}`)) this.col += 1;
    const cols = span(colSpan);
    const rows = span(rowSpan);
    this.cells[this.row][this.col] = text.trim() === "" ? null : text;
    if (cols > 1 || rows > 1) this.boxes.push({ top: this.row, left: this.col, rows, cols });
    for (let r = this.row; r < this.row + rows; r += 1) {
      for (let c = this.col; c < this.col + cols; c += 1) this.taken.add(`${r},${c}`);
    }
    this.col += cols;
  }

  /** A cell at a known grid position (a PDF's cells, found by their borders). */
  at(row: number, col: number, text: string, colSpan = 1, rowSpan = 1): void {
    while (this.row < row) this.startRow();
    this.col = col;
    this.taken.delete(`${row},${col}`);
    this.place(text, colSpan, rowSpan);
  }

  /**
   * A cell that continues the cell above it (Word's w:vMerge without "restart"): the merged area above grows by
   * this row. Text in a continuing cell is kept as a cell of its own.
   */
  continueAbove(colSpan = 1, text = ""): void {
    if (this.row < 0) this.startRow();
    const col = this.col;
    const above = this.boxes.find((b) => b.left === col && b.top + b.rows === this.row && b.cols === span(colSpan));
    if (above && text.trim() === "") {
      above.rows += 1;
      for (let c = col; c < col + above.cols; c += 1) this.taken.add(`${this.row},${c}`);
      this.col += above.cols;
      return;
    }
    if (this.row > 0 && text.trim() === "" && this.cells[this.row - 1][col] !== undefined) {
      const box = { top: this.row - 1, left: col, rows: 2, cols: span(colSpan) };
      this.boxes.push(box);
      this.col += box.cols;
      return;
    }
    this.place(text, colSpan);
  }

  table(): DocumentTable {
    const width = this.cells.reduce((max, row) => Math.max(max, row.length), 0);
    const cells = this.cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
    const merges = this.boxes.filter((b) => b.rows * b.cols > 1).map((b) => ({ ...b }));
    return { cells, merges };
  }
}
