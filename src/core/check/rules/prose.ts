/** R10: the figures the published text states agree with the tables (check/prose.ts). */
import { proseFindings } from "../prose";
import type { RuleDefinition } from "./types";

export const proseRule: RuleDefinition = {
  scope: "report",
  rules: [
    {
      id: "R10",
      severity: "warning",
      title: "正文所述数字与表格不符",
      doc: "the figures the published text states in words agree with the tables (see “R10 in detail”)",
      source: "the demand for accuracy; text input only (`Report.prose`; a workbook has none)",
    },
  ],
  run: (report) => proseFindings(report),
};
