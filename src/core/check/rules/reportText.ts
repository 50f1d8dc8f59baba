/** T1–T4: what evaluators deduct points for in the report's text (check/reportText.ts). */
import { reportTextFindings, similarityFindings } from "../reportText";
import type { RuleDefinition } from "./types";

const NOTICE = "国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》";

export const reportTextRule: RuleDefinition = {
  scope: "report",
  rules: [
    {
      id: "T1",
      severity: "warning",
      title: "总体情况超过一千字",
      doc: "the text of part 一、总体情况 is longer than 1,000 characters (whitespace not counted; see “T1–T4 in detail”)",
      source: `${NOTICE}: 总体情况“重在聚焦主题、简明客观，篇幅原则上不超过一千字”; text input only`,
    },
    {
      id: "T3",
      severity: "warning",
      title: "信息处理费前后说法不一",
      doc: "第六部分 says no 信息处理费 was charged while the text elsewhere names an amount charged (收取信息处理费 N 元)",
      source: `${NOTICE}: 收取信息处理费的情况“在此处（其他需要报告的事项）专门报告”; text input only`,
    },
    {
      id: "T4",
      severity: "warning",
      title: "正文缺少规定的部分",
      doc: "one of the six parts 一、总体情况 … 六、其他需要报告的事项 has no heading in the text (only for a report whose text holds a narrative, not just the tables)",
      source: `${NOTICE}: 年度报告内容“不能遗漏，也不宜泛化”, the six parts of the template; text input only`,
    },
  ],
  run: (report) => reportTextFindings(report),
};

export const textSimilarityRule: RuleDefinition = {
  scope: "cross-year",
  rules: [
    {
      id: "T2",
      severity: "warning",
      title: "正文与上年报告雷同",
      doc: "60% or more of the narrative (parts 一, 五, 六 and any text outside the tables' parts, as 8-character pieces, digits not counted) is word for word in last year's report",
      source: `${NOTICE}: “内容雷同、敷衍塞责等问题”are to be held to account; runs only with last year's text (\`--previous\`)`,
    },
  ],
  run: (report, ctx) => similarityFindings(report, ctx.refs.previous),
};
