/**
 * 与上年对比: a sheet comparing this year's report with last year's (every data cell of tables 二, 三, 四: 上年,
 * 本年, 增减, 增减率, the largest changes filled), the sentences a clerk writes, the key rows laid out as a chart's
 * data and, where the host can (Excel), a native column chart of them. Written once: the task pane compares two
 * sheets of the open workbook, the command line two files into a new workbook.
 * The sheet's labels are prefixed (表三·…, 表述1：…) so that the table readers never take it for a report.
 */
import { comparisonSentences, compareReports, type Comparison } from "../core/report/compare";
import { uniqueSheetName } from "../core/format/sheetLayout";
import { reportsFromGrid } from "../core/report/fromGrid";
import type { Report } from "../core/report/model";
import type { Box, CellScalar, WorkbookHost, WorkbookSnapshot, WriteOp } from "../hosts/types";
import { UserError } from "./errors";
import { pageSetupOp } from "./pageSetup";
import { previousReport } from "./pairing";

const COLS = 5;
const LARGEST_FILL = "#FCE4D6";
const HEADER_FILL = "#F2F2F2";

export interface ComparisonPlan {
  ops: WriteOp[];
  sheet: string;
  comparison: Comparison;
  sentences: string[];
  /** The chart's data (header row and key rows), in chart-ready shape whether or not a chart was added. */
  chartData: Box;
  /** Whether a native chart was added (Office.js); ExcelJS and WPS get the data only. */
  chart: boolean;
}

const WIDTHS = [52, 14, 14, 12, 10];

const yearText = (year: number | null, fallback: string) => (year !== null ? `${year}年` : fallback);

/** The write operations adding the comparison sheet to a workbook holding `existing`. */
export function planComparison(
  current: Report,
  last: Report,
  existing: Pick<WorkbookSnapshot, "sheets">,
  options: { charts: boolean },
): ComparisonPlan {
  if (current.tables.length === 0 || last.tables.length === 0) {
    throw new UserError("两份报告中都应有年报表格，才能与上年对比");
  }
  const comparison = compareReports(current, last);
  const sentences = comparisonSentences(comparison);
  const thisYear = yearText(comparison.thisYear, "本年");
  const lastYear = yearText(comparison.lastYear, "上年");
  const sheet = uniqueSheetName(
    `${comparison.thisYear ?? ""}与上年对比`,
    existing.sheets.map((s) => s.name),
  );
  // Not “…年政府信息公开工作年度报告”: that is a report's title to the readers.
  const title = `${comparison.unit ?? ""}年报数据对比：${thisYear}与${lastYear}`;
  const largest = new Set(comparison.largest);

  const rows: CellScalar[][] = [
    [title, null, null, null, null],
    [`增减 = 本年 − 上年；增减率 = 增减 ÷ 上年（上年为 0 或空白时不计算）。底色标出变化最大的 ${largest.size} 项。`],
    ["项目", `${lastYear}（上年）`, `${thisYear}（本年）`, "增减", "增减率"],
  ];
  const head = 2;
  const fills: number[] = [];
  for (const cell of comparison.cells) {
    if (largest.has(cell.key)) fills.push(rows.length);
    rows.push([
      `表${cell.table}·${cell.name}`,
      cell.last,
      cell.current,
      cell.change,
      cell.rate === null ? null : cell.rate / 100,
    ]);
  }
  const tableEnd = rows.length;
  rows.push([]);
  const sentencesAt = rows.length;
  rows.push(["可写入报告的表述"]);
  sentences.forEach((s, i) => rows.push([`表述${i + 1}：${s}。`]));
  rows.push([]);
  const chartAt = rows.length;
  rows.push(["主要指标", lastYear, thisYear]);
  for (const key of comparison.keyRows) rows.push([key.label, key.last, key.current]);
  const chartData: Box = { top: chartAt, left: 0, rows: comparison.keyRows.length + 1, cols: 3 };
  const values = rows.map((r) => Array.from({ length: COLS }, (_, c) => r[c] ?? null));

  const ops: WriteOp[] = [
    { op: "addSheet", sheet },
    { op: "setValues", sheet, top: 0, left: 0, values },
    { op: "merge", sheet, box: { top: 0, left: 0, rows: 1, cols: COLS } },
    { op: "merge", sheet, box: { top: 1, left: 0, rows: 1, cols: COLS } },
    {
      op: "style",
      sheet,
      box: { top: 0, left: 0, rows: 1, cols: COLS },
      style: { bold: true, fontSize: 14, hAlign: "center" },
    },
    { op: "style", sheet, box: { top: 1, left: 0, rows: 1, cols: COLS }, style: { wrap: true } },
    {
      op: "style",
      sheet,
      box: { top: head, left: 0, rows: 1, cols: COLS },
      style: { bold: true, fill: HEADER_FILL, border: true, hAlign: "center", wrap: true },
    },
    {
      op: "style",
      sheet,
      box: { top: head + 1, left: 0, rows: tableEnd - head - 1, cols: COLS },
      style: { border: true },
    },
    {
      op: "style",
      sheet,
      box: { top: head + 1, left: 4, rows: tableEnd - head - 1, cols: 1 },
      style: { numberFormat: "0.0%" },
    },
    ...fills.map((r): WriteOp => ({
      op: "style",
      sheet,
      box: { top: r, left: 0, rows: 1, cols: COLS },
      style: { fill: LARGEST_FILL },
    })),
    { op: "style", sheet, box: { top: sentencesAt, left: 0, rows: 1, cols: COLS }, style: { bold: true } },
    ...sentences.map((_, i): WriteOp => ({
      op: "merge",
      sheet,
      box: { top: sentencesAt + 1 + i, left: 0, rows: 1, cols: COLS },
    })),
    {
      op: "style",
      sheet,
      box: { top: chartAt, left: 0, rows: 1, cols: 3 },
      style: { bold: true, fill: HEADER_FILL, border: true },
    },
    { op: "style", sheet, box: { ...chartData, top: chartAt + 1, rows: chartData.rows - 1 }, style: { border: true } },
    { op: "columnWidths", sheet, left: 0, widths: WIDTHS },
    // The header stays in view over about 200 rows, and heads every printed page.
    { op: "freezePanes", sheet, rows: head + 1, columns: 0 },
  ];
  ops.push(
    pageSetupOp({
      sheet,
      widths: WIDTHS,
      printArea: { top: 0, left: 0, rows: rows.length, cols: COLS },
      titleRows: { first: head, last: head },
      blocks: [],
      ops,
    }),
  );
  if (options.charts) {
    ops.push({
      op: "chart",
      sheet,
      kind: "columnClustered",
      data: chartData,
      title: `主要指标：${thisYear}与${lastYear}对比`,
      anchor: { top: head, left: COLS + 1, rows: 18, cols: 8 },
    });
  }
  return { ops, sheet, comparison, sentences, chartData, chart: options.charts };
}

export interface WorkbookComparison {
  sheet: string;
  current: string;
  last: string;
  sentences: string[];
  chart: boolean;
}

/**
 * The pair to compare in the open workbook: the active sheet's report and last year's, else the latest report
 * that has last year's beside it.
 */
export function pairInWorkbook(
  reports: readonly Report[],
  activeSheet: string | null,
): { current: Report; last: Report } {
  const withTables = reports.filter((r) => r.tables.length > 0);
  const pairs = withTables
    .map((current) => ({ current, last: previousReport(current, withTables) }))
    .filter((p): p is { current: Report; last: Report } => p.last !== null);
  const onActive = pairs.find((p) => p.current.source === activeSheet);
  const latest = [...pairs].sort((a, b) => (b.current.year ?? 0) - (a.current.year ?? 0))[0];
  const pair = onActive ?? latest;
  if (!pair) {
    throw new UserError(
      "工作簿中没有找到相邻两年的报告：请把本年和上年的表格分别放在两个工作表中（标题中应有年度，单位名称相同），再按“与上年对比”",
    );
  }
  return pair;
}

/** 与上年对比 in the open workbook: adds the comparison sheet (and the chart in Excel). One read, one write. */
export async function compareInWorkbook(host: WorkbookHost): Promise<WorkbookComparison> {
  return host.run(async (session) => {
    const snapshot = await session.read({ values: true });
    const { current, last } = pairInWorkbook(reportsFromGrid(snapshot), snapshot.activeSheet);
    const plan = planComparison(current, last, snapshot, { charts: host.capabilities.charts === true });
    await session.write([...plan.ops, { op: "select", sheet: plan.sheet, row: 0, col: 0 }]);
    return {
      sheet: plan.sheet,
      current: current.source,
      last: last.source,
      sentences: plan.sentences,
      chart: plan.chart,
    };
  });
}
