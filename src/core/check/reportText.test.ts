/** T1–T4: the report's text against what evaluators deduct for; on generated texts and on the published samples. */
import { describeShared, readSample } from "../../../test/shared";
import { emptyReport } from "../report/build";
import { reportFromText } from "../report/fromText";
import type { Report } from "../report/model";
import { checkReport } from "./engine";
import { findParts, reportTextFindings, similarityFindings, textOverlap } from "./reportText";

const SENTENCES = [
  "我乡严格贯彻落实《中华人民共和国政府信息公开条例》，持续强化组织领导，优化工作机制。",
  "全年通过政府网站主动公开各类信息二百余条，涵盖机构职能、政策文件、财政预决算等内容。",
  "依申请公开工作严格按照法定程序办理，做到依法依规、及时答复，未发生超期答复情况。",
  "加强政府信息管理，建立健全信息发布审核机制，确保公开信息准确、规范。",
  "持续推进政府信息公开平台建设，利用公开栏、微信公众号等多种渠道发布信息。",
  "强化监督保障，将政务公开工作纳入年度考核，开展业务培训两次。",
];

/** A report's text with the six parts; `overview` sentences in 总体情况, `six` as the last part's text. */
function reportText(options: { overview?: number; drop?: string[]; six?: string; extra?: string } = {}): string {
  const { overview = 6, drop = [], six = "本机关本年度未收取信息处理费。", extra = "" } = options;
  const body = Array.from({ length: overview }, (_, i) => SENTENCES[i % SENTENCES.length]).join("");
  const parts: [string, string][] = [
    ["一、总体情况", body + extra],
    ["二、主动公开政府信息情况", ""],
    ["三、收到和处理政府信息公开申请情况", ""],
    ["四、政府信息公开行政复议、行政诉讼情况", ""],
    [
      "五、存在的主要问题及改进情况",
      "一、主要问题\n信息公开的及时性还需加强。\n二、改进措施\n进一步规范信息发布流程，提高公开质量。",
    ],
    ["六、其他需要报告的事项", six],
  ];
  return parts
    .filter(([heading]) => !drop.includes(heading.slice(0, 1)))
    .map(([heading, text]) => `${heading}\n${text}`)
    .join("\n\n");
}

function withText(prose: string, year = 2024): Report {
  return Object.assign(emptyReport({ format: "2021", year, unit: "胡集乡" }, 0), { prose });
}

const rules = (report: Report) => reportTextFindings(report).map((f) => f.rule);

describe("the six parts", () => {
  test("found in order; the sub-headings inside 总体情况 and 五 are not taken for parts", () => {
    const text = reportText().replace("一、总体情况\n", "一、总体情况\n一、主动公开情况\n二、依申请公开情况\n");
    expect(findParts(text).map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test("T4: a missing part is named; none when all six are there", () => {
    expect(rules(withText(reportText()))).toEqual([]);
    const [t4] = reportTextFindings(withText(reportText({ drop: ["五", "六"] })));
    expect(t4).toMatchObject({ rule: "T4", severity: "warning", table: null, cells: [], suspect: null });
    expect(t4.message).toBe(
      "正文缺少“五、存在的主要问题及改进情况”、“六、其他需要报告的事项”：年度报告应包括格式规定的六个部分，“不能遗漏”",
    );
  });

  test("no finding for text that is not a report's narrative (the tables' headings only; no tables)", () => {
    expect(rules(withText("二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"))).toEqual([]);
    const notice = Object.assign(withText(reportText({ drop: ["二", "三"] })), { tables: [] });
    expect(rules(notice)).toEqual([]);
  });
});

describe("T1: 总体情况 over a thousand characters", () => {
  test("counted without whitespace: over 1,000 warns, up to 1,000 does not", () => {
    const long = reportText({ overview: 30 });
    const [t1] = reportTextFindings(withText(long));
    const length = findParts(long)[0].text.replace(/\s/g, "").length;
    expect(length).toBeGreaterThan(1000);
    expect(t1.rule).toBe("T1");
    expect(t1.message).toContain(`约 ${length} 字，超过一千字`);
    const short = reportText({ overview: 20 });
    expect(findParts(short)[0].text.replace(/\s/g, "").length).toBeLessThanOrEqual(1000);
    expect(rules(withText(short))).toEqual([]);
  });
});

describe("T3: 信息处理费", () => {
  test("第六部分 says none but the text names an amount charged", () => {
    const text = reportText({ extra: "全年共收取信息处理费 120 元。" });
    const [t3] = reportTextFindings(withText(text));
    expect(t3.rule).toBe("T3");
    expect(t3.message).toContain("收取信息处理费 120 元");
    expect(rules(withText(reportText({ extra: "全年未收取信息处理费。" })))).toEqual([]);
    expect(
      rules(withText(reportText({ extra: "共收取信息处理费 120 元。", six: "本年度收取信息处理费 120 元。" }))),
    ).toEqual([]);
  });
});

describe("T2: the text repeats last year's", () => {
  test("the same words with this year's figures: 100%; a rewritten text: none", () => {
    const last = withText(reportText({ extra: "全年主动公开信息 213 条。" }), 2023);
    const same = withText(reportText({ extra: "全年主动公开信息 386 条。" }), 2024);
    const [t2] = similarityFindings(same, last);
    expect(t2).toMatchObject({ rule: "T2", severity: "warning" });
    expect(t2.message).toMatch(/^正文有 100% 与2023 年报告逐字相同/);
    // Through the engine, as check --previous runs it.
    expect(checkReport(same, { previous: last }).map((f) => f.rule)).toContain("T2");
    expect(checkReport(same).map((f) => f.rule)).not.toContain("T2");
    const rewritten = withText(
      [
        "一、总体情况",
        "本年度，乡党委政府把政务公开作为转变作风的抓手，围绕乡村振兴、惠民资金发放等群众关心的事项逐项公开，",
        "全年办理群众来电来访中涉及信息公开的咨询四十余件，均当场答复。在村级公开栏同步张贴低保、救助名单，",
        "接受群众监督。针对去年考评中指出的栏目更新不及时问题，明确专人每周检查一次网站栏目。",
        "五、存在的主要问题及改进情况",
        "部分村级公开栏内容更新滞后，下一步将纳入村干部考核，每月通报。",
        "六、其他需要报告的事项",
        "无。",
      ].join("\n"),
    );
    expect(similarityFindings(rewritten, last)).toEqual([]);
    expect(textOverlap(reportText(), reportText())).toBe(1);
  });
});

describeShared("the published samples", () => {
  test("胡集乡 2024: all six parts, 总体情况 under a thousand: no finding", () => {
    expect(rules(reportFromText(readSample("huji-township-2024.txt"), "huji"))).toEqual([]);
  });

  test("淮安市 2024 (pdftotext): 总体情况 of about 1,300 characters", () => {
    const report = reportFromText(readSample("huaian-city-2024-raw-pdftotext.txt"), "huaian");
    const findings = reportTextFindings(report);
    expect(findings.map((f) => f.rule)).toEqual(["T1"]);
    expect(findings[0].message).toMatch(/约 1\d{3} 字，超过一千字/);
  });

  test("the tables-only samples (平潭, 宿迁, 上海) are not held to the six parts", () => {
    for (const name of ["pingtan-2019-format2019.txt", "pingtan-2024.txt", "suqian-city-2024.txt"]) {
      expect([name, rules(reportFromText(readSample(name), name))]).toEqual([name, []]);
    }
  });

  test("overlap measure: 平潭 2024 against 2023 (same layout, new figures) is far closer than against 胡集乡", () => {
    const [p24, p23, huji] = ["pingtan-2024.txt", "pingtan-2023.txt", "huji-township-2024.txt"].map(readSample);
    const pair = textOverlap(p24, p23);
    const other = textOverlap(p24, huji);
    expect(pair).toBeGreaterThan(0.5);
    expect(other).toBeLessThan(pair / 2);
    expect(textOverlap(p24, p24)).toBe(1);
  });
});
