/**
 * The 汇总明细 sheet of a roll-up: one row per summed report with its key figures (table 三's 一、二、（七）总计、四
 * in the 总计 column; table 四's three 总计), and a 合计 row, so the office sees who contributed what.
 * Its labels are short and unlike the official ones on purpose (no 本年新收…, 结转下年度…, 复议后…): the table
 * readers must not take this sheet for a report.
 */
import {
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  T3_NEW,
  T3_RESULT_TOTAL,
  T3_TOTAL,
  cellKey,
  type TableId,
} from "../core/format";
import { COLORS } from "../core/format/sheetLayout";
import type { Report } from "../core/report/model";
import type { Box, CellScalar, WriteOp } from "../hosts/types";
import { pageSetupOp } from "./pageSetup";

export interface KeyFigure {
  table: TableId;
  row: string;
  column: string;
  /** Header in the detail sheet. */
  label: string;
}

export const KEY_FIGURES: readonly KeyFigure[] = [
  { table: "三", row: T3_NEW, column: T3_TOTAL, label: "新收申请" },
  { table: "三", row: T3_CARRIED_IN, column: T3_TOTAL, label: "上年结转" },
  { table: "三", row: T3_RESULT_TOTAL, column: T3_TOTAL, label: "办理结果合计" },
  { table: "三", row: T3_CARRIED_OUT, column: T3_TOTAL, label: "转入下年度" },
  { table: "四", row: "", column: "行政复议/总计", label: "复议" },
  { table: "四", row: "", column: "行政诉讼/未经复议直接起诉/总计", label: "直接起诉" },
  { table: "四", row: "", column: "行政诉讼/复议后起诉/总计", label: "经复议起诉" },
];

export interface DetailRow {
  unit: string;
  /** Where the report came from: the sheet (task pane) or the file (command line). */
  source: string;
  report: Report;
  /** What to say about this report: tables it lacks, cells without a number … */
  remark: string;
}

const COLUMNS = ["序号", "单位", "来源"];
const T3_GROUP = "表三：依申请公开（总计列）";
const T4_GROUP = "表四：复议、诉讼（总计）";
const REMARK = "说明";
const WIDTHS = [6, 22, 24, 10, 10, 12, 10, 8, 8, 10, 32];

export interface DetailLayout {
  ops: WriteOp[];
  /** The 来源 cells of the report rows (what the workbook name linking a summary to its parts refers to). */
  sourcesBox: Box;
}

function figure(report: Report, f: KeyFigure): CellScalar {
  if (!report.tables.includes(f.table)) return null;
  const value = report.cells.get(cellKey(f.table, f.row, f.column))?.value ?? null;
  return value !== null && Number.isFinite(value) ? value : null;
}

/** Operations writing the detail table on `sheet` (which an earlier addSheet creates). */
export function detailOps(sheet: string, title: string, rows: readonly DetailRow[], total: Report): DetailLayout {
  const first = COLUMNS.length;
  const remarkCol = first + KEY_FIGURES.length;
  const cols = remarkCol + 1;
  const head = 2;
  const body = head + 2;
  const t3Count = KEY_FIGURES.filter((f) => f.table === "三").length;

  const header1: CellScalar[] = [...COLUMNS, T3_GROUP, ...Array(t3Count - 1).fill(null), T4_GROUP];
  while (header1.length < remarkCol) header1.push(null);
  header1.push(REMARK);
  const header2: CellScalar[] = [...COLUMNS.map(() => null), ...KEY_FIGURES.map((f) => f.label), null];
  const lines: CellScalar[][] = rows.map((row, i) => [
    i + 1,
    row.unit,
    row.source,
    ...KEY_FIGURES.map((f) => figure(row.report, f)),
    row.remark === "" ? null : row.remark,
  ]);
  lines.push([null, "合计", `${rows.length} 份报告`, ...KEY_FIGURES.map((f) => figure(total, f)), null]);

  const all: Box = { top: head, left: 0, rows: 2 + lines.length, cols };
  const ops: WriteOp[] = [
    { op: "setValues", sheet, top: 0, left: 0, values: [[title]] },
    { op: "setValues", sheet, top: head, left: 0, values: [header1, header2] },
    { op: "setValues", sheet, top: body, left: 0, values: lines },
    { op: "merge", sheet, box: { top: 0, left: 0, rows: 1, cols } },
    ...[...COLUMNS.keys(), remarkCol].map((c): WriteOp => ({
      op: "merge",
      sheet,
      box: { top: head, left: c, rows: 2, cols: 1 },
    })),
    { op: "merge", sheet, box: { top: head, left: first, rows: 1, cols: t3Count } },
    { op: "merge", sheet, box: { top: head, left: first + t3Count, rows: 1, cols: KEY_FIGURES.length - t3Count } },
    { op: "style", sheet, box: { top: 0, left: 0, rows: 1, cols }, style: { bold: true, fontSize: 14 } },
    { op: "style", sheet, box: all, style: { border: true, wrap: true, vAlign: "center" } },
    {
      op: "style",
      sheet,
      box: { top: head, left: 0, rows: 2, cols },
      style: { fill: COLORS.headerFill, bold: true, hAlign: "center" },
    },
    {
      op: "style",
      sheet,
      box: { top: body, left: first, rows: lines.length, cols: KEY_FIGURES.length },
      style: { numberFormat: "0", hAlign: "right" },
    },
    {
      op: "style",
      sheet,
      box: { top: body + lines.length - 1, left: 0, rows: 1, cols },
      style: { bold: true, fill: COLORS.groupFill },
    },
    { op: "columnWidths", sheet, left: 0, widths: WIDTHS },
    // The title and header rows, 序号 and 单位 stay in view over a long list.
    { op: "freezePanes", sheet, rows: body, columns: 2 },
  ];
  // A list that may run over pages: its two header rows repeated on each.
  ops.push(
    pageSetupOp({
      sheet,
      widths: WIDTHS,
      printArea: { top: 0, left: 0, rows: body + lines.length, cols },
      titleRows: { first: head, last: head + 1 },
      blocks: [],
      ops,
    }),
  );
  return { ops, sourcesBox: { top: body, left: 2, rows: rows.length, cols: 1 } };
}
