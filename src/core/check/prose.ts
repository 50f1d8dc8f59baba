/**
 * R10: the prose agrees with the tables. Each figure the prose states (proseClaims) is compared with the
 * cell, or sum of cells, it stands for; some wordings may mean either of two sums (收到申请 N: 一、本年新收, or
 * 一 + 二、上年结转), and the figure is accepted when it equals any of them. Runs only on published text
 * (Report.prose); a workbook has none.
 */
import {
  type CellKey,
  cellKey,
  cellName,
  FORMATS,
  joinPath,
  keyOf,
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  T3_NEW,
  T3_RESULT_TOTAL,
  T3_TOTAL,
  type TableId,
} from "../format";
import type { Report } from "../report/model";
import { proseClaims, type CaseGroup, type Claim, type ResultGroup, type Topic } from "./proseClaims";
import { findingCell } from "./suspect";
import type { Finding } from "./types";

/** A sum of cells the figure may stand for, and how a message names it. */
interface Reading {
  keys: CellKey[];
  label: string;
}

const t3 = (row: string) => cellKey("三", row, T3_TOTAL);
const NEW = t3(T3_NEW);
const CARRIED_IN = t3(T3_CARRIED_IN);
const CARRIED_OUT = t3(T3_CARRIED_OUT);
const ANSWERED = t3(T3_RESULT_TOTAL);

const CASE_COLUMN: Record<Exclude<CaseGroup, "litigation">, string> = {
  review: "行政复议",
  direct: "行政诉讼/未经复议直接起诉",
  afterReview: "行政诉讼/复议后起诉",
};
const CASE_NAME: Record<CaseGroup, string> = {
  review: "行政复议",
  litigation: "行政诉讼",
  direct: "未经复议直接起诉",
  afterReview: "复议后起诉",
};
const RESULT_NAME: Record<ResultGroup, string> = {
  "（一）": "（一）予以公开",
  "（二）": "（二）部分公开",
  "（一）（二）": "（一）予以公开与（二）部分公开",
  "（三）": "（三）不予公开",
  "（四）": "（四）无法提供",
  "（五）": "（五）不予处理",
  "（六）": "（六）其他处理",
};

function resultReading(report: Report, group: ResultGroup): Reading {
  const format = report.format ? FORMATS[report.format] : null;
  const marks = group === "（一）（二）" ? ["（一）", "（二）"] : [group];
  const rows = (format?.tables["三"].rowPaths ?? []).filter((row) =>
    marks.some((mark) => row.startsWith(joinPath(["三、本年度办理结果", mark]))),
  );
  const several = rows.length > 1 && group !== "（一）（二）";
  return {
    keys: rows.map(t3),
    label: `${RESULT_NAME[group]}${several ? "各项" : ""}·总计${rows.length > 1 ? "之和" : ""}`,
  };
}

function readings(report: Report, topic: Topic): { table: TableId; readings: Reading[] } {
  switch (topic.kind) {
    case "received":
      return {
        table: "三",
        readings: [
          { keys: [NEW], label: "一、本年新收·总计" },
          { keys: [NEW, CARRIED_IN], label: "与二、上年结转之和" },
        ],
      };
    case "handled":
      return {
        table: "三",
        readings: [
          { keys: [NEW], label: "一、本年新收·总计" },
          { keys: [NEW, CARRIED_IN], label: "与二、上年结转之和" },
          { keys: [ANSWERED], label: "（七）总计·总计" },
        ],
      };
    case "answered":
      return { table: "三", readings: [{ keys: [ANSWERED], label: "（七）总计·总计" }] };
    case "carriedIn":
      return { table: "三", readings: [{ keys: [CARRIED_IN], label: "二、上年结转·总计" }] };
    case "carriedOut":
      return { table: "三", readings: [{ keys: [CARRIED_OUT], label: "四、结转下年度继续办理·总计" }] };
    case "result":
      return { table: "三", readings: [resultReading(report, topic.group)] };
    case "cases": {
      const groups = topic.group === "litigation" ? (["direct", "afterReview"] as const) : [topic.group];
      const keys = groups.map((g) => cellKey("四", "", joinPath([CASE_COLUMN[g], topic.result])));
      const label =
        topic.group === "litigation"
          ? `未经复议直接起诉·${topic.result} 与 复议后起诉·${topic.result} 之和`
          : `${CASE_NAME[topic.group]}·${topic.result}`;
      return { table: "四", readings: [{ keys, label }] };
    }
    case "documents": {
      // Only a format whose table 二 has these columns (本年制发件数 …) is compared: 2019's 本年新制作数量 say something else.
      const key = cellKey("二", joinPath(["第二十条第（一）项", topic.row]), topic.column);
      const cells = report.format === null ? [] : FORMATS[report.format].tables["二"].dataCells;
      const label = cellName({ table: "二", row: topic.row, column: topic.column });
      return { table: "二", readings: cells.some((d) => keyOf(d) === key) ? [{ keys: [key], label }] : [] };
    }
  }
}

/** The exact sum of a reading's cells, or null when a cell is missing, blank or unreadable. */
function valueOf(report: Report, keys: readonly CellKey[]): number | null {
  let sum = 0;
  for (const key of keys) {
    const value = report.cells.get(key)?.value;
    if (value === null || value === undefined || !Number.isFinite(value)) return null;
    sum += value;
  }
  return Number.isSafeInteger(sum) ? sum : null;
}

function claimFinding(report: Report, claim: Claim): (Finding & { table: TableId }) | null {
  const { table, readings: all } = readings(report, claim.topic);
  const known = all
    .map((reading) => ({ reading, value: valueOf(report, reading.keys) }))
    .filter((r): r is { reading: Reading; value: number } => r.value !== null)
    .filter((r, i, list) => list.findIndex((o) => o.value === r.value) === i);
  if (known.length === 0 || known.some((r) => r.value === claim.value)) return null;
  const about =
    claim.topic.kind === "cases" && claim.topic.result !== "总计" ? `（${CASE_NAME[claim.topic.group]}）` : "";
  const tableSays = known.map((r) => `${r.reading.label} 为 ${r.value}`).join("，");
  const keys = [...new Set(known.flatMap((r) => r.reading.keys))];
  return {
    severity: "warning",
    rule: "R10",
    table,
    message: `正文说“${claim.quote}”${about}，但表${table} ${tableSays}`,
    imbalance: claim.value - known[0].value,
    cells: keys.map((key) => findingCell(report, key)),
    suspect: null,
  };
}

/** R10 warnings, one per figure of the prose that no reading of the tables gives. */
export function proseFindings(report: Report): (Finding & { table: TableId })[] {
  if (!report.prose || !report.format) return [];
  const findings: (Finding & { table: TableId })[] = [];
  for (const claim of proseClaims(report.prose, report.year)) {
    const finding = claimFinding(report, claim);
    if (finding) findings.push(finding);
  }
  return findings;
}
