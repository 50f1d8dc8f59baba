/**
 * 与上年对比: every data cell of tables 二, 三, 四 with last year's figure, this year's, the change (本年 − 上年,
 * exact) and the rate (blank where last year is 0 or blank), the largest changes, and the sentences a clerk writes
 * in the report ("本年新收政府信息公开申请 713 件，较上年增加 79 件，增长 12.5%").
 */
import { fromNumber, sub, toNumber, type Dec } from "../check/exact";
import {
  FORMATS,
  LATEST_FORMAT,
  T3_CARRIED_OUT,
  T3_NEW,
  T3_RESULTS,
  T3_TOTAL,
  allDataCells,
  cellKey,
  cellName,
  joinPath,
  type CellKey,
  type TableId,
} from "../format";
import type { Report } from "./model";

export interface ComparedCell {
  key: CellKey;
  table: TableId;
  row: string;
  column: string;
  /** 行·列 as people name the cell. */
  name: string;
  last: number | null;
  current: number | null;
  /** 本年 − 上年, exact; null where either is blank. */
  change: number | null;
  /** Percent, to 0.1 (12.5 for 12.5%); null where last year is 0 or either is blank. */
  rate: number | null;
}

export interface KeyRow {
  key: CellKey;
  /** Short label for the chart's categories. */
  label: string;
  /** How the sentence names it: 本年新收政府信息公开申请 … 件. */
  sentence: string;
}

/** The rows a clerk compares in the prose and the chart shows. */
export const KEY_ROWS: readonly KeyRow[] = [
  { key: cellKey("三", T3_NEW, T3_TOTAL), label: "新收申请", sentence: "本年新收政府信息公开申请" },
  {
    key: cellKey("三", joinPath([T3_RESULTS, "（一）予以公开"]), T3_TOTAL),
    label: "予以公开",
    sentence: "本年予以公开",
  },
  { key: cellKey("三", T3_CARRIED_OUT, T3_TOTAL), label: "结转下年", sentence: "结转下年度继续办理" },
  { key: cellKey("四", "", "行政复议/总计"), label: "复议", sentence: "政府信息公开行政复议" },
  {
    key: cellKey("四", "", "行政诉讼/未经复议直接起诉/总计"),
    label: "诉讼（未经复议）",
    sentence: "政府信息公开行政诉讼（未经复议直接起诉）",
  },
  {
    key: cellKey("四", "", "行政诉讼/复议后起诉/总计"),
    label: "诉讼（复议后）",
    sentence: "政府信息公开行政诉讼（复议后起诉）",
  },
];

export interface Comparison {
  thisYear: number | null;
  lastYear: number | null;
  unit: string | null;
  cells: ComparedCell[];
  /** Keys of the cells with the largest changes (by size of 增减, then of 增减率), largest first. */
  largest: CellKey[];
  /** The key rows, in KEY_ROWS order, where this year's report has them. */
  keyRows: (ComparedCell & { label: string; sentence: string })[];
}

/** Percent change to 0.1, rounded half away from zero, exact: (change / last) × 100. */
export function exactRate(change: Dec, last: Dec): number | null {
  if (last.n === 0n) return null;
  const scale = Math.max(change.scale, last.scale);
  let num = change.n * 10n ** BigInt(scale - change.scale) * 1000n;
  let den = last.n * 10n ** BigInt(scale - last.scale);
  if (den < 0n) [num, den] = [-num, -den];
  const tenths = num >= 0n ? (2n * num + den) / (2n * den) : -((-2n * num + den) / (2n * den));
  return Number(tenths) / 10;
}

const numberOf = (report: Report, key: CellKey): number | null => {
  const value = report.cells.get(key)?.value ?? null;
  return value !== null && Number.isFinite(value) ? value : null;
};

/** The comparison of this year's report with last year's, cell by cell in this year's format. */
export function compareReports(current: Report, last: Report, largestCount = 5): Comparison {
  const format = FORMATS[current.format ?? last.format ?? LATEST_FORMAT.id];
  const tables = current.tables.length > 0 ? current.tables : (["二", "三", "四"] as TableId[]);
  const cells: ComparedCell[] = allDataCells(format, tables).map((def) => {
    const key = cellKey(def.table, def.row, def.column);
    const now = numberOf(current, key);
    const before = numberOf(last, key);
    let change: number | null = null;
    let rate: number | null = null;
    if (now !== null && before !== null) {
      const diff = sub(fromNumber(now), fromNumber(before));
      change = toNumber(diff);
      rate = exactRate(diff, fromNumber(before));
    }
    return {
      key,
      table: def.table,
      row: def.row,
      column: def.column,
      name: cellName(def),
      last: before,
      current: now,
      change,
      rate,
    };
  });
  const largest = cells
    .filter((c) => c.change !== null && c.change !== 0)
    .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!) || Math.abs(b.rate ?? 0) - Math.abs(a.rate ?? 0))
    .slice(0, largestCount)
    .map((c) => c.key);
  const byKey = new Map(cells.map((c) => [c.key, c]));
  const keyRows = KEY_ROWS.flatMap((k) => {
    const cell = byKey.get(k.key);
    return cell ? [{ ...cell, label: k.label, sentence: k.sentence }] : [];
  });
  return { thisYear: current.year, lastYear: last.year, unit: current.unit ?? last.unit, cells, largest, keyRows };
}

const figure = (n: number) => String(n);

/** The sentence for one key row: “本年新收政府信息公开申请 713 件，较上年增加 79 件，增长 12.5%”. */
export function comparisonSentence(row: ComparedCell & { sentence: string }): string | null {
  if (row.current === null) return null;
  const head = `${row.sentence}${/[）)]$/.test(row.sentence) ? "" : " "}${figure(row.current)} 件`;
  if (row.last === null || row.change === null) return `${head}（上年无可比数据）`;
  if (row.change === 0) return `${head}，与上年持平`;
  const more = row.change > 0;
  const amount = `较上年${more ? "增加" : "减少"} ${figure(Math.abs(row.change))} 件`;
  if (row.rate === null) return `${head}，${amount}（上年为 0）`;
  return `${head}，${amount}，${more ? "增长" : "下降"} ${Math.abs(row.rate).toFixed(1)}%`;
}

/** The sentences for every key row this year's report has. */
export function comparisonSentences(comparison: Comparison): string[] {
  return comparison.keyRows.map(comparisonSentence).filter((s): s is string => s !== null);
}
