/** The unit-name normaliser on real names, and the matching of a county's list against the reports that came. */
import { readdirSync } from "fs";
import { describeShared, readSample, sharedPath } from "../../../test/shared";
import { reportFromText } from "./fromText";
import { checkExpectedUnits, normaliseUnit, parseUnitList, unitFromFileName, unitsFromGrid } from "./unitName";

/** Real names of bodies that report, as lists and report titles write them; each row names one body. */
const SAME_BODY: readonly (readonly string[])[] = [
  ["胡集乡", "胡集乡人民政府", "胡集乡政府", " 胡集乡人民政府 ", "郸城县胡集乡人民政府", "胡集乡人民政府办公室"],
  ["淮安市人民政府", "淮安市", "淮安市政府", "淮安市人民政府办公室"],
  ["宿迁市", "宿迁市人民政府"],
  ["平潭综合实验区", "平潭综合实验区管理委员会", "平潭综合实验区管委会"],
  ["上海市人民政府办公厅", "上海市人民政府", "上海市"],
  ["清江浦区", "淮安市清江浦区人民政府", "清江浦区政府"],
  ["新华街道", "新华街道办事处", "新华街道办"],
  ["郸城县财政局", "财政局"],
  ["城关镇", "城关镇人民政府", "郸城县城关镇"],
];
/** Pairs that are different bodies however they are written. */
const OTHER_BODIES: readonly [string, string][] = [
  ["胡集乡", "胡集镇"],
  ["胡集乡", "东胡集乡"],
  ["郸城县", "郸城县财政局"],
  ["淮安市", "宿迁市"],
  ["郸城县人民政府", "郸城县胡集乡人民政府"],
  ["城关镇", "县城关镇街道"],
  ["财政局", "税务局"],
];

describe("normaliseUnit and the list check", () => {
  test.each(SAME_BODY.map((names) => [names[0], names] as const))("%s: every way of writing it matches", (_, names) => {
    for (const listed of names) {
      for (const written of names) {
        const check = checkExpectedUnits([listed], [{ name: written, source: `${written}.docx` }]);
        expect([listed, written, check.missing, check.unexpected]).toEqual([listed, written, [], []]);
      }
    }
  });

  test.each(OTHER_BODIES)("%s and %s are different bodies", (a, b) => {
    expect(normaliseUnit(a)).not.toBe(normaliseUnit(b));
    const check = checkExpectedUnits([a], [{ name: b, source: "b.xlsx" }]);
    expect(check.missing).toEqual([a]);
    expect(check.unexpected).toEqual([{ name: b, source: "b.xlsx" }]);
  });

  test("full-width letters, spaces and quotes do not matter; a bare 人民政府 is left as it is", () => {
    expect(normaliseUnit("“胡集乡　人民政府”")).toBe("胡集乡");
    expect(normaliseUnit("ＡＢ开发区管委会")).toBe("AB开发区");
    expect(normaliseUnit("人民政府")).toBe("人民政府");
  });

  test("missing, unexpected and duplicate units; a unit listed twice counts once", () => {
    const check = checkExpectedUnits(
      ["胡集乡", "张集乡人民政府", "李集镇", "郸城县财政局", "胡集乡政府"],
      [
        { name: "胡集乡人民政府", source: "a/胡集乡.docx" },
        { name: "胡集乡", source: "b/胡集乡.xlsx" },
        { name: "财政局", source: "财政局.pdf" },
        { name: "王集乡", source: "王集乡.html" },
      ],
    );
    expect(check.missing).toEqual(["张集乡人民政府", "李集镇"]);
    expect(check.unexpected).toEqual([{ name: "王集乡", source: "王集乡.html" }]);
    expect(check.duplicates).toEqual([
      {
        unit: "胡集乡",
        reports: [
          { name: "胡集乡人民政府", source: "a/胡集乡.docx" },
          { name: "胡集乡", source: "b/胡集乡.xlsx" },
        ],
      },
    ]);
    expect(check.reported.map((r) => r.unit)).toEqual(["胡集乡", "郸城县财政局"]);
    expect(check.repeatedOnList).toEqual(["胡集乡政府"]);
  });

  test("a report that fits two listed units equally is not given to either", () => {
    const check = checkExpectedUnits(["郸城县财政局", "鹿邑县财政局"], [{ name: "财政局", source: "x.docx" }]);
    expect(check.unexpected).toHaveLength(1);
    expect(check.missing).toEqual(["郸城县财政局", "鹿邑县财政局"]);
  });

  test("lists as people write them: numbered, pasted from a sheet, with a header, blanks and comments", () => {
    const text =
      "\uFEFF序号\t单位名称\r\n1\t胡集乡\r\n2\t张集乡人民政府\n\n# 部门\n3、郸城县财政局\n（4）李集镇\n十、三河镇\n三河镇\n";
    expect(parseUnitList(text)).toEqual(["胡集乡", "张集乡人民政府", "郸城县财政局", "李集镇", "三河镇", "三河镇"]);
  });

  test("a list in a sheet: the column headed 单位名称, else the column with most text", () => {
    expect(
      unitsFromGrid([
        ["郸城县应报单位", null, null],
        ["序号", "单位名称", "联系人"],
        [1, "胡集乡", "张三"],
        [2, "李集镇", null],
        [3, null, null],
      ]),
    ).toEqual(["胡集乡", "李集镇"]);
    expect(
      unitsFromGrid([
        [1, "胡集乡"],
        [2, "李集镇"],
        [3, "张集乡"],
      ]),
    ).toEqual(["胡集乡", "李集镇", "张集乡"]);
    expect(unitsFromGrid([])).toEqual([]);
  });

  test("a unit from a file name when the report does not say it", () => {
    expect(unitFromFileName("胡集乡2024年政府信息公开工作年度报告.docx")).toBe("胡集乡");
    expect(unitFromFileName("李集镇-2024年度报告.pdf")).toBe("李集镇");
    expect(unitFromFileName("张集乡.xlsx")).toBe("张集乡");
  });
});

describeShared("the samples' units", () => {
  const samples = () =>
    readdirSync(sharedPath("samples"))
      .filter((f) => f.endsWith(".txt") && !f.startsWith("official"))
      .map((f) => ({ file: f, unit: reportFromText(readSample(f), f).unit }));

  test("every sample's unit is found on a list that writes it the usual other way", () => {
    const found = samples();
    expect(found.length).toBeGreaterThanOrEqual(10);
    const otherWay = (unit: string) =>
      /人民政府|办公厅/.test(unit) ? unit.replace(/人民政府.*$/, "") : `${unit}人民政府`;
    for (const { file, unit } of found) {
      expect([file, unit]).toEqual([file, expect.any(String)]);
      const check = checkExpectedUnits([otherWay(unit!)], [{ name: unit!, source: file }]);
      expect([file, unit, check.missing]).toEqual([file, unit, []]);
    }
  });

  test("a list of three against 胡集乡, 淮安市 and both 宿迁市 reports: 宿迁市 sent two, 张集乡 none, 淮安市 not listed", () => {
    const names = ["huji-township-2024.txt", "huaian-city-2024.txt", "suqian-city-2023.txt", "suqian-city-2024.txt"];
    const reports = names.map((f) => ({ name: reportFromText(readSample(f), f).unit!, source: f }));
    const check = checkExpectedUnits(["胡集乡人民政府", "宿迁市人民政府", "张集乡"], reports);
    expect(check.missing).toEqual(["张集乡"]);
    expect(check.unexpected).toEqual([{ name: "淮安市人民政府", source: "huaian-city-2024.txt" }]);
    expect(check.duplicates.map((d) => [d.unit, d.reports.map((r) => r.source)])).toEqual([
      ["宿迁市人民政府", ["suqian-city-2023.txt", "suqian-city-2024.txt"]],
    ]);
  });
});
