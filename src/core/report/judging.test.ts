/** Judging what was read: the format from the tables' structure, cut-off tables, groups of rows in the other format, absent tables. */
import { checkReport } from "../check/engine";
import { realisticReport } from "../check/testing/fixtures";
import type { FormatId, TableId } from "../format";
import { reportFromText } from "./fromText";
import type { Report } from "./model";
import { reportText, tableBlock, type TextShape } from "./__tests__/textWriters";

function written(format: FormatId, tables: TableId[] = ["二", "三", "四"]): Report {
  const report = realisticReport({ format, year: format === "2019" ? 2020 : 2024 });
  report.tables = tables;
  return report;
}

/** The text without its title line (so that no report year tells the format). */
const untitled = (text: string) => text.split("\n").slice(1).join("\n");

describe("the format is told by the tables' structure, without a report year", () => {
  test.each<[FormatId]>([["2019"], ["2021"]])(
    "table 三 alone, laid out as in %s: （六） one row or three",
    (format) => {
      const report = reportFromText(untitled(reportText(written(format, ["三"]), "tab")), "t.txt");
      expect(report).toMatchObject({ year: null, format, tables: ["三"] });
    },
  );

  test.each<[FormatId]>([["2019"], ["2021"]])(
    "table 二 alone in the %s layout, its header lines lost (rows only)",
    (format) => {
      const text = untitled(reportText(written(format, ["二"]), "tab"))
        .split("\n")
        .filter((l) => !l.startsWith("信息内容") && !l.startsWith("第二十条"))
        .join("\n");
      const report = reportFromText(text, "t.txt");
      expect(report).toMatchObject({ year: null, format, tables: ["二"] });
    },
  );
});

describe("a 2021 table 三 whose （六）其他处理 is a single row (the 2019 way)", () => {
  const text2021 = reportText(written("2021"), "tab");
  const block2019 = tableBlock(reportText(written("2019"), "tab"), "三");
  const lines = text2021.split("\n");
  const block2021 = tableBlock(text2021, "三");
  const from = lines.indexOf(block2021[0]);
  const mixed = [...lines.slice(0, from), ...block2019, ...lines.slice(from + block2021.length)].join("\n");
  const report = reportFromText(mixed, "mixed.txt");

  test("read in the 2021 format (its year and table 二 say so), with one finding that says what is wrong", () => {
    expect(report).toMatchObject({ format: "2021", year: 2024, tables: ["二", "三", "四"] });
    const table3 = checkReport(report).filter((f) => f.table === "三");
    expect(table3.map((f) => [f.rule, f.severity])).toEqual([["F9", "error"]]);
    expect(table3[0].message).toBe(
      "表三“（六）其他处理”只写了一行（2019 年版表格的写法）；2021 年版表格此处分为 3 行：" +
        "“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”、" +
        "“2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”、“3.其他”。" +
        "这 3 行未读取、相关合计未校验，请按 2021 年版分行填写",
    );
  });

  test("no blank cells reported for the three rows, and the other rows still read", () => {
    const sixth = [...report.cells.values()].filter((c) => c.def.table === "三" && c.def.row.includes("（六）"));
    expect(sixth).toHaveLength(21);
    expect(sixth.every((c) => c.problems.includes("absent"))).toBe(true);
    expect([...report.cells.values()].filter((c) => c.problems.includes("blank"))).toEqual([]);
  });
});

describe("a text that stops inside a table: one finding saying where, no flood", () => {
  const SHAPES: TextShape[] = ["tab", "markdown", "cellPerLine", "cellPerParagraph", "pdftotext", "labelOverNumbers"];

  test.each(SHAPES.map((s) => [s] as const))("%s, cut after （三）7.属于行政执法案卷", (shape) => {
    const text = reportText(written("2021"), shape);
    const lines = text.split("\n");
    const cut = lines.findIndex((l) => l.includes("8.属于行政查"));
    const report = reportFromText(lines.slice(0, cut).join("\n"), "cut.txt");
    expect(report.tables).toEqual(["二", "三"]);
    const findings = checkReport(report);
    expect(findings.map((f) => [f.rule, f.table])).toEqual([
      ["F8", "三"],
      ["F7", "四"],
    ]);
    expect(findings[0].message).toBe(
      "表三在“（三）7.属于行政执法案卷”之后中断：其后 14 行不在输入中（页面缺失或复制不完整），这些单元格未读取，也未参与校验",
    );
    expect(findings[1].message).toBe("输入中没有表四“政府信息公开行政复议、行政诉讼情况”");
  });

  test("cut inside table 二 after 行政处罚: one finding for 二, the two tables after it named once each", () => {
    const lines = reportText(written("2021"), "tab").split("\n");
    const cut = lines.findIndex((l) => l.startsWith("行政强制"));
    const report = reportFromText(lines.slice(0, cut).join("\n"), "cut.txt");
    expect(checkReport(report).map((f) => [f.rule, f.table, f.message])).toEqual([
      [
        "F8",
        "二",
        "表二在“行政处罚”之后中断：其后 2 行不在输入中（页面缺失或复制不完整），这些单元格未读取，也未参与校验",
      ],
      ["F7", "三", "输入中没有表三“收到和处理政府信息公开申请情况”"],
      ["F7", "四", "输入中没有表四“政府信息公开行政复议、行政诉讼情况”"],
    ]);
  });

  test("table 四 in labelled rows, cut after 行政复议", () => {
    const text = [
      "某县2024年政府信息公开工作年度报告",
      ...tableBlock(reportText(written("2021"), "tab"), "三"),
      "四、政府信息公开行政复议、行政诉讼情况",
      "行政复议\t88\t18\t28\t36\t170",
    ].join("\n");
    const report = reportFromText(text, "cut4.txt");
    const findings = checkReport(report).filter((f) => f.table === "四");
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      [
        "F8",
        "表四在“行政复议”一行之后中断：其后 2 行不在输入中（页面缺失或复制不完整），这些单元格未读取，也未参与校验",
      ],
    ]);
  });

  test("a row missing inside the table (not at its end) is still an F4 of its own", () => {
    const lines = reportText(written("2021"), "tab").split("\n");
    const report = reportFromText(lines.filter((l) => !l.includes("2.重复申请")).join("\n"), "gap.txt");
    expect(report.notes.map((n) => [n.rule, n.table])).toEqual([["F4", "三"]]);
  });
});
