/** R11: a summary equals the sum of the reports it adds up, cell by cell (check/parts.ts). */
import { checkParts } from "../parts";
import type { Finding } from "../types";
import type { RollupRef, RuleDefinition } from "./types";

/** Part sheets the roll-up lists that hold no report: the summary cannot be checked against them. */
function missingParts({ missing }: RollupRef): Finding[] {
  if (!missing || missing.sheets.length === 0) return [];
  const sheets = missing.sheets.map((s) => `“${s}”`).join("、");
  return [
    {
      severity: "error",
      rule: "R11",
      table: null,
      message: `汇总明细（名称 ${missing.list}）中列出的工作表 ${sheets} 不存在或其中未找到年报表格，无法核对汇总`,
      imbalance: null,
      cells: [],
      suspect: null,
    },
  ];
}

export const partsRule: RuleDefinition = {
  scope: "parts",
  rules: [
    {
      id: "R11",
      severity: "error",
      severityNote: "warnings for parts lacking a table, cells not compared",
      title: "汇总数与下级报告之和不符",
      doc: "a summary report (county and up) equals the sum of the reports it summarises, cell by cell (see “R11: a summary equals the sum of its parts”)",
      source:
        "official: 逐级汇总; runs only when the parts are known: `check SUMMARY --parts PART...`, or a summary made by 汇总 " +
        "in the workbook",
    },
  ],
  run: (report, { refs }) =>
    (refs.rollups ?? []).flatMap((rollup) => [...missingParts(rollup), ...checkParts(report, rollup.parts)]),
};
