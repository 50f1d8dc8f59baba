/** R9: 规章 filled in by a body without rule-making power (check/ruleMaking.ts). */
import { ruleMakingFindings } from "../ruleMaking";
import type { RuleDefinition } from "./types";

export const ruleMakingRule: RuleDefinition = {
  scope: "report",
  rules: [
    {
      id: "R9",
      severity: "warning",
      title: "不应有规章的单位填了规章",
      doc: "table 二, 第二十条第（一）项/规章, every column: 0 for a body without rule-making power (see “R9 in detail”)",
      source: "立法法; the body's level is read from its name (`Report.unit`)",
    },
  ],
  run: (report) => ruleMakingFindings(report),
};
