/** P1 when last year's report was given but fits no report checked: wrong year or another unit. */
import type { Report } from "../report/model";
import type { Finding } from "./types";

const describe = (r: Report) => `${r.year === null ? "年度不明" : `${r.year} 年度`}${r.unit ? `（${r.unit}）` : ""}`;

/** The warning for `report` when none of `given` (the reports of --previous) could be used as its last year. */
export function previousMismatchFinding(report: Report, given: readonly Report[]): Finding | null {
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
