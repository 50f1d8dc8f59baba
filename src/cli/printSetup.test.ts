/** Every workbook the command line writes prints on A4, one page wide, with a print area (ExcelJS read-back). */
import type ExcelJS from "exceljs";
import { realisticReport } from "../core/check/testing/fixtures";
import { openXlsx } from "../hosts/exceljs";
import { quietTempDir } from "./__tests__/quietTempDir";
import { writeReportXlsx } from "./__tests__/reportFiles";
import { main } from "./main";

const file = quietTempDir("dt-print-setup-");

/** Each sheet's page setup, with what the sheet's last row and column are. */
async function printing(xlsx: string) {
  const workbook = await openXlsx(xlsx);
  return workbook.worksheets.map((sheet: ExcelJS.Worksheet) => ({
    sheet: sheet.name,
    lastRow: sheet.rowCount,
    lastColumn: sheet.columnCount,
    setup: sheet.pageSetup,
  }));
}

function expectA4OnePageWide(sheets: Awaited<ReturnType<typeof printing>>, orientation: Record<string, string>) {
  expect(sheets.map((s) => s.sheet).sort()).toEqual(Object.keys(orientation).sort());
  for (const { sheet, lastRow, lastColumn, setup } of sheets) {
    expect({ sheet, paper: setup.paperSize, fit: [setup.fitToPage, setup.fitToWidth, setup.fitToHeight] }).toEqual({
      sheet,
      paper: 9,
      fit: [true, 1, 0],
    });
    expect({ sheet, orientation: setup.orientation }).toEqual({ sheet, orientation: orientation[sheet] });
    expect(setup.horizontalCentered).toBe(true);
    const area = /^A1:([A-Z]+)(\d+)$/.exec(setup.printArea ?? "");
    expect({ sheet, area: area && [area[1].length === 1 ? area[1].charCodeAt(0) - 64 : 0, Number(area[2])] }).toEqual({
      sheet,
      area: [lastColumn, lastRow],
    });
  }
}

test("new-year and rollup (summary and 汇总明细) workbooks are set up for printing", async () => {
  await writeReportXlsx(file("a.xlsx"), realisticReport({ seed: 1 }), "李集镇");
  await writeReportXlsx(file("b.xlsx"), realisticReport({ seed: 2 }), "胡集乡");

  expect(await main(["new-year", file("a.xlsx"), "-o", file("next.xlsx")])).toBe(0);
  expectA4OnePageWide(await printing(file("next.xlsx")), { "2025年报表": "portrait" });

  expect(await main(["rollup", file("a.xlsx"), file("b.xlsx"), "-o", file("sum.xlsx"), "--unit", "某县"])).toBe(0);
  const sheets = await printing(file("sum.xlsx"));
  const detail = sheets.find((s) => s.sheet.includes("汇总明细"))!;
  expectA4OnePageWide(sheets, { [sheets[0].sheet]: "portrait", [detail.sheet]: "landscape" });
  // The detail list's two header rows repeat on every page.
  expect(detail.setup.printTitlesRow).toBe("3:4");
});

test("compare: the comparison sheet prints on A4 one page wide, its header row repeated and frozen in view", async () => {
  await writeReportXlsx(file("2023.xlsx"), realisticReport({ seed: 4, year: 2023 }), "李集镇");
  await writeReportXlsx(file("2024.xlsx"), realisticReport({ seed: 5, year: 2024 }), "李集镇");
  expect(await main(["compare", file("2024.xlsx"), file("2023.xlsx"), "-o", file("对比.xlsx")])).toBe(0);
  const sheets = await printing(file("对比.xlsx"));
  expectA4OnePageWide(sheets, { "2024与上年对比": "portrait" });
  expect(sheets[0].setup.printTitlesRow).toBe("3:3");
  const [sheet] = (await openXlsx(file("对比.xlsx"))).worksheets;
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
});

test("check --report .xlsx: every sheet set up for printing, the findings' header row repeated", async () => {
  await writeReportXlsx(file("a.xlsx"), realisticReport({ seed: 3 }), "李集镇");
  const code = await main(["check", file("a.xlsx"), "--report", file("结果.xlsx")]);
  expect([0, 1]).toContain(code);
  const sheets = await printing(file("结果.xlsx"));
  expectA4OnePageWide(sheets, { 各文件结果: "portrait", 校验结果: "landscape", 概况: "portrait" });
  expect(sheets.find((s) => s.sheet === "校验结果")?.setup.printTitlesRow).toBe("1:1");
});
