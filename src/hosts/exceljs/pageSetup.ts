/** The page setup of a sheet in an .xlsx (ExcelJS): A4, fit to one page wide, centred, print titles, area, breaks. */
import type ExcelJS from "exceljs";
import { boxAddress } from "../../core/grid/address";
import type { PageSetup } from "../types";

/** Paper size 9 is A4 in the OOXML paper-size table. */
const A4 = 9;

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
    printArea: boxAddress(setup.printArea, false),
    printTitlesRow: setup.titleRows ? `${setup.titleRows.first + 1}:${setup.titleRows.last + 1}` : undefined,
  };
  // ExcelJS breaks below a row: a page that begins at row r breaks below row r - 1.
  for (const row of setup.rowBreaks) if (row > 0) sheet.getRow(row).addPageBreak();
}
