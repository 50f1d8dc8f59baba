/** The template on paper: through LibreOffice to PDF, A4, each table whole on one page, text at 9 pt or more. */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { FORMAT_2019, FORMAT_2021, TABLE_IDS, type FormatDef } from "../core/format";
import { MIN_PRINTED_POINTS } from "../features/pageSetup";
import { openXlsx } from "../hosts/exceljs";
import { LIBREOFFICE, calibriMetrics, pageText, printToPdf, printedPages } from "../../test/printedPdf";
import { main } from "./main";

const A4 = { width: 595.3, height: 841.9 };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dt-print-"));
  jest.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function template(year: number): Promise<string> {
  const file = path.join(dir, `${year}.xlsx`);
  expect(await main(["template", "--year", String(year), "--unit", "胡集乡", "-o", file])).toBe(0);
  return file;
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

describe.each([
  [2024, FORMAT_2021],
  [2020, FORMAT_2019],
])("template %i printed", (year, format: FormatDef) => {
  test("the .xlsx carries the page setup: A4 portrait, one page wide, centred, margins, print area, title across", async () => {
    const sheet = (await openXlsx(await template(year))).worksheets[0];
    const setup = sheet.pageSetup;
    expect(setup.paperSize).toBe(9);
    expect(setup.orientation).toBe("portrait");
    expect(setup.fitToPage).toBe(true);
    expect(setup.fitToWidth).toBe(1);
    expect(setup.fitToHeight).toBe(0);
    expect(setup.horizontalCentered).toBe(true);
    expect(setup.margins).toEqual(expect.objectContaining({ left: 0.45, right: 0.45, top: 0.6, bottom: 0.6 }));
    expect(setup.printArea).toBe(`A1:O${sheet.rowCount}`);
    // The title spans the printed width, so it is centred on the page.
    expect(sheet.getCell("A1").isMerged && sheet.getCell("O1").master.address).toBe("A1");
  });

  (LIBREOFFICE ? test : test.skip)(
    "LibreOffice prints it on A4 portrait, every table whole on one page, no text under 9 pt",
    async () => {
      const pages = printedPages(printToPdf(await template(year)));
      console.log(`template ${year}: ${pages.length} pages`);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages.length).toBeLessThanOrEqual(3);
      for (const page of pages) {
        expect(page.width).toBeCloseTo(A4.width, 0);
        expect(page.height).toBeCloseTo(A4.height, 0);
      }
      const texts = pages.map(pageText);
      expect(texts[0]).toContain(`胡集乡${year}年政府信息公开工作年度报告`);
      for (const table of TABLE_IDS) {
        const def = format.tables[table];
        const onPages = texts.flatMap((text, i) => (text.includes(squeeze(def.heading)) ? [i] : []));
        expect(onPages).toHaveLength(1);
        const labels = def.cells.flatMap((cell) => (cell.text ? [squeeze(cell.text)] : []));
        expect(labels.length).toBeGreaterThan(4);
        expect(labels.filter((label) => !texts[onPages[0]].includes(label))).toEqual([]);
      }

      if (!calibriMetrics()) {
        if (process.env.CI === "true")
          throw new Error("CI: Carlito (fonts-crosextra-carlito) is needed to print as Excel");
        console.warn("跳过字号检查：未安装与 Calibri 等宽的 Carlito 字体（fonts-crosextra-carlito）");
        return;
      }
      const smallest = Math.min(...pages.flatMap((page) => page.runs.map((run) => run.size)));
      console.log(`template ${year}: smallest printed text ${smallest.toFixed(2)} pt`);
      expect(smallest).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
    },
    240_000,
  );
});
