/** Official labels, character for character (国办公开办函〔2021〕30号 and 〔2019〕60号). */
import type { TableId } from "./types";

export const TITLE_SUFFIX = "年政府信息公开工作年度报告";

export const HEADINGS: Record<TableId, string> = {
  二: "二、主动公开政府信息情况",
  三: "三、收到和处理政府信息公开申请情况",
  四: "四、政府信息公开行政复议、行政诉讼情况",
};

export const TABLE_IDS: readonly TableId[] = ["二", "三", "四"];

export const T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
export const T3_APPLICANTS = "申请人情况";
export const T3_ORG = "法人或其他组织";
export const T3_ORG_TYPES = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"] as const;
export const T3_NATURAL = "自然人";
export const T3_TOTAL = "总计";

export const T3_NEW = "一、本年新收政府信息公开申请数量";
export const T3_CARRIED_IN = "二、上年结转政府信息公开申请数量";
export const T3_RESULTS = "三、本年度办理结果";
export const T3_RESULT_TOTAL_LABEL = "（七）总计";
export const T3_CARRIED_OUT = "四、结转下年度继续办理";

/** Result groups of 三、本年度办理结果 as [group label, item labels]; no items = a single row. */
export type ResultGroup = readonly [string, readonly string[]];

const RESULTS_COMMON: ResultGroup[] = [
  ["（一）予以公开", []],
  ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", []],
  [
    "（三）不予公开",
    [
      "1.属于国家秘密",
      "2.其他法律行政法规禁止公开",
      "3.危及“三安全一稳定”",
      "4.保护第三方合法权益",
      "5.属于三类内部事务信息",
      "6.属于四类过程性信息",
      "7.属于行政执法案卷",
      "8.属于行政查询事项",
    ],
  ],
  ["（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]],
  [
    "（五）不予处理",
    [
      "1.信访举报投诉类申请",
      "2.重复申请",
      "3.要求提供公开出版物",
      "4.无正当理由大量反复申请",
      "5.要求行政机关确认或重新出具已获取信息",
    ],
  ],
];

export const T3_RESULTS_2021: ResultGroup[] = [
  ...RESULTS_COMMON,
  [
    "（六）其他处理",
    [
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "3.其他",
    ],
  ],
];

export const T3_RESULTS_2019: ResultGroup[] = [...RESULTS_COMMON, ["（六）其他处理", []]];

export const T4_GROUPS = ["行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"] as const;
export const T4_RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] as const;
