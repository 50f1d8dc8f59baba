/**
 * The page setup of a sheet through Office.js (worksheet.pageLayout, ExcelApi 1.9): queued, no sync.
 * A4, one page wide, centred, margins (points), print titles, print area and the page breaks of the setup.
 */
import { boxAddress } from "../../core/grid/address";
import type { PageSetup } from "../types";

export const PAGE_LAYOUT_API = "1.9";

const POINTS_PER_INCH = 72;

export function queuePageSetup(sheet: Excel.Worksheet, setup: PageSetup): void {
  const layout = sheet.pageLayout;
  const m = setup.margins;
  layout.set({
    paperSize: "A4" as Excel.PaperType,
    orientation: (setup.orientation === "portrait" ? "Portrait" : "Landscape") as Excel.PageOrientation,
    centerHorizontally: true,
    leftMargin: m.left * POINTS_PER_INCH,
    rightMargin: m.right * POINTS_PER_INCH,
    topMargin: m.top * POINTS_PER_INCH,
    bottomMargin: m.bottom * POINTS_PER_INCH,
    headerMargin: m.header * POINTS_PER_INCH,
    footerMargin: m.footer * POINTS_PER_INCH,
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  });
  layout.setPrintArea(boxAddress(setup.printArea, false));
  if (setup.titleRows) layout.setPrintTitleRows(`$${setup.titleRows.first + 1}:$${setup.titleRows.last + 1}`);
  for (const row of setup.rowBreaks) {
    if (row > 0) sheet.horizontalPageBreaks.add(boxAddress({ top: row, left: 0, rows: 1, cols: 1 }, false));
  }
}
