/** Every workbook the command line writes opens with its labels frozen in view (ExcelJS read-back of the views). */
import { realisticReport } from "../core/check/testing/fixtures";
import { openXlsx } from "../hosts/exceljs";
import { quietTempDir } from "./__tests__/quietTempDir";
import { writeReportXlsx } from "./__tests__/reportFiles";
import { main } from "./main";

const file = quietTempDir("dt-frozen-");

/** Each sheet's frozen rows and columns (0 and 0 where its view is not frozen). */
async function frozen(xlsx: string): Promise<Record<string, { rows: number; columns: number }>> {
  const workbook = await openXlsx(xlsx);
  return Object.fromEntries(
    workbook.worksheets.map((sheet) => {
      const view = sheet.views?.[0];
      const panes = view?.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null;
      return [sheet.name, panes ?? { rows: 0, columns: 0 }];
    }),
  );
}

/** Table 三's label columns (一、本年新收…, （三）不予公开, 1.属于国家秘密). */
const LABELS = { rows: 0, columns: 3 };

test("template, new-year and rollup: the label columns frozen; 汇总明细: its header rows, 序号 and 单位", async () => {
  expect(await main(["template", "--year", "2024", "--unit", "胡集乡", "-o", file("t.xlsx")])).toBe(0);
  expect(await frozen(file("t.xlsx"))).toEqual({ "2024年报表": LABELS });

  await writeReportXlsx(file("a.xlsx"), realisticReport({ seed: 1 }), "李集镇");
  await writeReportXlsx(file("b.xlsx"), realisticReport({ seed: 2 }), "胡集乡");
  expect(await main(["new-year", file("a.xlsx"), "-o", file("next.xlsx")])).toBe(0);
  expect((await frozen(file("next.xlsx")))["2025年报表"]).toEqual(LABELS);

  expect(await main(["rollup", file("a.xlsx"), file("b.xlsx"), "-o", file("sum.xlsx"), "--unit", "某县"])).toBe(0);
  const sheets = Object.entries(await frozen(file("sum.xlsx")));
  const detail = sheets.find(([name]) => name.includes("汇总明细"));
  expect(sheets[0][1]).toEqual(LABELS);
  expect(detail?.[1]).toEqual({ rows: 4, columns: 2 });
});

test("check --report .xlsx: the header row of each list frozen", async () => {
  await writeReportXlsx(file("a.xlsx"), realisticReport({ seed: 3 }), "李集镇");
  expect([0, 1]).toContain(await main(["check", file("a.xlsx"), "--report", file("结果.xlsx")]));
  expect(await frozen(file("结果.xlsx"))).toEqual({
    各文件结果: { rows: 1, columns: 0 },
    校验结果: { rows: 1, columns: 0 },
    概况: { rows: 0, columns: 0 },
  });
});
