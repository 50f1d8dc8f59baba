/** What each rule's findings are about, in plain Chinese, for summaries people read (rule ids stay in --json). */
const TITLES: Record<string, string> = {
  R1: "新收、结转与办理结果不平衡",
  R2: "总计与各项办理结果之和不符",
  R3: "总计与各类申请人之和不符",
  R4: "复议、诉讼的总计与各项结果之和不符",
  R5: "上年结转与上年报告不符",
  R6: "现行有效件数与上年不衔接",
  R7: "数值无法识别或写法不规范",
  R8: "未填写的单元格",
  R9: "不应有规章的单位填了规章",
  R10: "正文所述数字与表格不符",
  R11: "汇总数与下级报告之和不符",
  P1: "上年报告的年度不对",
  F0: "无法读取的文件",
  F6: "单元格公式与表格关系不符",
};

export function ruleTitle(rule: string): string {
  return TITLES[rule] ?? (/^F\d$/.test(rule) ? "读取表格时的提示" : "其他问题");
}
