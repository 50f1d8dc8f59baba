/** Which figures of the prose R10 reads, and which it leaves alone. */
import { proseClaims, type Claim } from "./proseClaims";
import { chineseNumber, normaliseProse, quote, sentences } from "./proseText";
import { seeded } from "./testing/fixtures";

const read = (prose: string, year: number | null = 2024) =>
  proseClaims(prose, year).map((c: Claim) => [topicName(c), c.value]);

function topicName(c: Claim): string {
  const t = c.topic;
  switch (t.kind) {
    case "result":
      return `result${t.group}`;
    case "cases":
      return `${t.group}/${t.result}`;
    case "documents":
      return `${t.row}/${t.column}`;
    default:
      return t.kind;
  }
}

describe("proseText", () => {
  test("whitespace and layout line breaks are gone, full-width digits are ASCII, the quote is the original", () => {
    const text = normaliseProse("全市共受理政府信息公开申请 3119 件，答\n复 ３０５０ 件。");
    expect(text.text).toBe("全市共受理政府信息公开申请3119件，答复3050件。");
    const at = text.text.indexOf("答复");
    expect(quote(text, at, at + "答复3050件".length)).toBe("答复 ３０５０ 件");
  });

  test("a line starting a heading starts a sentence; a full stop or semicolon ends one", () => {
    const text = normaliseProse("二、依申请公开情况\n\n2024 年收到申请 3 件；答复 3 件\n三、政府信息管理情况\n内容");
    expect(sentences(text).map((s) => text.text.slice(s.start, s.end))).toEqual([
      "二、依申请公开情况2024年收到申请3件",
      "答复3件",
      "三、政府信息管理情况内容",
    ]);
  });

  test.each([
    ["零", 0],
    ["〇", 0],
    ["一", 1],
    ["十", 10],
    ["十一", 11],
    ["二十一", 21],
    ["两", 2],
    ["一百零五", 105],
    ["三千二百", 3200],
  ])("Chinese numeral %s is %p", (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });

  test.each(["一一", "十十", "二零二四", "百十千"])("%s is no number", (text) => {
    expect(chineseNumber(text)).toBeNull();
  });
});

describe("proseClaims: what is read", () => {
  test("淮安 2024's sentence: received, answered, carried in and out, 行政复议 and 行政诉讼 with their results", () => {
    const prose =
      "2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），" +
      "均在法定期限内予以答复。政府信息公开行政复议 351 件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，" +
      "尚未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25 件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。";
    expect(read(prose)).toEqual([
      ["received", 3119],
      ["answered", 3050],
      ["carriedIn", 34],
      ["carriedOut", 103],
      ["review/总计", 351],
      ["review/结果维持", 72],
      ["review/结果纠正", 64],
      ["review/其他结果", 178],
      ["review/尚未审结", 37],
      ["litigation/总计", 46],
      ["litigation/结果维持", 25],
      ["litigation/结果纠正", 5],
      ["litigation/其他结果", 9],
      ["litigation/尚未审结", 7],
    ]);
  });

  test.each<[string, [string, number][]]>([
    ["2024 年我乡收到依申请公开事项 0 条", [["received", 0]]],
    ["共受理政府信息公开申请21件", [["received", 21]]],
    [
      "本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。",
      [
        ["received", 70],
        ["answered", 69],
        ["carriedOut", 1],
      ],
    ],
    ["全年办理政府信息公开申请218件", [["handled", 218]]],
    ["全市全年共收办政府信息公开申请案件3607件", [["received", 3607]]],
    ["2024年受理依申请公开0件。", [["received", 0]]],
    [
      "共收到政府信息公开申请154件，共办结148件，结转至2025年6件",
      [
        ["received", 154],
        ["answered", 148],
        ["carriedOut", 6],
      ],
    ],
    ["本年度未收到政府信息公开申请。", [["received", 0]]],
    ["收到依申请公开事项零条", [["received", 0]]],
    ["共受理政府信息公开申请二十一件", [["received", 21]]],
    ["共受理政府信息公开申请 3 119 件", [["received", 3119]]],
    ["共受理政府信息公开申请 ２１ 件", [["received", 21]]],
    [
      "共完成政府信息依申请公开答复1453件，包括上年结转信息公开申请30件。",
      [
        ["answered", 1453],
        ["carriedIn", 30],
      ],
    ],
    ["结转下年度继续办理246件", [["carriedOut", 246]]],
    ["转下年度办理121件", [["carriedOut", 121]]],
  ])("%s", (prose, expected) => {
    expect(read(prose)).toEqual(expected);
  });

  test("result groups of table 三, 予以公开及部分公开 as one figure, a remark in brackets skipped", () => {
    expect(
      read(
        "予以公开及部分公开258件，占33.9%；不予公开35件；因本机关不掌握等原因无法提供265件；不予处理158件；" +
          "作其他处理（含申请人主动撤回申请）341件。",
      ),
    ).toEqual([
      ["result（一）（二）", 258],
      ["result（三）", 35],
      ["result（四）", 265],
      ["result（五）", 158],
      ["result（六）", 341],
    ]);
    expect(read("予以公开1191件、部分公开328件")).toEqual([
      ["result（一）", 1191],
      ["result（二）", 328],
    ]);
    expect(read("其中，予以公开答复966件")).toEqual([["result（一）", 966]]);
  });

  test("table 四: each group, 起 and 案件, a bare 诉讼 after 行政复议, the two kinds of 起诉", () => {
    expect(read("行政复议36起，行政诉讼9起")).toEqual([
      ["review/总计", 36],
      ["litigation/总计", 9],
    ]);
    expect(read("行政诉讼案件1件、行政复议案件2件，均已结案")).toEqual([
      ["litigation/总计", 1],
      ["review/总计", 2],
    ]);
    expect(read("信息公开类行政复议7件，诉讼9件，均获维持")).toEqual([
      ["review/总计", 7],
      ["litigation/总计", 9],
    ]);
    expect(read("行政诉讼46件，其中未经复议直接起诉26件，结果维持13件；复议后起诉20件，结果维持12件。")).toEqual([
      ["litigation/总计", 46],
      ["direct/总计", 26],
      ["direct/结果维持", 13],
      ["afterReview/总计", 20],
      ["afterReview/结果维持", 12],
    ]);
  });

  test("table 二 (规章 and 规范性文件, 制发 废止 现行有效)", () => {
    expect(read("共制定规范性文件0件，废止规范性文件0件，现行有效的规范性文件0件。")).toEqual([
      ["行政规范性文件/本年制发件数", 0],
      ["行政规范性文件/本年废止件数", 0],
      ["行政规范性文件/现行有效件数", 0],
    ]);
    expect(read("集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件")).toEqual([
      ["行政规范性文件/现行有效件数", 698],
      ["行政规范性文件/本年制发件数", 88],
    ]);
    expect(read("出台规章2部")).toEqual([["规章/本年制发件数", 2]]);
  });
});

describe("proseClaims: what is left alone (no claim, so no warning)", () => {
  test.each([
    "涉行政复议、行政诉讼案件743件，结果维持461件",
    "未发生政府信息公开行政复议、行政诉讼案件",
    "主动公开各类政府信息 5500 余条",
    "共受理政府信息公开申请约120件",
    "共受理政府信息公开申请超过100件",
    "受理行政许可申请1200件",
    "受理群众咨询300件",
    "收到3件行政复议申请",
    "不予受理政府信息公开申请2件",
    "按时答复率100%",
    "本年度答复去年结转申请2件",
    "全年新增公开市政府规章 1 件",
    "市政府及市政府办政策性文件 11 件",
    "全年收取政府信息公开信息处理费 3940 元",
    "办理人大代表建议12件",
    "一个工作日内答复一个申请人",
    "自然人申请3493件，法人或其他组织申请114件",
  ])("%s", (prose) => {
    expect(read(prose)).toEqual([]);
  });

  test("a sentence about another year (“2022年，…” in a 2023 report) is not read; the report's year and no year are", () => {
    expect(read("2022年，西柳镇人民政府办公室共制定规范性文件0件。", 2023)).toEqual([]);
    expect(read("2023年，西柳镇人民政府办公室共制定规范性文件0件。", 2023)).toEqual([
      ["行政规范性文件/本年制发件数", 0],
    ]);
    expect(read("共制定规范性文件0件。", 2023)).toEqual([["行政规范性文件/本年制发件数", 0]]);
    // The year a figure is carried into is the next one only.
    expect(read("结转至2025年6件", 2024)).toEqual([["carriedOut", 6]]);
    expect(read("结转至2024年6件", 2024)).toEqual([]);
    // A year named in the sentence but the report's year unknown: not read.
    expect(read("2024年共受理政府信息公开申请21件", null)).toEqual([]);
  });

  test("the same figure said twice is one claim", () => {
    expect(read("共受理政府信息公开申请21件。前述受理政府信息公开申请21件均已办结。")).toEqual([["received", 21]]);
  });
});

const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("proseClaims on any text", () => {
  test("random text made of the patterns' own pieces never throws, and every claim's quote is a piece of the text", () => {
    const pieces = [
      "受理",
      "收到",
      "办理",
      "答复",
      "办结",
      "政府信息公开",
      "申请",
      "依申请公开",
      "上年度",
      "结转",
      "下年度",
      "顺延到",
      "行政复议",
      "行政诉讼",
      "、",
      "，",
      "。",
      "；",
      "（",
      "）",
      "含",
      "结果维持",
      "尚未审结",
      "予以公开",
      "及",
      "部分公开",
      "规范性文件",
      "制定",
      "现行有效的",
      "件",
      "条",
      "个",
      "零",
      "二十一",
      "十十",
      "3119",
      "３",
      " ",
      "\n",
      "\n二、",
      "2023年",
      "2024年",
      "约",
      "余",
      "未",
      "99999999999999999999",
      "1,234",
    ];
    const rand = seeded(11);
    let claimed = 0;
    for (let i = 0; i < 2000; i++) {
      const length = 1 + Math.floor(rand() * 30);
      const text = Array.from({ length }, () => pieces[Math.floor(rand() * pieces.length)]).join("");
      const claims = proseClaims(text, 2024);
      claimed += claims.length;
      for (const c of claims) {
        expect(Number.isSafeInteger(c.value) && c.value >= 0).toBe(true);
        expect(squeeze(text)).toContain(squeeze(c.quote));
      }
    }
    // The pieces do make figures now and then: the checks above ran on real claims.
    expect(claimed).toBeGreaterThan(20);
  });
});
