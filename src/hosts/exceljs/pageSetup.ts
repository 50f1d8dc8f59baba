/** The page setup of a sheet in an .xlsx (ExcelJS): A4, fit to one page wide, centred, print titles, area, breaks. */
import type ExcelJS from "exceljs";
import { columnLetters } from "../../core/grid/address";
import type { Box } from "../types";
import type { PageSetup } from "../types";

/** Paper size 9 is A4 in the OOXML paper-size table. */
const A4 = 9;

/**
 * ExcelJS writes the print area as `'sheet'!$` + first + `:$` + last, so "A$1:O$53" becomes $A$1:$O$53, the
 * absolute reference Excel itself writes (plain "A1:O53" would become the mixed $A1:$O53).
 */
function printAreaText(box: Box): string {
  const cell = (r: number, c: number) => `${columnLetters(c)}$${r + 1}`;
  return `${cell(box.top, box.left)}:${cell(box.top + box.rows - 1, box.left + box.cols - 1)}`;
}

export function applyPageSetup(sheet: ExcelJS.Worksheet, setup: PageSetup): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: setup.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { ...setup.margins },
    printArea: printAreaText(setup.printArea),
    printTitlesRow: setup.titleRows ? `${setup.titleRows.first + 1}:${setup.titleRows.last + 1}` : undefined,
  };
  // ExcelJS breaks below a row: a page that begins at row r breaks below row r - 1.
  for (const row of setup.rowBreaks) if (row > 0) sheet.getRow(row).addPageBreak();
}
