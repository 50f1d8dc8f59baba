/** F6: a data cell's plain-sum formula adds up what one rule it is in says it does (check/formulas.ts). */
import { formulaFindings } from "../formulas";
import type { RuleDefinition } from "./types";

export const formulaRule: RuleDefinition = {
  scope: "cell",
  rules: [
    {
      id: "F6",
      severity: "warning",
      title: "单元格公式与表格关系不符",
      doc:
        "a data cell whose formula only adds and subtracts cells (`=SUM(D25:D45)`, `=D23+D24-D46`) adds up exactly " +
        "what one rule it is in says it is (see below)",
      source: "the cell formulas of the workbook; text input has none",
    },
  ],
  run: (report) => formulaFindings(report),
};
