/**
 * R1–R6: the linear rules of the report's format (format/rules.ts), evaluated by one generic evaluator; the
 * failures of all of them together point to the suspect cell, so they are one family.
 */
import type { Report } from "../../report/model";
import type { Evaluated } from "../evaluate";
import { toNumber } from "../exact";
import { failureMessage } from "../names";
import { findingCell, type Localisation } from "../suspect";
import type { Finding } from "../types";
import type { RuleDefinition, RuleMeta } from "./types";

function ruleFinding(report: Report, ev: Evaluated, loc: Localisation): Finding {
  const verdict = loc.byInstance.get(ev.inst.id);
  const keys = [...new Set(ev.inst.terms.filter((t) => !t.previous).map((t) => t.key))];
  const finding: Finding = {
    severity: ev.inst.rule.severity,
    rule: ev.inst.rule.id,
    table: ev.inst.rule.table,
    message: [failureMessage(ev), ...(verdict?.notes ?? [])].join("。"),
    imbalance: toNumber(ev.d),
    cells: keys.map((key) => findingCell(report, key)),
    suspect: verdict?.suspect ?? null,
  };
  if (verdict?.candidates) finding.candidates = verdict.candidates;
  return finding;
}

const RULES: readonly RuleMeta[] = [
  {
    id: "R1",
    severity: "error",
    title: "新收、结转与办理结果不平衡",
    doc: "table 三, each of the 7 columns: 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理",
    source: "the note in the table's corner",
  },
  {
    id: "R2",
    severity: "error",
    title: "总计与各项办理结果之和不符",
    doc: "table 三, each column: （七）总计 = the sum of the result rows （一）…（六）",
    source: "“只计这一情形”",
  },
  {
    id: "R3",
    severity: "error",
    title: "总计与各类申请人之和不符",
    doc: "table 三, each row: 总计 = 自然人 + the five 法人或其他组织 columns",
    source: "the header",
  },
  {
    id: "R4",
    severity: "error",
    title: "复议、诉讼的总计与各项结果之和不符",
    doc:
      "table 四, each of 行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉: 总计 = 结果维持 + 结果纠正 + 其他结果 + " +
      "尚未审结",
    source: "the header",
  },
  {
    id: "R5",
    severity: "error",
    title: "上年结转与上年报告不符",
    doc: "cross-year, table 三, each column: this year's 二、上年结转 = last year's 四、结转下年度继续办理",
    source: "runs only when last year's report is given (`--previous`, or found in the workbook)",
  },
  {
    id: "R6",
    severity: "warning",
    title: "现行有效件数与上年不衔接",
    doc:
      "cross-year, table 二 (2021 format), 规章 and 行政规范性文件: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − " +
      "本年废止件数",
    source: "runs only when last year's report is given and has 现行有效件数 (so not against a 2019-format report)",
  },
];

export const linearRules: RuleDefinition = {
  scope: "table",
  rules: RULES,
  run(report, ctx) {
    const { evaluated, loc } = ctx.analysis();
    return evaluated.filter((ev) => ev.failing).map((ev) => ruleFinding(report, ev, loc));
  },
};
