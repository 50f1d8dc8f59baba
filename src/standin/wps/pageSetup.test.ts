/** The WPS stand-in's PageSetup and HPageBreaks: VBA's rules (Zoom off for fit-to-pages, points, ranges as breaks). */
import { createWpsStandin } from ".";
import type { EtApplication, EtPageSetup, EtWorksheet } from "../../hosts/wps/et";
import { read } from "../../hosts/wps/jsapi";

function sheetOf(build: "properties" | "methods" = "properties") {
  const wps = createWpsStandin({ build });
  const app = wps.Application as EtApplication;
  const workbook = read(app, app.ActiveWorkbook)!;
  const sheet: EtWorksheet = read(workbook, workbook.Worksheets).Item(1);
  const page = () => wps.view.sheets()[0].page!;
  return { wps, sheet, setup: read(sheet, sheet.PageSetup) as EtPageSetup, page };
}

test("fit to pages applies only once Zoom is False", () => {
  const { setup, page } = sheetOf();
  setup.FitToPagesWide = 1;
  setup.FitToPagesTall = false;
  expect(page().zoom).toBeNull();
  setup.Zoom = false;
  expect(page().zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  setup.Zoom = 80;
  expect(page().zoom).toEqual({ scale: 80 });
});

test("paper, orientation, margins (points) and print area are kept as the Excel stand-in keeps them", () => {
  const { setup, page } = sheetOf("methods");
  setup.PaperSize = 9;
  setup.Orientation = 2;
  setup.LeftMargin = 36;
  setup.PrintArea = "$A$1:$H$30";
  setup.PrintTitleRows = "$1:$3";
  expect(page()).toMatchObject({
    paperSize: "A4",
    orientation: "Landscape",
    margins: { left: 36, right: 0 },
    printArea: "A1:H30",
    printTitleRows: "$1:$3",
  });
  expect(setup.PrintArea).toBe("$A$1:$H$30");
});

test.each<[string, (setup: EtPageSetup) => void]>([
  ["an unknown paper size", (s) => (s.PaperSize = 12345)],
  ["an orientation outside 1 and 2", (s) => (s.Orientation = 3)],
  ["a negative margin", (s) => (s.TopMargin = -1)],
  ["a fit-to-pages count of 0", (s) => (s.FitToPagesWide = 0)],
  ["a print area that is no address", (s) => (s.PrintArea = "表格")],
  ["print titles that are not rows", (s) => (s.PrintTitleRows = "A1:B2")],
])("refuses %s", (_what, set) => {
  const { setup } = sheetOf();
  expect(() => set(setup)).toThrow(/PageSetup|区域地址/);
});

test("HPageBreaks.Add breaks above a range of the same sheet, once", () => {
  const { wps, sheet, page } = sheetOf();
  const breaks = read(sheet, sheet.HPageBreaks);
  breaks.Add(sheet.Range("A40"));
  breaks.Add(sheet.Range("C20:D22"));
  breaks.Add(sheet.Range("A40"));
  expect(page().rowBreaks).toEqual([19, 39]);
  const app = wps.Application as EtApplication;
  const workbook = read(app, app.ActiveWorkbook)!;
  const other = read(workbook, workbook.Worksheets).Add();
  expect(() => breaks.Add(other.Range("A5"))).toThrow(/本工作表/);
  expect(() => breaks.Add("A5" as never)).toThrow(/本工作表/);
});
