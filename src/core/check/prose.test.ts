/** R10: the figures the prose states agree with the tables. */
import { T3_CARRIED_IN, T3_CARRIED_OUT, T3_NEW, T3_RESULT_TOTAL, T3_TOTAL } from "../format";
import { emptyReport, setValue } from "../report/build";
import { reportFromText } from "../report/fromText";
import type { Report } from "../report/model";
import { describeShared, readSample } from "../../../test/shared";
import { checkReport } from "./engine";
import { proseFindings } from "./prose";
import { NORMALISED_SAMPLES, fillTable4, sampleReport, table3Report } from "./testing/fixtures";
import type { Finding } from "./types";

const r10 = (findings: Finding[]) => findings.filter((f) => f.rule === "R10");
const messages = (report: Report) => proseFindings(report).map((f) => f.message);

const OPEN = "三、本年度办理结果/（一）予以公开";
const PARTIAL = "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
const SECRET = "三、本年度办理结果/（三）不予公开/1.属于国家秘密";
const INTERNAL = "三、本年度办理结果/（三）不予公开/5.属于三类内部事务信息";
const PROCESS = "三、本年度办理结果/（三）不予公开/6.属于四类过程性信息";
const QUERY = "三、本年度办理结果/（三）不予公开/8.属于行政查询事项";
const NOT_HELD = "三、本年度办理结果/（四）无法提供/1.本机关不掌握相关政府信息";
const TO_MAKE = "三、本年度办理结果/（四）无法提供/2.没有现成信息需要另行制作";
const UNCLEAR = "三、本年度办理结果/（四）无法提供/3.补正后申请内容仍不明确";
const PETITION = "三、本年度办理结果/（五）不予处理/1.信访举报投诉类申请";
const REPEATED = "三、本年度办理结果/（五）不予处理/2.重复申请";
const NAT = "自然人";
const BIZ = "法人或其他组织/商业企业";
const DOCS = "第二十条第（一）项/行政规范性文件";

/** A report whose tables say: 一 new, 二 carried in, … (table 三 from leaves; totals consistent). */
function withProse(report: Report, prose: string): Report {
  report.prose = prose;
  return report;
}

/** 上海市人民政府办公厅 2019 as its tables and notes describe it, totals filled in (the published 总计 are blank). */
function shanghaiLike(prose: string): Report {
  const report = table3Report(
    "2019",
    [
      [OPEN, NAT, 258],
      [OPEN, BIZ, 14],
      [PARTIAL, NAT, 3],
      [SECRET, NAT, 14],
      [INTERNAL, NAT, 5],
      [PROCESS, NAT, 4],
      [QUERY, NAT, 12],
      [NOT_HELD, NAT, 265],
      [TO_MAKE, NAT, 47],
      [UNCLEAR, NAT, 25],
      [PETITION, NAT, 149],
      [REPEATED, NAT, 9],
    ],
    { in: [18, 0, 0, 0, 0, 0], out: [72, 0, 0, 0, 0, 0] },
  );
  report.year = 2019;
  report.unit = "上海市人民政府办公厅";
  fillTable4(report, [
    [5, 0, 0, 2],
    [8, 0, 0, 1],
    [0, 0, 0, 0],
  ]);
  return withProse(report, prose);
}

describe("R10 on fixtures", () => {
  const township = (newTotal: number, carriedIn = 0) => {
    const report = emptyReport({ format: "2021", year: 2024, unit: "胡集乡" });
    setValue(report, "三", T3_NEW, NAT, newTotal);
    setValue(report, "三", T3_NEW, T3_TOTAL, newTotal);
    setValue(report, "三", T3_CARRIED_IN, NAT, carriedIn);
    setValue(report, "三", T3_CARRIED_IN, T3_TOTAL, carriedIn);
    return report;
  };

  test("收到依申请公开事项 5 条 against 一、本年新收·总计 3: one warning with both numbers", () => {
    const report = withProse(township(3), "二、依申请公开情况\n\n2024 年我乡收到依申请公开事项 5 条\n");
    const found = r10(checkReport(report));
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual({
      severity: "warning",
      rule: "R10",
      table: "三",
      message: "正文说“收到依申请公开事项 5 条”，但表三 一、本年新收·总计 为 3",
      imbalance: 2,
      cells: [{ row: T3_NEW, column: T3_TOTAL, ref: null, value: 3 }],
      suspect: null,
    });
  });

  test("收到 N agrees with 一 alone or with 一 + 二; otherwise both sums are named", () => {
    expect(messages(withProse(township(3, 2), "收到依申请公开事项 3 条"))).toEqual([]);
    expect(messages(withProse(township(3, 2), "收到依申请公开事项 5 条"))).toEqual([]);
    const report = withProse(township(3, 2), "收到依申请公开事项 4 条");
    expect(messages(report)).toEqual([
      "正文说“收到依申请公开事项 4 条”，但表三 一、本年新收·总计 为 3，与二、上年结转之和 为 5",
    ]);
    expect(proseFindings(report)[0].cells.map((c) => c.row)).toEqual([T3_NEW, T3_CARRIED_IN]);
  });

  test("Chinese numerals and full-width digits are read", () => {
    expect(messages(withProse(township(0), "收到依申请公开事项零条"))).toEqual([]);
    expect(messages(withProse(township(21), "共受理政府信息公开申请二十一件"))).toEqual([]);
    expect(messages(withProse(township(20), "共受理政府信息公开申请二十一件"))).toEqual([
      "正文说“受理政府信息公开申请二十一件”，但表三 一、本年新收·总计 为 20",
    ]);
    expect(messages(withProse(township(20), "共受理政府信息公开申请 ２１ 件"))).toEqual([
      "正文说“受理政府信息公开申请 ２１ 件”，但表三 一、本年新收·总计 为 20",
    ]);
  });

  test("上海 2019-like: 予以公开及部分公开 and 无法提供 disagree with the table; the other figures agree", () => {
    const report = shanghaiLike(
      "2019年共受理政府信息公开申请859件，答复805件（含上年度结转申请18件，另有72件申请因情况复杂顺延到下年度答复）。" +
        "其中，予以公开及部分公开258件，不予公开35件，因本机关不掌握等原因无法提供265件，不予处理158件，其他处理0件。" +
        "信息公开类行政复议7件，诉讼9件。",
    );
    const found = r10(checkReport(report));
    expect(found.map((f) => [f.message, f.imbalance])).toEqual([
      ["正文说“予以公开及部分公开258件”，但表三 （一）予以公开与（二）部分公开·总计之和 为 275", -17],
      ["正文说“无法提供265件”，但表三 （四）无法提供各项·总计之和 为 337", -72],
    ]);
    expect(found[0].cells.map((c) => [c.row, c.value])).toEqual([
      [OPEN, 272],
      [PARTIAL, 3],
    ]);
    expect(found[1].cells.map((c) => c.row)).toEqual([NOT_HELD, TO_MAKE, UNCLEAR]);
    expect(found.every((f) => f.severity === "warning" && f.table === "三" && f.suspect === null)).toBe(true);
  });

  test("上海 2019-like: the figures that agree give nothing (received 859 = 一, 答复 805, 18, 72, 7, 9)", () => {
    const report = shanghaiLike(
      "2019年共受理政府信息公开申请859件，答复805件（含上年度结转申请18件，另有72件申请顺延到下年度答复）。" +
        "信息公开类行政复议7件，诉讼9件。",
    );
    expect(messages(report)).toEqual([]);
    // Each of those figures is compared: changing one gives its warning.
    const changed = shanghaiLike(
      "答复806件（含上年度结转申请19件，另有71件申请顺延到下年度答复）。行政复议8件，诉讼10件。",
    );
    expect(messages(changed)).toEqual([
      "正文说“答复806件”，但表三 （七）总计·总计 为 805",
      "正文说“上年度结转申请19件”，但表三 二、上年结转·总计 为 18",
      "正文说“71件申请顺延到下年度”，但表三 四、结转下年度继续办理·总计 为 72",
      "正文说“行政复议8件”，但表四 行政复议·总计 为 7",
      "正文说“诉讼10件”，但表四 未经复议直接起诉·总计 与 复议后起诉·总计 之和 为 9",
    ]);
  });

  test("table 四: 行政诉讼 is the sum of its two groups; results go to the group they follow", () => {
    const report = emptyReport({ format: "2021", year: 2024 });
    fillTable4(report, [
      [72, 64, 178, 37],
      [13, 4, 8, 1],
      [12, 1, 1, 6],
    ]);
    const agreeing =
      "政府信息公开行政复议 351 件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；" +
      "政府信息公开行政诉讼 46 件，其中结果维持 25 件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。";
    expect(messages(withProse(report, agreeing))).toEqual([]);
    const wrong = agreeing
      .replace("其中结果维持 25 件", "其中结果维持 26 件")
      .replace("结果纠正 64 件", "结果纠正 46 件");
    const found = proseFindings(withProse(report, wrong));
    expect(found.map((f) => f.message)).toEqual([
      "正文说“结果纠正 46 件”（行政复议），但表四 行政复议·结果纠正 为 64",
      "正文说“结果维持 26 件”（行政诉讼），但表四 未经复议直接起诉·结果维持 与 复议后起诉·结果维持 之和 为 25",
    ]);
    expect(found[1].cells.map((c) => [c.column, c.value])).toEqual([
      ["行政诉讼/未经复议直接起诉/结果维持", 13],
      ["行政诉讼/复议后起诉/结果维持", 12],
    ]);
    expect(found.every((f) => f.table === "四")).toBe(true);
  });

  test("a combined figure (行政复议、行政诉讼案件743件，结果维持461件) is compared with nothing", () => {
    const report = emptyReport({ format: "2021", year: 2024 });
    fillTable4(report, [
      [1, 0, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(messages(withProse(report, "涉行政复议、行政诉讼案件743件，结果维持461件。"))).toEqual([]);
  });

  describe("西柳镇 2023-like: the prose's 规范性文件 0 / 0 / 0 against the table's 4 / 0 / 32", () => {
    const xiliu = (prose: string) => {
      const report = emptyReport({ format: "2021", year: 2023, unit: "西柳镇人民政府" });
      setValue(report, "二", DOCS, "本年制发件数", 4);
      setValue(report, "二", DOCS, "本年废止件数", 0);
      setValue(report, "二", DOCS, "现行有效件数", 32);
      return withProse(report, prose);
    };

    test("said of the report's year: 制发 and 现行有效 disagree, 废止 agrees, 受理 0 agrees", () => {
      const report = xiliu(
        "（三）规范性文件情况。2023年，西柳镇人民政府办公室共制定规范性文件0件，废止规范性文件0件，现行有效的规范性文件0件。\n" +
          "二、依申请公开情况。2023年受理依申请公开0件。",
      );
      const found = r10(checkReport(report));
      expect(found.map((f) => [f.table, f.message, f.cells.map((c) => c.column)])).toEqual([
        ["二", "正文说“制定规范性文件0件”，但表二 行政规范性文件·本年制发件数 为 4", ["本年制发件数"]],
        ["二", "正文说“现行有效的规范性文件0件”，但表二 行政规范性文件·现行有效件数 为 32", ["现行有效件数"]],
      ]);
      expect(checkReport(report).filter((f) => f.rule !== "R10")).toEqual([]);
    });

    test("said of another year (the published text says 2022年 in a 2023 report): not compared", () => {
      const report = xiliu(
        "2022年，西柳镇人民政府办公室共制定规范性文件0件，废止规范性文件0件，现行有效的规范性文件0件。",
      );
      expect(messages(report)).toEqual([]);
    });

    test("受理依申请公开 0 件 while table 三 says 2", () => {
      const report = xiliu("2023年受理依申请公开0件。");
      setValue(report, "三", T3_NEW, NAT, 2);
      setValue(report, "三", T3_NEW, T3_TOTAL, 2);
      expect(messages(report)).toEqual(["正文说“受理依申请公开0件”，但表三 一、本年新收·总计 为 2"]);
    });

    test("the 2019 format's columns are not compared with 制定/现行有效 figures", () => {
      const report = emptyReport({ format: "2019", year: 2020 });
      setValue(report, "二", "第二十条第（一）项/规范性文件", "本年新制作数量", 4);
      expect(messages(withProse(report, "共制定规范性文件0件。"))).toEqual([]);
    });
  });

  test("no prose (a workbook), no table, a blank cell: nothing compared", () => {
    const report = township(3);
    expect(proseFindings(report)).toEqual([]);
    expect(messages(withProse(township(3), ""))).toEqual([]);
    const blank = withProse(township(3), "收到依申请公开事项 5 条");
    Object.assign(blank.cells.get(`三|${T3_NEW}|${T3_TOTAL}`) ?? {}, { raw: null, value: null, problems: ["blank"] });
    expect(messages(blank)).toEqual([]);
    const noTable = withProse(
      emptyReport({ format: "2021", year: 2024, tables: ["二"] }),
      "收到依申请公开事项 5 条。行政复议 3 件。",
    );
    expect(messages(noTable)).toEqual([]);
  });

  test("handled (办理 … 申请 N) may be 一, 一 + 二 or （七）总计", () => {
    const report = township(5, 1);
    setValue(report, "三", T3_RESULT_TOTAL, NAT, 4);
    setValue(report, "三", T3_RESULT_TOTAL, T3_TOTAL, 4);
    setValue(report, "三", T3_CARRIED_OUT, NAT, 2);
    setValue(report, "三", T3_CARRIED_OUT, T3_TOTAL, 2);
    for (const n of [5, 6, 4]) expect(messages(withProse(report, `全年办理政府信息公开申请${n}件`))).toEqual([]);
    expect(messages(withProse(report, "全年办理政府信息公开申请7件"))).toEqual([
      "正文说“办理政府信息公开申请7件”，但表三 一、本年新收·总计 为 5，与二、上年结转之和 为 6，（七）总计·总计 为 4",
    ]);
  });
});

/** The `# Narrative` note lines of a normalised sample, as prose (the text reader leaves # lines out). */
function narrative(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => /^#\s*(?:Narrative|六)/.test(line))
    .map((line) => line.replace(/^#\s*/, ""))
    .join("\n");
}

const SAMPLES = NORMALISED_SAMPLES.filter(([file]) => file !== "pingtan-2019-format2019.txt");

describeShared("R10 on real reports (../shared/samples)", () => {
  test("淮安 2024 (pdftotext): the prose's figures are all read and all agree", () => {
    const report = reportFromText(readSample("huaian-city-2024-raw-pdftotext.txt"), "huaian");
    expect(report.prose).toContain("3119");
    expect(r10(checkReport(report))).toEqual([]);
  });

  test("淮安 2024 (pdftotext) with 答复 changed to 3005: one warning naming （七）总计 3050", () => {
    const text = readSample("huaian-city-2024-raw-pdftotext.txt");
    expect(text).toContain("复 3050 件");
    const report = reportFromText(text.replace("复 3050 件", "复 3005 件"), "huaian");
    expect(r10(checkReport(report)).map((f) => f.message)).toEqual([
      "正文说“答复 3005 件”，但表三 （七）总计·总计 为 3050",
    ]);
  });

  test("胡集乡 2024: 收到依申请公开事项 0 条 agrees; 5 条 does not", () => {
    const text = readSample("huji-township-2024.txt");
    expect(r10(checkReport(reportFromText(text, "huji")))).toEqual([]);
    const changed = reportFromText(text.replace("收到依申请公开事项 0 条", "收到依申请公开事项 5 条"), "huji");
    expect(r10(checkReport(changed)).map((f) => f.message)).toEqual([
      "正文说“收到依申请公开事项 5 条”，但表三 一、本年新收·总计 为 0",
    ]);
  });

  test("the text reader leaves the normalised files' # Narrative lines out of Report.prose", () => {
    const text = readSample("pingtan-2020-format2019.txt");
    expect(narrative(text)).toContain("共受理政府信息公开申请21件");
    expect(reportFromText(text, "pingtan").prose ?? "").not.toContain("共受理政府信息公开申请21件");
  });

  test.each(SAMPLES)("%s: the narrative's figures against the tables", (file, format, year) => {
    const text = readSample(file);
    const report = sampleReport(text, format, year);
    report.prose = narrative(text);
    const expected: Record<string, string[]> = {
      // The notes record these: 现行有效 470 ≠ narrative 393; the prose counts 备案 cases (table: 170, 25 + 52).
      "pingtan-2023.txt": ["正文说“现行有效行政规范性文件393件”，但表二 行政规范性文件·现行有效件数 为 470"],
      "suqian-city-2024.txt": [
        "正文说“行政复议案件134件”，但表四 行政复议·总计 为 170",
        "正文说“行政诉讼案件57件”，但表四 未经复议直接起诉·总计 与 复议后起诉·总计 之和 为 77",
      ],
    };
    expect(r10(checkReport(report)).map((f) => f.message)).toEqual(expected[file] ?? []);
  });
});
