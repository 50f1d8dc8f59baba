import { emptyReport, setValue } from "../report/build";
import type { FormatId } from "../format";
import { checkReport } from "./engine";
import { bodyLevel, hasRuleMakingPower, ruleMakingFindings, type BodyLevel } from "./ruleMaking";

const RULES = "第二十条第（一）项/规章";
const DOCS_2021 = "第二十条第（一）项/行政规范性文件";

describe("bodyLevel: the body's level from its name", () => {
  test.each<[string, BodyLevel]>([
    ["胡集乡", "township"],
    ["胡集乡人民政府", "township"],
    ["西柳镇人民政府", "township"],
    ["西柳镇人民政府办公室", "township"],
    ["昌图县七家子镇", "township"],
    ["某民族乡人民政府", "township"],
    ["清河街道", "street"],
    ["淮安市清江浦区清河街道办事处", "street"],
    ["郸城县人民政府", "county"],
    ["郸城县", "county"],
    ["郸城县财政局", "county"],
    ["郸城县发展和改革委员会", "county"],
    ["某自治县人民政府", "county"],
    ["阿巴嘎旗人民政府", "county"],
    ["淮安市清江浦区人民政府", "district"],
    ["九原区政务服务局", "district"],
    ["天津市河西区政务服务办", "district"],
    ["某区统计局", "district"],
    ["广西壮族自治区南宁市青秀区人民政府", "district"],
    ["新乡市红旗区人民政府", "district"],
    ["淮安市人民政府", "city"],
    ["宿迁市", "city"],
    ["淮安市人民政府办公室", "city"],
    ["江苏省人民政府", "province"],
    ["广西壮族自治区人民政府", "province"],
    ["上海市人民政府办公厅", "province"],
    ["国家新闻出版署", "ministry"],
    ["教育部", "ministry"],
  ])("%s → %s", (unit, level) => {
    expect(bodyLevel(unit)).toBe(level);
  });

  test.each([
    null,
    "",
    "平潭综合实验区",
    "苏州工业园区管理委员会",
    "上海市浦东新区人民政府",
    "淮安市财政局",
    "淮安市市场监督管理局",
    "江苏省财政厅",
    "广西壮族自治区财政厅",
    "某单位",
  ])("%p: the name does not say → null (R9 not run)", (unit) => {
    expect(bodyLevel(unit)).toBeNull();
  });

  test("words that only look like levels are not taken for them: 城乡, 县域, 社区", () => {
    expect(bodyLevel("淮安市住房和城乡建设局")).toBeNull();
    expect(bodyLevel("淮安市县域经济办公室")).toBeNull();
    expect(bodyLevel("淮安市社区矫正管理局")).toBeNull();
    expect(bodyLevel("郸城县住房和城乡建设局")).toBe("county");
  });

  test("only cities, provinces and ministries make 规章", () => {
    const all: BodyLevel[] = ["township", "street", "county", "district", "city", "province", "ministry"];
    expect(all.filter(hasRuleMakingPower)).toEqual(["city", "province", "ministry"]);
  });
});

describe("R9: 规章 counts of a body without rule-making power", () => {
  const report = (unit: string | null, format: FormatId = "2021") =>
    emptyReport({ format, year: format === "2021" ? 2024 : 2020, unit });

  test("a township with 规章 制发 2: one warning naming the cell, suggesting 0", () => {
    const r = report("胡集乡");
    setValue(r, "二", RULES, "本年制发件数", 2);
    const findings = checkReport(r);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ severity: "warning", rule: "R9", table: "二", imbalance: null });
    expect(f.message).toBe("胡集乡 为乡镇，无规章制定权，规章·本年制发件数 应为 0，实为 2");
    expect(f.cells).toEqual([{ row: RULES, column: "本年制发件数", ref: null, value: 2 }]);
    expect(f.suspect).toMatchObject({ row: RULES, column: "本年制发件数", value: 2, suggested: 0 });
    expect(f.suspect?.reason).toContain("《立法法》");
    expect(f.suspect?.reason).toContain("“行政规范性文件”一行");
  });

  test("every 规章 column above 0 has its own warning (西柳-like 0 | 0 | 6 gives one)", () => {
    const r = report("某镇人民政府");
    setValue(r, "二", RULES, "现行有效件数", 6);
    expect(ruleMakingFindings(r).map((f) => f.message)).toEqual([
      "某镇人民政府 为乡镇，无规章制定权，规章·现行有效件数 应为 0，实为 6",
    ]);
    setValue(r, "二", RULES, "本年制发件数", 1);
    setValue(r, "二", RULES, "本年废止件数", 3);
    expect(ruleMakingFindings(r).map((f) => f.cells[0].column)).toEqual([
      "本年制发件数",
      "本年废止件数",
      "现行有效件数",
    ]);
  });

  test.each([
    ["清河街道办事处", "街道"],
    ["郸城县人民政府", "县级行政机关"],
    ["郸城县财政局", "县级行政机关"],
    ["淮安市清江浦区人民政府", "市辖区的行政机关"],
  ])("%s is named as %s", (unit, kind) => {
    const r = report(unit);
    setValue(r, "二", RULES, "本年制发件数", 1);
    expect(ruleMakingFindings(r).map((f) => f.message)).toEqual([
      `${unit} 为${kind}，无规章制定权，规章·本年制发件数 应为 0，实为 1`,
    ]);
  });

  test.each(["淮安市人民政府", "江苏省人民政府", "国家新闻出版署", "淮安市财政局", "平潭综合实验区", null])(
    "%p: a body that may make 规章, or of unknown level: no R9",
    (unit) => {
      const r = report(unit);
      setValue(r, "二", RULES, "本年制发件数", 1);
      setValue(r, "二", RULES, "现行有效件数", 11);
      expect(ruleMakingFindings(r)).toEqual([]);
    },
  );

  test("规章 all 0, or only 行政规范性文件 filled: no R9", () => {
    const r = report("胡集乡");
    setValue(r, "二", DOCS_2021, "本年制发件数", 4);
    setValue(r, "二", DOCS_2021, "现行有效件数", 32);
    expect(ruleMakingFindings(r)).toEqual([]);
  });

  test("the 2019 format's 规章 columns, and its row name 规范性文件 in the reason", () => {
    const r = report("雄县某乡", "2019");
    setValue(r, "二", RULES, "对外公开总数量", 7);
    const findings = ruleMakingFindings(r);
    expect(findings.map((f) => f.message)).toEqual([
      "雄县某乡 为乡镇，无规章制定权，规章·对外公开总数量 应为 0，实为 7",
    ]);
    expect(findings[0].suspect?.reason).toContain("“规范性文件”一行");
  });

  test("a blank or unreadable 规章 cell is left to R7/R8; a table 二 not found is not checked", () => {
    const r = report("胡集乡");
    Object.assign(r.cells.get(`二|${RULES}|本年制发件数`) ?? {}, { raw: "两件", value: null, problems: ["notNumber"] });
    expect(ruleMakingFindings(r)).toEqual([]);
    const without = emptyReport({ format: "2021", year: 2024, unit: "胡集乡", tables: ["三", "四"] });
    expect(ruleMakingFindings(without)).toEqual([]);
  });
});
