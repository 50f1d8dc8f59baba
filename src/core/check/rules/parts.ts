/** R11: a summary equals the sum of the reports it adds up, cell by cell (check/parts.ts). */
import { checkParts } from "../parts";
import type { RuleDefinition } from "./types";

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
  run: (report, { refs }) => (refs.parts ? checkParts(report, refs.parts) : []),
};
