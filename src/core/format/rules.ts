/** The linear rules of FORMAT.md as data (R1–R6). R7/R8 are per-cell rules on the cell kinds. */
import {
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  T3_NATURAL,
  T3_NEW,
  T3_ORG,
  T3_ORG_TYPES,
  T3_TOTAL,
  T4_GROUPS,
  T4_RESULTS,
} from "./labels";
import { T3_RESULT_TOTAL } from "./table3";
import type { LinearRule, RuleTerm } from "./types";
import { joinPath } from "./cellKey";

const terms = (paths: readonly string[]): RuleTerm[] => paths.map((path) => ({ path }));

export function table3Rules(resultRows: readonly string[]): LinearRule[] {
  return [
    {
      id: "R1",
      severity: "error",
      table: "三",
      along: "column",
      left: terms([T3_NEW, T3_CARRIED_IN]),
      right: terms([T3_RESULT_TOTAL, T3_CARRIED_OUT]),
      text: { left: "一、本年新收与二、上年结转之和", right: "（七）总计与四、结转下年度之和" },
      statement: "第一项加第二项之和，等于第三项加第四项之和",
    },
    {
      id: "R2",
      severity: "error",
      table: "三",
      along: "column",
      left: terms([T3_RESULT_TOTAL]),
      right: terms(resultRows),
      text: { left: "（七）总计", right: "各项办理结果之和" },
      statement: "（七）总计等于（一）至（六）各项办理结果之和",
    },
    {
      id: "R3",
      severity: "error",
      table: "三",
      along: "row",
      left: terms([T3_TOTAL]),
      right: terms([T3_NATURAL, ...T3_ORG_TYPES.map((t) => joinPath([T3_ORG, t]))]),
      text: { left: "总计", right: "自然人与各类法人或其他组织之和" },
      statement: "每行的总计等于自然人与五类法人或其他组织之和",
    },
    {
      id: "R5",
      severity: "error",
      table: "三",
      along: "column",
      left: terms([T3_CARRIED_IN]),
      right: [{ path: T3_CARRIED_OUT, from: "previous" }],
      text: { left: "二、上年结转", right: "上年报告的四、结转下年度继续办理" },
      statement: "本年二、上年结转等于上年报告的四、结转下年度继续办理",
    },
  ];
}

export const TABLE4_RULES: LinearRule[] = T4_GROUPS.map((group) => ({
  id: "R4",
  severity: "error",
  table: "四",
  along: "row",
  left: terms([`${group}/总计`]),
  right: terms(T4_RESULTS.filter((r) => r !== "总计").map((r) => joinPath([group, r]))),
  text: { left: `${group.replace("/", "·")}·总计`, right: "结果维持、结果纠正、其他结果、尚未审结之和" },
  statement: `${group.replace("/", "·")}：总计等于结果维持、结果纠正、其他结果、尚未审结之和`,
}));

const STOCK = "现行有效件数";
export const TABLE2_2021_RULES: LinearRule[] = [
  {
    id: "R6",
    severity: "warning",
    table: "二",
    along: "row",
    over: ["第二十条第（一）项/规章", "第二十条第（一）项/行政规范性文件"],
    left: terms([STOCK]),
    right: [{ path: STOCK, from: "previous" }, { path: "本年制发件数" }, { path: "本年废止件数", sign: -1 }],
    text: { left: "现行有效件数", right: "上年现行有效件数加本年制发件数减本年废止件数" },
    statement: "现行有效件数等于上年现行有效件数加本年制发件数减本年废止件数",
  },
];
