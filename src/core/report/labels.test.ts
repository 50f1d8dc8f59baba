import { FORMAT_2019, FORMAT_2021, T3_RESULT_TOTAL } from "../format";
import { labelKey, labelParts, matchLabel, rowLabelScore, sameLabel } from "./labels";

const P = "三、本年度办理结果";
const SECRET = `${P}/（三）不予公开/1.属于国家秘密`;
const OVERDUE = `${P}/（六）其他处理/1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请`;
const FEE = `${P}/（六）其他处理/2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请`;
const OTHER = `${P}/（六）其他处理/3.其他`;
const OTHER_2019 = `${P}/（六）其他处理`;
const NOT_HELD = `${P}/（四）无法提供/1.本机关不掌握相关政府信息`;

describe("labelKey / sameLabel", () => {
  test.each([
    ["(一) 予以公开", "（一）予以公开"],
    ["结果 维持", "结果维持"],
    ["商业 企业", "商业企业"],
    ["1. 属于国家秘密", "1.属于国家秘密"],
    ["1、属于国家秘密", "1.属于国家秘密"],
    ["(1)属于国家秘密", "1.属于国家秘密"],
    ['3.危及"三安全一稳定"', "3.危及“三安全一稳定”"],
    ["3.危及三安全一稳定", "3.危及“三安全一稳定”"],
    [
      "(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    ],
    ["第二十条第(一)项", "第二十条第（一）项"],
    ["本年收费金额(单位:万元)", "本年收费金额（单位：万元）"],
  ])("%p means %p", (variant, official) => {
    expect(sameLabel(variant, official)).toBe(true);
  });

  test("different wording stays different", () => {
    expect(sameLabel("行政规范性文件", "规范性文件")).toBe(false);
    expect(sameLabel("本年处理决定数量", "处理决定数量")).toBe(false);
    expect(labelKey("2024，")).toBe("2024.");
  });
});

describe("matchLabel", () => {
  const headers = ["本年制发件数", "本年废止件数", "现行有效件数"];

  test("exact, variant, typo and no match", () => {
    expect(matchLabel("本年制发件数", headers)).toEqual({ label: "本年制发件数", score: 1, exact: true, typo: false });
    expect(matchLabel("本年 制发 件数", headers)).toEqual({
      label: "本年制发件数",
      score: 1,
      exact: false,
      typo: false,
    });
    expect(matchLabel("现行有效件", headers)).toMatchObject({ label: "现行有效件数", typo: true, exact: false });
    expect(matchLabel("行政法复议", ["行政复议", "行政诉讼"])).toMatchObject({ label: "行政复议", typo: true });
    expect(matchLabel("自然人", headers)).toBeNull();
    expect(matchLabel("", headers)).toBeNull();
  });

  test("a similar label is matched with a score below 1", () => {
    const match = matchLabel("行政规范性文件", ["规章", "规范性文件"]);
    expect(match?.label).toBe("规范性文件");
    expect(match?.score).toBeGreaterThan(0.8);
    expect(match?.score).toBeLessThan(1);
  });
});

describe("labelParts", () => {
  test("splits numbering from text", () => {
    expect(labelParts("一、本年新收政府信息公开申请数量")).toEqual({
      top: "一",
      group: null,
      item: null,
      text: "本年新收政府信息公开申请数量",
    });
    expect(labelParts("（三）1.属于国家秘密")).toEqual({ top: null, group: "三", item: 1, text: "属于国家秘密" });
    expect(labelParts("(七) 总计")).toEqual({ top: null, group: "七", item: null, text: "总计" });
    expect(labelParts("3、其他")).toEqual({ top: null, group: null, item: 3, text: "其他" });
  });
});

describe("rowLabelScore (table 三 rows)", () => {
  test("full, split and short labels name their row", () => {
    expect(rowLabelScore(["（三）不予公开", "1.属于国家秘密"], SECRET)).toBe(1);
    expect(rowLabelScore(["(三) 不予公开", "1. 属于国家秘密"], SECRET)).toBe(1);
    expect(rowLabelScore(["（三）1.属于国家秘密"], SECRET)).toBe(1);
    expect(rowLabelScore(["一、本年新收"], "一、本年新收政府信息公开申请数量")).toBe(1);
    expect(rowLabelScore(["(七) 总计"], T3_RESULT_TOTAL)).toBe(1);
    expect(rowLabelScore(["3. 其他"], OTHER)).toBe(1);
  });

  test("abbreviated labels still name their row, not its neighbour", () => {
    expect(rowLabelScore(["（六）1.逾期不补正"], OVERDUE)).toBeGreaterThanOrEqual(0.9);
    expect(rowLabelScore(["（六）1.逾期不补正"], FEE)).toBe(0);
    expect(rowLabelScore(["（六）2.逾期不缴费"], FEE)).toBeGreaterThan(0.8);
  });

  test("numbering or text that contradicts the row scores low", () => {
    expect(rowLabelScore(["1.本机关不掌握相关政府信息"], SECRET)).toBeLessThan(0.5);
    expect(rowLabelScore(["1.本机关不掌握相关政府信息"], NOT_HELD)).toBe(1);
    expect(rowLabelScore(["3. 其他"], OTHER_2019)).toBe(0);
    expect(rowLabelScore(["四、结转下年度继续办理"], "一、本年新收政府信息公开申请数量")).toBe(0);
    expect(rowLabelScore(["（六）其他处理"], OTHER_2019)).toBe(1);
  });

  test("every official row path scores 1 against itself, in both formats", () => {
    for (const format of [FORMAT_2019, FORMAT_2021]) {
      for (const path of format.tables["三"].rowPaths) expect(rowLabelScore(path.split("/"), path)).toBe(1);
    }
  });
});
