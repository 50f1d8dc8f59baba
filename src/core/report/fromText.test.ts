import { describeShared, readSample } from "../../../test/shared";
import {
  cellKey,
  FORMATS,
  RESULT_ROWS_2019,
  RESULT_ROWS_2021,
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  T3_COLUMNS,
  T3_NEW,
  T3_RESULT_TOTAL,
  T4_COLUMNS,
  type TableId,
} from "../format";
import { reportFromText, textToGrid } from "./fromText";
import type { Report } from "./model";

const v = (report: Report, table: TableId, row: string, column: string) =>
  report.cells.get(cellKey(table, row, column))?.value ?? null;

const T2 = {
  rules: "第二十条第（一）项/规章",
  docs: "第二十条第（一）项/行政规范性文件",
  permit: "第二十条第（五）项/行政许可",
  penalty: "第二十条第（六）项/行政处罚",
  coercion: "第二十条第（六）项/行政强制",
  fee: "第二十条第（八）项/行政事业性收费",
};
const DECISIONS = "本年处理决定数量";
const FEE = "本年收费金额（单位：万元）";

function resultRows(report: Report): string[] {
  return report.format === "2019" ? RESULT_ROWS_2019 : RESULT_ROWS_2021;
}

/** R1–R4 of FORMAT.md, evaluated on the values read: the names of the sums that do not hold. */
function brokenSums(report: Report): string[] {
  const broken: string[] = [];
  const t3 = (row: string, column: string) => v(report, "三", row, column) ?? 0;
  for (const column of T3_COLUMNS) {
    if (t3(T3_NEW, column) + t3(T3_CARRIED_IN, column) !== t3(T3_RESULT_TOTAL, column) + t3(T3_CARRIED_OUT, column)) {
      broken.push(`R1 ${column}`);
    }
    const results = resultRows(report).reduce((sum, row) => sum + t3(row, column), 0);
    if (results !== t3(T3_RESULT_TOTAL, column)) broken.push(`R2 ${column}`);
  }
  for (const row of FORMATS["2021"].tables["三"].rowPaths.filter((r) => report.cells.has(cellKey("三", r, "总计")))) {
    const parts = T3_COLUMNS.slice(0, 6).reduce((sum, column) => sum + t3(row, column), 0);
    if (parts !== t3(row, "总计")) broken.push(`R3 ${row}`);
  }
  for (let g = 0; g < 3; g += 1) {
    const cols = T4_COLUMNS.slice(g * 5, g * 5 + 5).map((c) => v(report, "四", "", c) ?? 0);
    if (cols[0] + cols[1] + cols[2] + cols[3] !== cols[4]) broken.push(`R4 ${g}`);
  }
  return broken;
}

function carriedOver(previous: Report, current: Report): boolean {
  return T3_COLUMNS.every((c) => v(current, "三", T3_CARRIED_IN, c) === v(previous, "三", T3_CARRIED_OUT, c));
}

function stockHolds(previous: Report, current: Report): boolean {
  const stock = (r: Report, column: string) => v(r, "二", T2.docs, column) ?? 0;
  return (
    stock(previous, "现行有效件数") + stock(current, "本年制发件数") - stock(current, "本年废止件数") ===
    stock(current, "现行有效件数")
  );
}

describeShared("published text: the seed report (胡集乡 2024)", () => {
  const report = reportFromText(readSample("huji-township-2024.txt"), "huji-township-2024.txt");

  test("year, unit, format and tables", () => {
    expect(report).toMatchObject({ source: "huji-township-2024.txt", format: "2021", year: 2024, unit: "胡集乡" });
    expect(report.tables).toEqual(["二", "三", "四"]);
    expect(report.notes).toEqual([]);
  });

  test("all 200 cells read as 0, without problems and without refs (shifted rows included)", () => {
    expect(report.cells.size).toBe(200);
    const odd = [...report.cells.values()].filter((c) => c.value !== 0 || c.problems.length > 0 || c.ref !== null);
    expect(odd).toEqual([]);
    expect(brokenSums(report)).toEqual([]);
  });

  test("the prose keeps the text outside the tables", () => {
    expect(report.prose).toContain("2024 年我乡收到依申请公开事项 0 条");
    expect(report.prose).toContain("本年度我单位未收取信息处理费");
    expect(report.prose).not.toContain("信息内容");
    expect(report.prose).not.toContain("结果 维持");
    expect(report.prose).not.toContain("属于国家秘密");
  });
});

describeShared("published text: 淮安 2024 from pdftotext -layout and normalised", () => {
  const raw = reportFromText(readSample("huaian-city-2024-raw-pdftotext.txt"), "raw");
  const normalised = reportFromText(readSample("huaian-city-2024.txt"), "normalised");

  test.each([
    ["raw", raw],
    ["normalised", normalised],
  ])("%s: known values", (_name, report) => {
    expect(report).toMatchObject({ format: "2021", year: 2024, unit: "淮安市人民政府" });
    expect(report.tables).toEqual(["二", "三", "四"]);
    expect(report.notes).toEqual([]);
    expect(v(report, "三", T3_NEW, "总计")).toBe(3119);
    expect(v(report, "三", T3_CARRIED_IN, "总计")).toBe(34);
    expect(v(report, "三", T3_RESULT_TOTAL, "总计")).toBe(3050);
    expect(v(report, "三", T3_CARRIED_OUT, "总计")).toBe(103);
    expect(v(report, "二", T2.permit, DECISIONS)).toBe(447228);
    expect(v(report, "二", T2.penalty, DECISIONS)).toBe(3985758);
    expect(v(report, "二", T2.coercion, DECISIONS)).toBe(88283);
    expect(v(report, "二", T2.fee, FEE)).toBe(96171.6);
    expect(v(report, "二", T2.rules, "现行有效件数")).toBe(11);
    expect(T4_COLUMNS.slice(0, 5).map((c) => v(report, "四", "", c))).toEqual([72, 64, 178, 37, 351]);
    expect(T4_COLUMNS.slice(5).map((c) => v(report, "四", "", c))).toEqual([13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
    expect(brokenSums(report)).toEqual([]);
  });

  test("the raw and the normalised text agree on every cell", () => {
    expect(raw.cells.size).toBe(200);
    expect(normalised.cells.size).toBe(200);
    const differ = [...raw.cells.entries()]
      .filter(([key, cell]) => {
        const other = normalised.cells.get(key);
        return !other || other.value !== cell.value || other.problems.join() !== cell.problems.join();
      })
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });

  test("pdftotext prose: narrative kept, page footers and tables left out", () => {
    expect(raw.prose).toContain("全市共受理政府信息公开申请 3119 件");
    expect(raw.prose).toContain("全年收取政府信息公开信息处理费 3940 元");
    expect(raw.prose).not.toMatch(/^\s*-\d+-\s*$/m);
    expect(raw.prose).not.toContain("447228");
    expect(raw.prose).not.toContain("属于国家秘密");
  });
});

describeShared("published text: 上海市人民政府办公厅 2019 (2019 format, blank cells)", () => {
  const report = reportFromText(readSample("shanghai-govoffice-2019-format2019.txt"), "shanghai");

  test("2019 format, year and unit (the year stands before the unit in its title)", () => {
    expect(report).toMatchObject({ format: "2019", year: 2019, unit: "上海市人民政府办公厅" });
    expect(report.tables).toEqual(["二", "三", "四"]);
    expect(report.notes).toEqual([]);
  });

  test("the 总计 column is blank wherever the file leaves it empty (19 rows of 三, in the 2019 layout)", () => {
    const blanks = FORMATS["2019"].tables["三"].rowPaths.filter((row) =>
      report.cells.get(cellKey("三", row, "总计"))?.problems.includes("blank"),
    );
    // Counted independently from the file: lines of block 三 whose 8th field (总计) is empty.
    const text = readSample("shanghai-govoffice-2019-format2019.txt");
    const block = text.slice(text.indexOf("\n三、"), text.indexOf("\n四、政府"));
    const emptyInFile = block.split("\n").filter((line) => line.split("\t").length === 8 && line.split("\t")[7] === "");
    expect(blanks).toHaveLength(emptyInFile.length);
    expect(blanks).toHaveLength(19);
    expect(blanks).not.toContain(T3_NEW);
    expect(blanks).not.toContain(T3_RESULT_TOTAL);
    expect(v(report, "三", T3_NEW, "总计")).toBe(859);
    expect(v(report, "三", T3_RESULT_TOTAL, "总计")).toBe(805);
    expect(v(report, "三", T3_CARRIED_OUT, "总计")).toBe(72);
    expect(v(report, "三", T3_NEW, "自然人")).toBe(821);
  });

  test("table 二 in the 2019 layout, with 采购总金额 written with its unit", () => {
    expect(v(report, "二", "第二十条第（一）项/规章", "对外公开总数量")).toBe(524);
    expect(v(report, "二", "第二十条第（一）项/规范性文件", "本年新制作数量")).toBe(60);
    expect(v(report, "二", "第二十条第（九）项/政府集中采购", "采购项目数量")).toBe(6);
    expect(report.cells.get(cellKey("二", "第二十条第（九）项/政府集中采购", "采购总金额"))).toMatchObject({
      raw: "251000元",
      value: 25.1,
      problems: ["withUnit"],
    });
  });

  test("table 四 from labelled rows, blanks kept", () => {
    expect(T4_COLUMNS.map((c) => v(report, "四", "", c))).toEqual([
      5,
      null,
      null,
      2,
      7,
      8,
      null,
      null,
      1,
      9,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describeShared("published text: 平潭 2019–2025 and 宿迁 2023–2024 (normalised)", () => {
  const read = (name: string) => reportFromText(readSample(name), name);
  const pingtan = [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year) =>
    read(year <= 2020 ? `pingtan-${year}-format2019.txt` : `pingtan-${year}.txt`),
  );
  const suqian = [read("suqian-city-2023.txt"), read("suqian-city-2024.txt")];

  test("years, units and formats", () => {
    expect(pingtan.map((r) => [r.year, r.unit, r.format])).toEqual([
      [2019, "平潭综合实验区", "2019"],
      [2020, "平潭综合实验区", "2019"],
      [2021, "平潭综合实验区", "2021"],
      [2022, "平潭综合实验区", "2021"],
      [2023, "平潭综合实验区", "2021"],
      [2024, "平潭综合实验区", "2021"],
      [2025, "平潭综合实验区", "2021"],
    ]);
    expect(suqian.map((r) => [r.year, r.unit, r.format])).toEqual([
      [2023, "宿迁市", "2021"],
      [2024, "宿迁市", "2021"],
    ]);
    // 平潭 2019/2020 have no table 二 in table form: named once, as the input lacks it.
    for (const report of [...pingtan.slice(2), ...suqian]) expect(report.notes).toEqual([]);
    for (const report of pingtan.slice(0, 2)) {
      expect(report.notes.map((n) => [n.rule, n.severity, n.table, n.message])).toEqual([
        ["F7", "error", "二", "输入中没有表二“主动公开政府信息情况”"],
      ]);
    }
  });

  test("平潭 2019/2020 table 二 is not in table form (cells ran together): only 三 and 四 are read", () => {
    expect(pingtan[0].tables).toEqual(["三", "四"]);
    expect(pingtan[1].tables).toEqual(["三", "四"]);
    for (const report of [...pingtan.slice(2), ...suqian]) expect(report.tables).toEqual(["二", "三", "四"]);
  });

  test("平潭 2020: （七）总计 says 20 / 21 while its result rows add up to 26 / 27", () => {
    const report = pingtan[1];
    expect(v(report, "三", T3_RESULT_TOTAL, "自然人")).toBe(20);
    expect(v(report, "三", T3_RESULT_TOTAL, "总计")).toBe(21);
    const sum = (column: string) => RESULT_ROWS_2019.reduce((s, row) => s + (v(report, "三", row, column) ?? 0), 0);
    expect(sum("自然人")).toBe(26);
    expect(sum("总计")).toBe(27);
    expect(v(report, "三", `三、本年度办理结果/（六）其他处理`, "总计")).toBe(4);
    expect(brokenSums(report)).toEqual(["R2 自然人", "R2 总计"]);
  });

  test("known values of 宿迁 and 平潭", () => {
    expect(v(suqian[0], "二", T2.fee, FEE)).toBe(59237.2449);
    expect(v(suqian[1], "二", T2.fee, FEE)).toBe(72701.2578);
    expect(v(suqian[0], "二", T2.permit, DECISIONS)).toBe(1808595);
    expect(v(suqian[1], "三", T3_RESULT_TOTAL, "总计")).toBe(3521);
    expect(v(pingtan[2], "二", T2.fee, FEE)).toBe(24252.311082);
    expect(v(pingtan[3], "四", "", "行政复议/总计")).toBe(2);
    expect(v(pingtan[6], "三", T3_CARRIED_OUT, "总计")).toBe(6);
  });

  test("R5 holds for every consecutive pair (README)", () => {
    expect(carriedOver(suqian[0], suqian[1])).toBe(true);
    for (let i = 1; i < pingtan.length; i += 1) expect(carriedOver(pingtan[i - 1], pingtan[i])).toBe(true);
  });

  test("R6 holds for 宿迁 2023→2024 and 平潭 2021→2022, and fails for 平潭 2022→2023, 2023→2024, 2024→2025", () => {
    expect(stockHolds(suqian[0], suqian[1])).toBe(true);
    expect([3, 4, 5, 6].map((i) => stockHolds(pingtan[i - 1], pingtan[i]))).toEqual([true, false, false, false]);
  });
});

describeShared("shared files that are no report", () => {
  test.each([
    "official-format-2021.txt",
    "official-format-2019.txt",
    "official-template-2021-layout.txt",
    "pages-partial-excerpts.md",
  ])("%s: no table, one F2 note", (name) => {
    const report = reportFromText(readSample(name), name);
    expect(report.tables).toEqual([]);
    expect(report.format).toBeNull();
    expect(report.notes.map((n) => [n.rule, n.severity])).toEqual([["F2", "error"]]);
  });
});

describe("text written by hand", () => {
  const table3 = (rows: string[][]) => rows.map((r) => r.join("\t")).join("\n");

  test("tab-separated tables with placeholders, full-width digits and a missing row", () => {
    const rows = FORMATS["2021"].tables["三"].rowPaths
      .filter((row) => !row.endsWith("2.重复申请"))
      .map((row) => [row.split("/").slice(-1)[0], "0", "0", "0", "0", "0", "0", "0"]);
    rows[0] = ["一、本年新收政府信息公开申请数量", "１２", "/", "—", "无", "", "1,234", "#N/A"];
    const text = `某局2023年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n${table3(rows)}\n`;
    const report = reportFromText(text, "typed.txt");
    expect(report).toMatchObject({ year: 2023, unit: "某局", format: "2021" });
    expect(report.tables).toEqual(["三"]);
    const first = T3_COLUMNS.map((c) => report.cells.get(cellKey("三", T3_NEW, c)));
    expect(first.map((c) => c?.problems)).toEqual([
      ["fullWidth"],
      ["placeholder"],
      ["placeholder"],
      ["placeholder"],
      ["blank"],
      [],
      ["errorValue"],
    ]);
    expect(first.map((c) => c?.value)).toEqual([12, null, null, null, null, 1234, null]);
    expect(report.notes.map((n) => [n.rule, n.severity, n.table])).toEqual([
      ["F4", "error", "三"],
      ["F7", "error", "二"],
      ["F7", "error", "四"],
    ]);
    expect(report.notes[0].message).toContain("2.重复申请");
    expect(report.prose).toBe("某局2023年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况");
  });

  test("a 2019-format table 二 in a 2022 report: F1", () => {
    const text = [
      "某镇 2022 年度政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
      "规章\t0\t0\t0",
      "规范性文件\t2\t2\t9",
      "第二十条第（五）项",
      "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
      "行政许可\t10\t-2\t30",
      "其他对外管理服务事项\t0\t0\t0",
      "第二十条第（六）项",
      "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
      "行政处罚\t5\t-18\t7",
      "行政强制\t0\t0\t0",
      "第二十条第（八）项",
      "信息内容\t上一年项目数量\t本年增/减",
      "行政事业性收费\t3\t0",
      "第二十条第（九）项",
      "信息内容\t采购项目数量\t采购总金额",
      "政府集中采购\t2\t12.5",
    ].join("\n");
    const report = reportFromText(text, "x");
    expect(report).toMatchObject({ format: "2019", year: 2022, unit: "某镇" });
    expect(report.notes.map((n) => [n.rule, n.table])).toEqual([
      ["F1", null],
      ["F7", "三"],
      ["F7", "四"],
    ]);
    expect(report.notes[0].message).toBe(
      "2022 年度报告应使用 2021 年版表格格式（国办公开办函〔2021〕30号），但本报告的表格是 2019 年版格式" +
        "（国办公开办函〔2019〕60号）；已按 2019 年版格式读取，请改用 2021 年版格式。",
    );
    expect(report.cells.get(cellKey("二", "第二十条第（六）项/行政处罚", "本年增/减"))).toMatchObject({
      value: -18,
      problems: [],
    });
    expect(v(report, "二", "第二十条第（九）项/政府集中采购", "采购总金额")).toBe(12.5);
  });

  test("text without any table: one F2 note, the text kept as prose", () => {
    const report = reportFromText("某乡2024年政府信息公开工作年度报告\n本年度未收到申请。", "p.txt");
    expect(report).toMatchObject({ tables: [], format: null, year: 2024, unit: "某乡" });
    expect(report.notes).toMatchObject([{ rule: "F2", severity: "error", ref: null }]);
    expect(report.prose).toContain("本年度未收到申请。");
  });

  test("textToGrid: tab lines keep blank cells; space-separated lines split numbers off their labels", () => {
    const { grid, looseRows } = textToGrid("a\t\t1\n（七）总计 2932   53 0\n-3-\n", "t");
    expect(grid.values).toEqual([
      ["a", null, 1, null],
      ["（七）总计", 2932, 53, 0],
    ]);
    expect([...looseRows]).toEqual([1]);
  });
});
