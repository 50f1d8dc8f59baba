/** P1: the report given as last year's is not of the year before (still used), or fits no report (not used). */
import type { Report } from "../../report/model";
import type { Finding } from "../types";
import type { RuleDefinition } from "./types";

const describe = (r: Report) => `${r.year === null ? "年度不明" : `${r.year} 年度`}${r.unit ? `（${r.unit}）` : ""}`;

/** The warning for `report` when none of `given` (the reports of --previous) could be used as its last year. */
function previousMismatchFinding(report: Report, given: readonly Report[]): Finding | null {
  const withTables = given.filter((g) => g.tables.length > 0);
  if (report.tables.length === 0 || withTables.length === 0) return null;
  const wanted = report.year === null ? "上年" : ` ${report.year - 1} 年度`;
  return {
    severity: "warning",
    rule: "P1",
    table: null,
    message:
      `作为上年报告提供的是 ${withTables.map(describe).join("、")}的报告，` +
      `本报告为 ${describe(report)}，需要${report.unit ?? ""}${wanted}的报告：` +
      "年度或单位不符，未与它核对上年结转和现行有效件数，请提供正确的上年报告",
    imbalance: null,
    cells: [],
    suspect: null,
  };
}

function previousYearFinding(report: Report, previous: Report): Finding | null {
  if (report.year === null || previous.year === null || previous.year === report.year - 1) return null;
  return {
    severity: "warning",
    rule: "P1",
    table: null,
    message: `作为上年报告提供的是 ${previous.year} 年的报告，不是 ${report.year - 1} 年的：跨年度校验（上年结转、现行有效件数）仍按它进行，请核对`,
    imbalance: null,
    cells: [],
    suspect: null,
  };
}

export const previousYear: RuleDefinition = {
  scope: "cross-year",
  rules: [
    {
      id: "P1",
      severity: "warning",
      title: "上年报告的年度不对",
      doc: "the report given as last year's is not of the year before, or is of another unit",
      source:
        "R5/R6 still run against a report of another year; one of another unit or year that fits no report is named and not used",
    },
  ],
  run(report, { refs }) {
    const found = refs.previous
      ? previousYearFinding(report, refs.previous)
      : refs.previousUnmatched
        ? previousMismatchFinding(report, refs.previousUnmatched)
        : null;
    return found ? [found] : [];
  },
};
