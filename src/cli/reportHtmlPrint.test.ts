/** The --report .html in real Chromium: printed on A4 landscape, and no unit's name broken over two lines. */
import { existsSync } from "fs";
import { chromium } from "playwright-core";
import { realisticReport } from "../core/check/testing/fixtures";
import type { FindingRow } from "./findingRows";
import { fileStatus } from "./fileStatus";
import { htmlReport } from "./reportFile";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const withChromium = existsSync(CHROMIUM) ? test : test.skip;

const UNIT = "郸城县胡集乡人民政府办公室";

function row(i: number): FindingRow {
  return {
    file: `/data/各乡镇年报/2024/第${i}批/${UNIT}${i}.xlsx`,
    unit: UNIT,
    year: 2024,
    rule: "R2",
    severity: "错误",
    table: "三",
    cell: "三、本年度办理结果·（二）部分公开（区分处理的，只计这一情形，不计其他情形）·自然人",
    ref: "'2024年报表'!D27",
    message: "（七）总计 应为 各项办理结果之和 128，实为 133：相差 5，最可能是（二）部分公开·自然人多填了 5".repeat(2),
    suspect: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）·自然人 '2024年报表'!D27",
    suggested: 12,
  };
}

withChromium(
  "prints on A4 landscape; unit names stay on one line in both tables",
  async () => {
    const report = realisticReport({ seed: 5 });
    report.unit = UNIT;
    const html = htmlReport(
      Array.from({ length: 30 }, (_, i) => row(i)),
      "汇总\n  共 30 个文件",
      [fileStatus("/data/a.xlsx", report, [])],
    );
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu"],
      headless: true,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      await page.setContent(html);
      await page.emulateMedia({ media: "print" });
      // Every 单位 cell is one line high: its text never wraps inside the name.
      const units = await page.$$eval("td:nth-child(2)", (cells) =>
        cells.map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return { text: td.textContent, lines: range.getClientRects().length };
        }),
      );
      expect(units.length).toBe(31);
      for (const unit of units) expect(unit).toEqual({ text: UNIT, lines: 1 });
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const size = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
      expect(size).not.toBeNull();
      expect(Math.round(Number(size![1]))).toBe(842);
      expect(Math.round(Number(size![2]))).toBe(595);
    } finally {
      await browser.close();
    }
  },
  120_000,
);
