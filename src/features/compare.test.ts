/** 与上年对比 on the Excel stand-in and the WPS stand-in (sheet and native chart), and ExcelJS (data only). */
import { realisticReport } from "../core/check/testing/fixtures";
import { cellKey, T3_NEW, T3_TOTAL } from "../core/format";
import { reportsFromGrid } from "../core/report/fromGrid";
import type { Report } from "../core/report/model";
import { exceljsHost, newWorkbook } from "../hosts/exceljs";
import type { WorkbookHost } from "../hosts/types";
import { CLIENTS } from "../../test/clients";
import { createWpsStandinHost } from "../standin/wps/host";
import { compareInWorkbook, pairInWorkbook } from "./compare";
import { reportSheetOps } from "./reportSheet";
import { UserError } from "./errors";

const last = Object.assign(realisticReport({ seed: 11, year: 2023 }), { unit: "某县" });
const current = Object.assign(realisticReport({ seed: 12, year: 2024, previous: last }), { unit: "某县" });

async function fill(host: WorkbookHost, reports: Report[]) {
  for (const report of reports) {
    await host.run(async (session) => {
      const { ops } = reportSheetOps(report, await session.read({ values: false }), {
        unit: "某县",
        year: report.year!,
        sheetBase: `${report.year}年报表`,
      });
      await session.write(ops.filter((op) => op.op !== "pageSetup" || host.capabilities.pageSetup));
    });
  }
}

async function sheetValues(host: WorkbookHost, sheet: string) {
  const snapshot = await host.run((s) => s.read({ values: true }));
  const grid = snapshot.sheets.find((s) => s.name === sheet)!;
  return { snapshot, rows: grid.values };
}

function expectComparisonRows(rows: (string | number | boolean | null)[][]) {
  const body = rows.filter((r) => typeof r[0] === "string" && /^表[二三四]·/.test(r[0]));
  expect(body.length).toBeGreaterThan(150);
  for (const [, before, now, change] of body) {
    if (typeof before === "number" && typeof now === "number") expect(change).toBeCloseTo(now - before, 8);
  }
  const newRow = body.find((r) => r[0] === "表三·一、本年新收政府信息公开申请数量·总计")!;
  const key = cellKey("三", T3_NEW, T3_TOTAL);
  expect(newRow.slice(1, 3)).toEqual([last.cells.get(key)!.value, current.cells.get(key)!.value]);
}

const HOSTS = [...CLIENTS, { name: "WPS stand-in", create: () => createWpsStandinHost() }];

test.each(HOSTS)(
  "$name: the comparison sheet, the sentences and one clustered column chart of the key rows",
  async (client) => {
    const { host, view } = client.create();
    await fill(host, [last, current]);
    const before = view.syncCount;
    const result = await compareInWorkbook(host);
    expect(view.syncCount - before).toBeLessThanOrEqual(2);
    expect(result).toMatchObject({ sheet: "2024与上年对比", current: "2024年报表", last: "2023年报表", chart: true });
    expect(result.sentences[0]).toMatch(/^本年新收政府信息公开申请 \d+ 件，/);
    const { snapshot, rows } = await sheetValues(host, result.sheet);
    expectComparisonRows(rows);
    // The comparison sheet is not read as a third report.
    expect(
      reportsFromGrid(snapshot)
        .filter((r) => r.tables.length > 0)
        .map((r) => r.source),
    ).toEqual(["2023年报表", "2024年报表"]);
    const charts = view.sheets().find((s) => s.name === result.sheet)!.charts!;
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart).toMatchObject({
      type: "ColumnClustered",
      seriesBy: "Columns",
      title: "主要指标：2024年与2023年对比",
    });
    expect(rows[chart.data.top].slice(0, 3)).toEqual(["主要指标", "2023年", "2024年"]);
    expect(rows.slice(chart.data.top + 1, chart.data.top + chart.data.rows).map((r) => r[0])).toEqual([
      "新收申请",
      "予以公开",
      "结转下年",
      "复议",
      "诉讼（未经复议）",
      "诉讼（复议后）",
    ]);
    // Beside the table (columns G–N, 18 rows from its header), on every host.
    const [, startRow] = /^G(\d+)$/.exec(chart.position!.start)!;
    const [, endRow] = /^N(\d+)$/.exec(chart.position!.end)!;
    expect(Number(endRow) - Number(startRow)).toBe(17);
    expect(rows[Number(startRow) - 1][0]).toBe("项目");
  },
  60_000,
);

test("ExcelJS: the same sheet without a chart (the data in chart-ready shape)", async () => {
  const host = exceljsHost(newWorkbook());
  await fill(host, [last, current]);
  const result = await compareInWorkbook(host);
  expect(result.chart).toBe(false);
  const { rows } = await sheetValues(host, result.sheet);
  expectComparisonRows(rows);
  expect(rows.some((r) => r[0] === "主要指标")).toBe(true);
}, 60_000);

test("without last year's report beside it: a plain refusal", () => {
  expect(() => pairInWorkbook([current], null)).toThrow(UserError);
  expect(() => pairInWorkbook([current], null)).toThrow("没有找到相邻两年的报告");
});
