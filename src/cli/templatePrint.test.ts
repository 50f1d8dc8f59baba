/** The template on paper: through LibreOffice to PDF, A4, each table whole on one page, text at 9 pt or more. */
import { mkdirSync } from "fs";
import * as path from "path";
import { FORMAT_2019, FORMAT_2021, TABLE_IDS, type FormatDef } from "../core/format";
import { MIN_PRINTED_POINTS } from "../features/pageSetup";
import { openXlsx } from "../hosts/exceljs";
import { LIBREOFFICE, calibriMetrics, pageText, printToPdf, printedPages } from "../../test/printedPdf";
import { realisticReport } from "../core/check/testing/fixtures";
import { quietTempDir } from "./__tests__/quietTempDir";
import { writeReportXlsx } from "./__tests__/reportFiles";
import { main } from "./main";

const A4 = { width: 595.3, height: 841.9 };

const inTemp = quietTempDir("dt-print-");

async function template(year: number): Promise<string> {
  const file = inTemp(`${year}.xlsx`);
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
    expect(setup.margins).toEqual(expect.objectContaining({ left: 0.25, right: 0.25, top: 0.6, bottom: 0.6 }));
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

(LIBREOFFICE ? test : test.skip)(
  "the roll-up workbook and the --report workbook print on A4 with no text under 9 pt (汇总明细 and findings landscape)",
  async () => {
    const parts = inTemp("parts");
    const units = ["甲乡", "乙镇", "丙街道", "丁乡", "戊镇", "己乡", "庚镇", "胡集乡", "李集镇"];
    mkdirSync(parts);
    for (const [i, unit] of units.entries()) {
      await writeReportXlsx(path.join(parts, `${unit}.xlsx`), realisticReport({ seed: 10 + i }), unit);
    }
    const sum = inTemp("汇总.xlsx");
    expect(await main(["rollup", parts, "-o", sum, "--unit", "某县", "--force"])).toBeLessThanOrEqual(1);
    const report = inTemp("结果.xlsx");
    expect(await main(["check", parts, "--report", report])).toBeLessThanOrEqual(1);
    for (const file of [sum, report]) {
      const pages = printedPages(printToPdf(file));
      console.log(`${path.basename(file)}: ${pages.length} pages`);
      for (const page of pages) {
        const size = [Math.round(page.width), Math.round(page.height)].sort((a, b) => a - b);
        expect(size).toEqual([595, 842]);
      }
      // The last page of the roll-up is its 汇总明细, across the page.
      if (file === sum) expect(pages[pages.length - 1].width).toBeGreaterThan(pages[pages.length - 1].height);
      if (!calibriMetrics()) continue;
      const smallest = Math.min(...pages.flatMap((page) => page.runs.map((run) => run.size)));
      expect(smallest).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
    }
  },
  300_000,
);
