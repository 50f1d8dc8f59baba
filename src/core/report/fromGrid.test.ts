import { allDataCells, cellKey, FORMATS, type FormatId, type PlacedDataCell, type TableId } from "../format";
import type { CellScalar, NamedRange } from "../grid";
import { distinct, SheetBuilder, template, workbook } from "./__tests__/grids";
import { reportsFromGrid } from "./fromGrid";
import type { Report } from "./model";
import { reportGridValues } from "./toGrid";

function expectValues(report: Report, formatId: FormatId, valueOf: (cell: PlacedDataCell, i: number) => CellScalar) {
  expect(report.cells.size).toBe(allDataCells(FORMATS[formatId], report.tables).length);
  const wrong = report.tables
    .flatMap((table) =>
      FORMATS[formatId].tables[table].dataCells.map((cell, i) => ({
        key: cellKey(cell.table, cell.row, cell.column),
        want: valueOf(cell, i),
      })),
    )
    .filter(({ key, want }) => report.cells.get(key)?.raw !== want);
  expect(wrong).toEqual([]);
}

/** Index of a data cell within its own table (as `distinct` numbers it). */
function indexInTable(formatId: FormatId, table: TableId, row: string, column: string): number {
  return FORMATS[formatId].tables[table].dataCells.findIndex((d) => d.row === row && d.column === column);
}

describe("reading tables inserted by the add-in (by workbook names)", () => {
  test("reads every cell by position, with refs, title, year, unit and formulas", () => {
    const t = template({ formatId: "2021", year: 2024, unit: "胡集乡", valueOf: distinct });
    const total = FORMATS["2021"].tables["三"].dataCells.find((d) => d.row.endsWith("（七）总计"));
    const box3 = t.boxes["三"];
    const totalRow = box3.top + (total?.r ?? 0);
    const totalCol = box3.left + (total?.c ?? 0);
    t.sheet.set(
      totalRow,
      totalCol,
      2000 + (total ? indexInTable("2021", "三", total.row, total.column) : 0),
      "=SUM(D6:D26)",
    );
    const reports = reportsFromGrid(workbook([t.sheet], t.names));
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report).toMatchObject({ source: "2024年报表", format: "2021", year: 2024, unit: "胡集乡" });
    expect(report.tables).toEqual(["二", "三", "四"]);
    expect(report.notes).toEqual([]);
    expectValues(report, "2021", distinct);
    for (const placed of t.layout.tables) {
      for (const g of reportGridValues(placed, FORMATS["2021"], report)) {
        const cell = report.cells.get(cellKey(g.cell.table, g.cell.row, g.cell.column));
        expect(cell?.ref).toEqual({ sheet: "2024年报表", row: g.row, col: g.col });
        expect(g.value).toBe(cell?.value);
      }
    }
    const formulaCell = [...report.cells.values()].find((c) => c.formula);
    expect(formulaCell?.formula).toBe("=SUM(D6:D26)");
    expect(formulaCell?.def.row).toBe("三、本年度办理结果/（七）总计");
    expect(formulaCell?.ref).toEqual({ sheet: "2024年报表", row: totalRow, col: totalCol });
  });

  test("a table moved elsewhere on the sheet is read where its name now points", () => {
    const t = template({ formatId: "2021", year: 2024, unit: "胡集乡", startRow: 7, dCol: 3, valueOf: distinct });
    const [report] = reportsFromGrid(workbook([t.sheet], t.names));
    expectValues(report, "2021", distinct);
    const first = report.cells.get(cellKey("三", "一、本年新收政府信息公开申请数量", "自然人"));
    expect(first?.ref).toEqual({ sheet: "2024年报表", row: t.boxes["三"].top + 3, col: 3 + 3 });
    expect(report.notes).toEqual([]);
  });

  test("rows inserted above the tables move the names with them", () => {
    const t = template({ formatId: "2021", year: 2024, unit: "胡集乡", valueOf: distinct });
    t.sheet.insertRows(0, 4);
    const names = t.names.map((n) => ({ ...n, box: { ...n.box, top: n.box.top + 4 } }));
    const [report] = reportsFromGrid(workbook([t.sheet], names));
    expectValues(report, "2021", distinct);
    expect(report.year).toBe(2024);
    const carried = report.cells.get(cellKey("三", "四、结转下年度继续办理", "总计"));
    expect(carried?.ref?.row).toBe(t.boxes["三"].top + 4 + 27);
    expect(report.notes).toEqual([]);
  });

  test("rows inserted inside a table: read by labels within the name's box, with an F5 note", () => {
    const t = template({ formatId: "2021", year: 2024, unit: "胡集乡", valueOf: distinct });
    const box = t.boxes["三"];
    const at = box.top + 15; // before （四）无法提供/1.
    t.sheet.insertRows(at, 2);
    const names: NamedRange[] = t.names.map((n) => {
      if (n.box.top > at) return { ...n, box: { ...n.box, top: n.box.top + 2 } };
      if (n.box.top <= at && n.box.top + n.box.rows > at) return { ...n, box: { ...n.box, rows: n.box.rows + 2 } };
      return n;
    });
    const [report] = reportsFromGrid(workbook([t.sheet], names));
    expectValues(report, "2021", distinct);
    expect(report.notes.map((n) => n.rule)).toEqual(["F5"]);
    expect(report.notes[0].message).toContain("DT_2024_T3");
    const moved = report.cells.get(
      cellKey("三", "三、本年度办理结果/（四）无法提供/1.本机关不掌握相关政府信息", "自然人"),
    );
    expect(moved?.ref).toEqual({ sheet: "2024年报表", row: at + 2, col: 3 });
  });

  test("a row with numbers inserted inside a named table is left out with an F4 warning", () => {
    const t = template({ formatId: "2021", year: 2024, unit: "胡集乡", valueOf: distinct });
    const box = t.boxes["三"];
    const at = box.top + 5; // after （一）予以公开
    t.sheet.insertRows(at, 1);
    t.sheet.rows(at, 2, [["其中：网上申请", 9, 9, 9, 9, 9, 9, 9]]);
    const names = t.names.map((n) =>
      n.box.top > at
        ? { ...n, box: { ...n.box, top: n.box.top + 1 } }
        : n.box.top + n.box.rows > at
          ? { ...n, box: { ...n.box, rows: n.box.rows + 1 } }
          : n,
    );
    const [report] = reportsFromGrid(workbook([t.sheet], names));
    expectValues(report, "2021", distinct);
    expect(report.notes.map((n) => [n.rule, n.severity])).toEqual([
      ["F5", "warning"],
      ["F4", "warning"],
    ]);
    expect(report.notes[1].message).toContain("其中：网上申请");
    expect(report.notes[1].ref).toEqual({ sheet: "2024年报表", row: at, col: 2 });
  });

  test("two sets of names on one sheet (DT_2024 and DT_2024_2) are two reports", () => {
    const sheet = new SheetBuilder("2024年报表");
    const a = template({ formatId: "2021", year: 2024, unit: "甲", sheet, valueOf: distinct });
    const b = template({
      formatId: "2021",
      year: 2024,
      unit: "乙",
      sheet,
      prefix: "DT_2024_2",
      startRow: 100,
      valueOf: (c, i) => 7 + distinct(c, i),
    });
    const reports = reportsFromGrid(workbook([sheet], [...a.names, ...b.names]));
    expect(reports.map((r) => r.unit)).toEqual(["甲", "乙"]);
    expectValues(reports[0], "2021", distinct);
    expectValues(reports[1], "2021", (c, i) => 7 + distinct(c, i));
  });

  test("a label changed inside a named table becomes an F3 note; values are still read by position", () => {
    const t = template({ formatId: "2021", year: 2024, unit: "胡集乡", valueOf: distinct });
    const box = t.boxes["三"];
    t.sheet.set(box.top + 1, box.left + 3, "个人");
    t.sheet.set(box.top + 2, box.left + 4, "商业 企业");
    const [report] = reportsFromGrid(workbook([t.sheet], t.names));
    expectValues(report, "2021", distinct);
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]).toMatchObject({
      rule: "F3",
      severity: "warning",
      table: "三",
      ref: { sheet: "2024年报表", row: box.top + 1, col: box.left + 3 },
    });
    expect(report.notes[0].message).toContain("个人");
    expect(report.notes[0].message).toContain("自然人");
  });

  test("values as users write them carry their problems", () => {
    const t = template({ formatId: "2021", year: 2024, unit: "胡集乡", valueOf: () => 0 });
    const box = t.boxes["三"];
    const bad: CellScalar[] = ["/", "１２", "12", "#REF!", true, null, -1];
    bad.forEach((v, i) => t.sheet.set(box.top + 3, box.left + 3 + i, v));
    t.sheet.set(box.top + 4, box.left + 3, 1.5);
    const [report] = reportsFromGrid(workbook([t.sheet], t.names));
    const row = (path: string) =>
      FORMATS["2021"].tables["三"].columnPaths.map((column) => report.cells.get(cellKey("三", path, column)));
    expect(row("一、本年新收政府信息公开申请数量").map((c) => c?.problems)).toEqual([
      ["placeholder"],
      ["fullWidth"],
      ["numberAsText"],
      ["errorValue"],
      ["notNumber"],
      ["blank"],
      ["negative"],
    ]);
    expect(row("一、本年新收政府信息公开申请数量").map((c) => c?.value)).toEqual([null, 12, 12, null, null, null, -1]);
    expect(row("二、上年结转政府信息公开申请数量")[0]?.problems).toEqual(["fraction"]);
  });

  test("a 2019 layout named for 2022 is read as 2019 with an F1 note", () => {
    const t = template({ formatId: "2019", year: 2022, unit: "螅镇", prefix: "DT_2022", valueOf: distinct });
    const [report] = reportsFromGrid(workbook([t.sheet], t.names));
    expect(report.format).toBe("2019");
    expect(report.year).toBe(2022);
    expectValues(report, "2019", distinct);
    expect(report.notes.map((n) => n.rule)).toEqual(["F1"]);
  });
});

/** Writes a table 三 by hand, the way users type or paste it: variants, typos, shifts and merges. */
function handTypedSheet(name: string, top: number, left: number, value: (row: number, col: number) => number) {
  const s = new SheetBuilder(name);
  s.set(top, left, "胡集乡 2024 年政府信息公开工作年度报告");
  // Table 二, with half-width brackets, a typo in a header, text and full-width numbers.
  const t2: (CellScalar | undefined)[][] = [
    ["二、主动公开政府信息情况"],
    ["第二十条第(一)项"],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件"],
    ["规章", value(0, 0), value(0, 1), value(0, 2)],
    ["行政规范性文件", value(1, 0), String(value(1, 1)), "１２"],
    ["第二十条第(五)项"],
    ["信息内容", "本年处理决定数量"],
    ["行政许可", 447228],
    ["第二十条第(六)项"],
    ["信息内容", "本年处理决定数量"],
    ["行政处罚", 3985758],
    ["行政强制", "/"],
    ["第二十条第(八)项"],
    ["信息内容", "本年收费金额(单位:万元)"],
    ["行政事业性收费", 96171.6],
  ];
  s.rows(top + 2, left, t2);
  s.merge(top + 3, left, 1, 4);
  s.merge(top + 9, left + 1, 1, 3);
  // Table 三, starting lower.
  const t3 = top + 20;
  s.set(t3 - 1, left, "三、收到和处理政府信息公开申请情况");
  s.set(t3, left, "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)").merge(t3, left, 3, 3);
  s.set(t3, left + 3, "申请人情况").merge(t3, left + 3, 1, 7);
  s.rows(t3 + 1, left + 3, [["自然人", "法人或其他组织", undefined, undefined, undefined, undefined, "总计"]]);
  s.rows(t3 + 2, left + 4, [["商业 企业", "科研 机构", "社会公益组织", "法律服务机构", "其他"]]);
  const rows = FORMATS["2021"].tables["三"].rowPaths;
  const variant = (label: string) =>
    label
      .replace(/（/g, "(")
      .replace(/）/g, ") ")
      .replace(/^(\d)\./, "$1、")
      .replace(/，/g, ", ")
      .replace(/“|”/g, '"');
  let r = t3 + 3;
  const dataRow = (row: number, first: number, index: number) =>
    s.rows(row, first, [Array.from({ length: 7 }, (_, j) => value(10 + index, j))]);
  rows.forEach((path, index) => {
    const parts = path.split("/");
    const leaf = parts[parts.length - 1];
    if (index === 2) s.set(r, left, "三、本年度办理结果").merge(r, left, 22, 1);
    if (leaf === "3.其他" || leaf === "（七）总计") {
      // The seed report's shift: label one column further left, numbers one column left.
      s.set(r, left, variant(leaf));
      dataRow(r, left + 2, index);
    } else if (parts.length === 1) {
      s.set(r, left, variant(leaf)).merge(r, left, 1, 3);
      dataRow(r, left + 3, index);
    } else if (parts.length === 2) {
      s.set(r, left + 1, variant(leaf)).merge(r, left + 1, 1, 2);
      dataRow(r, left + 3, index);
    } else {
      const [, group] = parts;
      const first = rows.findIndex((p) => p.split("/")[1] === group);
      const size = rows.filter((p) => p.split("/")[1] === group).length;
      if (first === index) s.set(r, left + 1, variant(group)).merge(r, left + 1, size, 1);
      s.set(r, left + 2, index % 2 === 0 ? variant(leaf) : leaf.replace(".", ". "));
      dataRow(r, left + 3, index);
    }
    r += 1;
  });
  // Table 四 with the 行政法复议 typo.
  const t4 = r + 2;
  s.set(t4 - 1, left, "四、政府信息公开行政复议、行政诉讼情况");
  s.set(t4, left, "行政法复议").merge(t4, left, 1, 5);
  s.set(t4, left + 5, "行政诉讼").merge(t4, left + 5, 1, 10);
  s.rows(t4 + 1, left, [["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计", "未经复议直接起诉"]]);
  s.set(t4 + 1, left + 10, "复议后起诉");
  const results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  s.rows(t4 + 2, left + 5, [[...results, ...results]]);
  s.rows(t4 + 3, left, [Array.from({ length: 15 }, (_, j) => value(50, j))]);
  return { sheet: s, t3, t4 };
}

describe("reading tables typed or pasted by hand (by labels)", () => {
  const value = (row: number, col: number) => row * 10 + col + 1;

  test("a table at an offset with variants, typos, shifted columns and merged labels", () => {
    const top = 4;
    const left = 2;
    const { sheet, t3, t4 } = handTypedSheet("Sheet1", top, left, value);
    const reports = reportsFromGrid(workbook([sheet]));
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report).toMatchObject({ source: "Sheet1", format: "2021", year: 2024, unit: "胡集乡" });
    expect(report.tables).toEqual(["二", "三", "四"]);

    const get = (table: TableId, row: string, column: string) => report.cells.get(cellKey(table, row, column));
    expect(get("二", "第二十条第（一）项/规章", "现行有效件数")?.value).toBe(3);
    expect(get("二", "第二十条第（一）项/行政规范性文件", "本年废止件数")).toMatchObject({
      value: 12,
      problems: ["numberAsText"],
    });
    expect(get("二", "第二十条第（一）项/行政规范性文件", "现行有效件数")).toMatchObject({
      value: 12,
      problems: ["fullWidth"],
    });
    expect(get("二", "第二十条第（五）项/行政许可", "本年处理决定数量")?.value).toBe(447228);
    expect(get("二", "第二十条第（六）项/行政处罚", "本年处理决定数量")?.value).toBe(3985758);
    expect(get("二", "第二十条第（六）项/行政强制", "本年处理决定数量")?.problems).toEqual(["placeholder"]);
    expect(get("二", "第二十条第（八）项/行政事业性收费", "本年收费金额（单位：万元）")?.value).toBe(96171.6);

    const rows = FORMATS["2021"].tables["三"].rowPaths;
    const columns = FORMATS["2021"].tables["三"].columnPaths;
    const wrong: string[] = [];
    rows.forEach((row, index) =>
      columns.forEach((column, j) => {
        if (get("三", row, column)?.value !== value(10 + index, j)) wrong.push(`${row} ${column}`);
      }),
    );
    expect(wrong).toEqual([]);
    // The shifted （七）总计 row: 自然人 one column left of the header.
    expect(get("三", "三、本年度办理结果/（七）总计", "自然人")?.ref).toEqual({
      sheet: "Sheet1",
      row: t3 + 3 + 23,
      col: left + 2,
    });
    expect(get("三", "四、结转下年度继续办理", "自然人")?.ref).toEqual({
      sheet: "Sheet1",
      row: t3 + 3 + 24,
      col: left + 3,
    });

    const t4Values = FORMATS["2021"].tables["四"].columnPaths.map((column) => get("四", "", column)?.value);
    expect(t4Values).toEqual(Array.from({ length: 15 }, (_, j) => value(50, j)));
    expect(get("四", "", "行政复议/结果维持")?.ref).toEqual({ sheet: "Sheet1", row: t4 + 3, col: left });

    // Typos are told, variants are not.
    expect(report.notes.map((n) => `${n.rule} ${n.message}`)).toEqual([
      "F3 表二中“现行有效件”应为“现行有效件数”",
      "F3 表四中“行政法复议”应为“行政复议”",
    ]);
  });

  test("two reports on one sheet, one above the other, each with its own title", () => {
    const sheet = new SheetBuilder("汇总");
    template({ formatId: "2021", year: 2023, unit: "甲镇", sheet, valueOf: distinct });
    template({
      formatId: "2021",
      year: 2024,
      unit: "乙镇",
      sheet,
      startRow: 90,
      valueOf: (c, i) => 5 + distinct(c, i),
    });
    const reports = reportsFromGrid(workbook([sheet]));
    expect(reports.map((r) => [r.year, r.unit, r.format, r.tables.join("")])).toEqual([
      [2023, "甲镇", "2021", "二三四"],
      [2024, "乙镇", "2021", "二三四"],
    ]);
    expectValues(reports[0], "2021", distinct);
    expectValues(reports[1], "2021", (c, i) => 5 + distinct(c, i));
    expect(reports.flatMap((r) => r.notes)).toEqual([]);
  });

  test("reports on several sheets: one inserted by the add-in, one typed by hand", () => {
    const named = template({ formatId: "2021", year: 2024, unit: "胡集乡", valueOf: distinct });
    const { sheet: typed } = handTypedSheet("2023年", 0, 0, (r, c) => r + c);
    typed.set(0, 0, "胡集乡2023年度政府信息公开工作年度报告");
    const reports = reportsFromGrid(workbook([typed, named.sheet], named.names));
    expect(reports.map((r) => [r.source, r.year, r.tables.join("")])).toEqual([
      ["2023年", 2023, "二三四"],
      ["2024年报表", 2024, "二三四"],
    ]);
    expectValues(reports[1], "2021", distinct);
  });

  test("a 2019 layout in a 2022 report: F1 in Chinese, read as 2019", () => {
    const t = template({ formatId: "2019", year: 2022, unit: "螅镇", valueOf: distinct });
    t.sheet.set(t.layout.title.row, 0, "螅镇2022年度政府信息公开工作年度报告");
    const [report] = reportsFromGrid(workbook([t.sheet])); // no names: found by labels
    expect(report.format).toBe("2019");
    expect(report.year).toBe(2022);
    expectValues(report, "2019", distinct);
    expect(report.cells.get(cellKey("三", "三、本年度办理结果/（六）其他处理", "总计"))).toBeDefined();
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]).toMatchObject({ rule: "F1", severity: "warning" });
    expect(report.notes[0].message).toContain("2022 年度报告应使用 2021 年版表格格式");
    expect(report.notes[0].message).toContain("2019 年版格式");
  });

  test("a 2019 layout in a 2020 report is right: no note", () => {
    const t = template({ formatId: "2019", year: 2020, unit: "某镇", valueOf: distinct });
    const [report] = reportsFromGrid(workbook([t.sheet]));
    expect(report.format).toBe("2019");
    expect(report.notes).toEqual([]);
    expectValues(report, "2019", distinct);
  });

  test("a 2021 layout without title or names takes the year from the sheet name", () => {
    const t = template({ formatId: "2021", year: 2025, unit: "某镇", valueOf: distinct });
    t.sheet.set(t.layout.title.row, 0, null);
    const [report] = reportsFromGrid(workbook([t.sheet]));
    expect(report).toMatchObject({ year: 2025, unit: null, format: "2021" });
  });

  test("only some tables present: the report lists what was found", () => {
    const t = template({ formatId: "2021", year: 2024, unit: "某局", tables: ["三"], valueOf: distinct });
    const [report] = reportsFromGrid(workbook([t.sheet]));
    expect(report.tables).toEqual(["三"]);
    expect(report.cells.size).toBe(175);
    expect(report.notes).toEqual([]);
  });

  test("a missing row leaves its cells blank with an F4 note", () => {
    const t = template({ formatId: "2021", year: 2024, unit: "某局", tables: ["三"], valueOf: distinct });
    const box = t.boxes["三"];
    for (let c = 0; c < 10; c += 1) t.sheet.set(box.top + 9, c, null); // （三）3. row emptied
    const [report] = reportsFromGrid(workbook([t.sheet]));
    const cell = report.cells.get(cellKey("三", "三、本年度办理结果/（三）不予公开/3.危及“三安全一稳定”", "自然人"));
    expect(cell).toMatchObject({ raw: null, value: null, problems: ["blank"], ref: null });
    expect(report.notes.map((n) => n.rule)).toEqual(["F4"]);
    expect(report.notes[0].message).toContain("3.危及“三安全一稳定”");
    const next = report.cells.get(cellKey("三", "三、本年度办理结果/（三）不予公开/4.保护第三方合法权益", "自然人"));
    expect(next?.value).toBe(2000 + 7 * 7);
  });

  test("a workbook without any table gives one report with an F2 note", () => {
    const s = new SheetBuilder("Sheet1").rows(0, 0, [
      ["姓名", "金额"],
      ["张三", 12],
    ]);
    const reports = reportsFromGrid(workbook([s, new SheetBuilder("Sheet2")]));
    expect(reports).toHaveLength(1);
    expect(reports[0].tables).toEqual([]);
    expect(reports[0].cells.size).toBe(0);
    expect(reports[0].notes).toMatchObject([{ rule: "F2", severity: "error" }]);
    expect(reports[0].notes[0].message).toContain("未找到");
  });
});
