import { describeShared, readSample } from "../../../test/shared";
import {
  cellKey,
  FORMATS,
  sheetLayout,
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  T3_NEW,
  T3_RESULT_TOTAL,
  T3_TOTAL,
  type FormatId,
  type TableId,
} from "../format";
import { emptyReport, setValue } from "../report/build";
import { template, workbook } from "../report/__tests__/grids";
import { reportsFromGrid } from "../report/fromGrid";
import { reportFromText } from "../report/fromText";
import type { Report, ReportCell } from "../report/model";
import { columnLetters } from "../grid";
import { checkReport } from "./engine";
import { plainSumRefs } from "./formulaRefs";
import { formulaFindings } from "./formulas";
import { realisticReport } from "./testing/fixtures";

const SHEET = "2024年报表";
const NAT = "自然人";
const OTHER_ROW = "三、本年度办理结果/（六）其他处理/3.其他";
const OPEN = "三、本年度办理结果/（一）予以公开";

/** Gives every data cell the sheet address the add-in's own layout puts it at (tables 二, 三, 四 on one sheet). */
function placed(report: Report, sheet = SHEET): Report {
  const format = FORMATS[report.format as FormatId];
  const layout = sheetLayout(format, ["二", "三", "四"], { unit: "某市", year: 2024, prefix: "DT_2024" });
  for (const table of layout.tables) {
    for (const d of format.tables[table.table].dataCells) {
      const cell = report.cells.get(cellKey(d.table, d.row, d.column));
      if (cell) cell.ref = { sheet, row: table.top + d.r, col: table.left + d.c };
    }
  }
  return report;
}

function cellOf(report: Report, table: TableId, row: string, column: string): ReportCell {
  const cell = report.cells.get(cellKey(table, row, column));
  if (!cell?.ref) throw new Error(`no placed cell ${table} ${row} ${column}`);
  return cell;
}

/** "D45": where a data cell is on the sheet. */
function a1(report: Report, table: TableId, row: string, column: string): string {
  const { ref } = cellOf(report, table, row, column);
  return `${columnLetters(ref!.col)}${ref!.row + 1}`;
}

function typeFormula(report: Report, table: TableId, row: string, column: string, formula: string): void {
  cellOf(report, table, row, column).formula = formula;
}

const resultRows = (format: FormatId) =>
  FORMATS[format].tables["三"].rowPaths.filter((r) => r.startsWith("三、") && r !== T3_RESULT_TOTAL);

/** =SUM(first result row:last result row) of a column, as a user types it. */
function resultSum(report: Report, column: string): string {
  const rows = resultRows(report.format as FormatId);
  return `=SUM(${a1(report, "三", rows[0], column)}:${a1(report, "三", rows[rows.length - 1], column)})`;
}

/** A consistent report whose （六）3.其他 is 0 in 自然人, so a SUM that misses it still gives the right value. */
function withoutOther(seed: number): Report {
  const r = realisticReport({ seed });
  const value = (row: string, column: string) => r.cells.get(cellKey("三", row, column))?.value as number;
  const before = value(OTHER_ROW, NAT);
  setValue(r, "三", OTHER_ROW, NAT, 0);
  for (const row of [T3_RESULT_TOTAL, T3_NEW]) {
    for (const column of [NAT, T3_TOTAL]) setValue(r, "三", row, column, value(row, column) - before);
  }
  setValue(r, "三", OTHER_ROW, T3_TOTAL, value(OTHER_ROW, T3_TOTAL) - before);
  expect(checkReport(r)).toEqual([]);
  return r;
}

describe("plainSumRefs: a formula as signed references", () => {
  test("SUM ranges, + and −, parentheses, 0, $ and sheet names", () => {
    expect(plainSumRefs("=SUM(D25:D45)")).toEqual([{ sheet: null, top: 24, left: 3, rows: 21, cols: 1, sign: 1 }]);
    expect(plainSumRefs("=D23+D24-D46")?.map((r) => [r.top, r.left, r.sign])).toEqual([
      [22, 3, 1],
      [23, 3, 1],
      [45, 3, -1],
    ]);
    expect(plainSumRefs("=-(D1-D2)+ -SUM(E1, F1:G2) - 0")?.map((r) => [r.left, r.sign, r.rows * r.cols])).toEqual([
      [3, -1, 1],
      [3, 1, 1],
      [4, -1, 1],
      [5, -1, 4],
    ]);
    expect(plainSumRefs("='2024年报表'!$D$5+Sheet1!D$6+'it''s'!AA10")?.map((r) => [r.sheet, r.top, r.left])).toEqual([
      [SHEET, 4, 3],
      ["Sheet1", 5, 3],
      ["it's", 9, 26],
    ]);
    expect(plainSumRefs("=sum($D$45:$D$25)")).toEqual([{ sheet: null, top: 24, left: 3, rows: 21, cols: 1, sign: 1 }]);
    expect(plainSumRefs("=SUM(D1+D2,D3)")?.length).toBe(3);
  });

  test.each([
    "=ROUND(SUM(D25:D45),0)",
    "=D5*2",
    "=D5/2",
    "=D5+1",
    '=SUMIF(D1:D5,">0")',
    "=SUM(D:D)",
    "=DT_2024_T3",
    "=D1:D3",
    "=D1:D3+D4",
    "=SUM(D1:D3 D2:D4)",
    "=[1]Sheet1!D5",
    "='[Book1.xlsx]Sheet1'!D5",
    "=Sheet1:Sheet3!D5",
    "=SUM(D1,,D2)",
    "=SUM()",
    "=(D1+D2",
    "=D5%",
    '="12"',
    "=#REF!+D5",
    "D5+D6",
  ])("%s is not a plain sum", (formula) => {
    expect(plainSumRefs(formula)).toBeNull();
  });
});

describe.each<FormatId>(["2019", "2021"])("F6, format %s: formulas that add up what the rules say pass", (format) => {
  const report = () => placed(realisticReport({ format, seed: 7 }));

  test("（七）总计 as the SUM of the result rows, in every column, and the row 总计 as the SUM of its row", () => {
    const r = report();
    for (const column of FORMATS[format].tables["三"].columnPaths) {
      typeFormula(r, "三", T3_RESULT_TOTAL, column, resultSum(r, column));
    }
    for (const row of FORMATS[format].tables["三"].rowPaths) {
      const first = a1(r, "三", row, NAT);
      const last = a1(r, "三", row, "法人或其他组织/其他");
      if (row !== T3_RESULT_TOTAL) typeFormula(r, "三", row, T3_TOTAL, `=SUM(${first}:${last})`);
    }
    expect(formulaFindings(r)).toEqual([]);
    expect(checkReport(r)).toEqual([]);
  });

  test("四、结转下年度 from R1 (=一+二−（七）), 一 from R1, table 四's 总计", () => {
    const r = report();
    const at = (row: string) => a1(r, "三", row, NAT);
    typeFormula(r, "三", T3_CARRIED_OUT, NAT, `=${at(T3_NEW)}+${at(T3_CARRIED_IN)}-${at(T3_RESULT_TOTAL)}`);
    typeFormula(r, "三", T3_NEW, NAT, `=${at(T3_RESULT_TOTAL)}+${at(T3_CARRIED_OUT)}-${at(T3_CARRIED_IN)}`);
    const t4 = (column: string) => a1(r, "四", "", column);
    typeFormula(r, "四", "", "行政复议/总计", `=SUM(${t4("行政复议/结果维持")}:${t4("行政复议/尚未审结")})`);
    expect(formulaFindings(r)).toEqual([]);
  });
});

describe("F6: formulas that do not add up what they should", () => {
  const zeroOther = () => placed(withoutOther(11));

  test("the layout puts the brief's cells where the user sees them", () => {
    const r = zeroOther();
    expect([a1(r, "三", T3_NEW, NAT), a1(r, "三", OTHER_ROW, NAT), a1(r, "三", T3_RESULT_TOTAL, NAT)]).toEqual([
      "D23",
      "D45",
      "D46",
    ]);
  });

  test("a SUM range that misses a row that is 0 today: the values agree, F6 names the row", () => {
    const r = zeroOther();
    typeFormula(r, "三", T3_RESULT_TOTAL, NAT, "=SUM(D25:D44)");
    const findings = checkReport(r);
    expect(findings.map((f) => f.rule)).toEqual(["F6"]);
    const [f] = findings;
    expect(f).toMatchObject({ severity: "warning", table: "三", imbalance: null, suspect: null });
    expect(f.message).toBe(
      "（七）总计·自然人 的公式 =SUM(D25:D44) 与“（七）总计 = 各项办理结果之和”不一致：漏了 （六）3.其他（D45）" +
        "。这些单元格目前都是 0，数值暂时相符，但填入其他数后本格就会算错",
    );
    expect(f.cells.map((c) => [c.row, c.column, c.ref, c.value])).toEqual([
      [T3_RESULT_TOTAL, NAT, { sheet: SHEET, row: 45, col: 3 }, cellOf(r, "三", T3_RESULT_TOTAL, NAT).value],
      [OTHER_ROW, NAT, { sheet: SHEET, row: 44, col: 3 }, 0],
    ]);
  });

  test("a SUM range that misses a row with a number explains the R2 failure", () => {
    const r = placed(realisticReport({ seed: 11 }));
    setValue(r, "三", OTHER_ROW, NAT, 9);
    // What Excel shows for =SUM(D25:D44): every result row but the last.
    const rows = resultRows("2021").slice(0, -1);
    setValue(
      r,
      "三",
      T3_RESULT_TOTAL,
      NAT,
      rows.reduce((s, row) => s + cellOf(r, "三", row, NAT).value!, 0),
    );
    typeFormula(r, "三", T3_RESULT_TOTAL, NAT, "=SUM(D25:D44)");
    const rules = checkReport(r).map((f) => f.rule);
    expect(rules).toContain("R2");
    const f6 = formulaFindings(r);
    expect(f6).toHaveLength(1);
    expect(f6[0].message).toContain("漏了 （六）3.其他（D45）");
    expect(f6[0].message).not.toContain("暂时相符");
  });

  test("an extra cell in the range", () => {
    const r = zeroOther();
    typeFormula(r, "三", T3_RESULT_TOTAL, NAT, "=SUM(D24:D45)");
    const [f] = formulaFindings(r);
    expect(f.message).toContain("不一致：多算了 二、上年结转政府信息公开申请数量（D24）");
    expect(f.cells.map((c) => c.ref?.row)).toEqual([45, 23]);
  });

  test("a row total that leaves out a column and counts another twice", () => {
    const r = zeroOther();
    typeFormula(r, "三", OPEN, T3_TOTAL, "=SUM(D25:H25)+D25");
    const [f] = formulaFindings(r);
    expect(f.message).toContain("与“总计 = 自然人与各类法人或其他组织之和”不一致");
    expect(f.message).toContain("漏了 其他（I25）");
    expect(f.message).toContain("重复计入了 自然人（D25）");
  });

  test("a sign the wrong way round, and a SUM that includes its own cell", () => {
    const r = zeroOther();
    typeFormula(r, "三", T3_CARRIED_OUT, NAT, "=D23+D24+D46");
    typeFormula(r, "三", T3_RESULT_TOTAL, NAT, "=SUM(D25:D46)");
    const [total, carried] = formulaFindings(r);
    expect(carried.message).toContain("与“一、本年新收与二、上年结转之和 = （七）总计与四、结转下年度之和”不一致");
    expect(carried.message).toContain("（七）总计（D46） 应当减去，公式却加上了");
    expect(total.message).toContain("多算了 本格自身（循环引用）");
    expect(total.cells).toHaveLength(1);
  });

  test("a reference outside the table: an empty cell, another sheet, a huge range", () => {
    const r = zeroOther();
    typeFormula(r, "三", T3_RESULT_TOTAL, NAT, "=SUM(D25:D45)+K30");
    typeFormula(r, "三", T3_RESULT_TOTAL, T3_TOTAL, "=SUM(J25:J45)+Sheet2!J45");
    typeFormula(r, "三", T3_CARRIED_OUT, NAT, "=D23+D24-SUM(D25:D45)-SUM(D100:D100000)");
    const [nat, total, carried] = formulaFindings(r);
    expect(nat.message).toMatch(/不一致：引用了表外的单元格 K30$/);
    expect(nat.cells[1]).toEqual({ row: "", column: "", ref: { sheet: SHEET, row: 29, col: 10 }, value: null });
    expect(total.message).toMatch(/引用了表外的单元格 Sheet2!J45$/);
    expect(total.cells[1].ref).toEqual({ sheet: "Sheet2", row: 44, col: 9 });
    // 四 = 一 + 二 − the result rows is not R1, which wants （七）总计: R1 is still the closest rule.
    expect(carried.message).toContain("漏减了 （七）总计（D46）");
    expect(carried.message).toContain("引用了表外的单元格 D100、D101、D102、D103、D104、D105 等 99901 个");
  });

  test("the same sheet named in the reference, in any case, is the cell's own sheet", () => {
    const r = zeroOther();
    typeFormula(r, "三", T3_RESULT_TOTAL, NAT, `='${SHEET}'!D25+SUM('${SHEET}'!D26:D45)`);
    const lower = placed(realisticReport({ seed: 11 }), "Sheet1");
    typeFormula(lower, "三", T3_RESULT_TOTAL, NAT, "=SUM(sheet1!$D$25:$D$45)");
    expect(formulaFindings(r)).toEqual([]);
    expect(formulaFindings(lower)).toEqual([]);
  });

  test("formulas that are no plain sum, links to other sheets and cells without an address are not judged", () => {
    const r = zeroOther();
    typeFormula(r, "三", T3_RESULT_TOTAL, NAT, "=ROUND(SUM(D25:D44),0)");
    typeFormula(r, "三", OPEN, NAT, "=D5*2");
    typeFormula(r, "三", T3_CARRIED_IN, NAT, "='2023年报表'!D47");
    typeFormula(r, "三", T3_CARRIED_IN, T3_TOTAL, "=乡镇A!J24+乡镇B!J24");
    const unplaced = emptyReport({ format: "2021" });
    unplaced.cells.get(cellKey("三", T3_RESULT_TOTAL, NAT))!.formula = "=SUM(D25:D44)";
    expect(formulaFindings(r)).toEqual([]);
    expect(formulaFindings(unplaced)).toEqual([]);
  });

  test("a table 二 cell (only in the cross-year R6) is not judged", () => {
    const r = zeroOther();
    typeFormula(r, "二", "第二十条第（一）项/规章", "现行有效件数", "=B6-C6");
    expect(formulaFindings(r)).toEqual([]);
  });
});

describe("F6 on a report read from a workbook grid (formulas and addresses as the reader gives them)", () => {
  test("a wrong SUM is reported, a right one and the values are left alone", () => {
    const values = withoutOther(5);
    const valueOf = (d: { table: TableId; row: string; column: string }) =>
      values.cells.get(cellKey(d.table, d.row, d.column))?.value ?? null;
    const t = template({ formatId: "2021", year: 2024, unit: "某市", valueOf });
    const at = (row: string, column: string) => {
      const d = FORMATS["2021"].tables["三"].dataCells.find((c) => c.row === row && c.column === column)!;
      return { row: t.boxes["三"].top + d.r, col: t.boxes["三"].left + d.c };
    };
    const total = at(T3_RESULT_TOTAL, NAT);
    t.sheet.set(total.row, total.col, valueOf({ table: "三", row: T3_RESULT_TOTAL, column: NAT }), "=SUM(D25:D44)");
    const openTotal = at(OPEN, T3_TOTAL);
    t.sheet.set(openTotal.row, openTotal.col, valueOf({ table: "三", row: OPEN, column: T3_TOTAL }), "=SUM(D25:I25)");
    const [report] = reportsFromGrid(workbook([t.sheet], t.names));
    expect(report.notes).toEqual([]);
    const findings = checkReport(report);
    expect(findings.map((f) => [f.rule, f.message.split("。")[0], f.cells.map((c) => c.ref)])).toEqual([
      [
        "F6",
        "（七）总计·自然人 的公式 =SUM(D25:D44) 与“（七）总计 = 各项办理结果之和”不一致：漏了 （六）3.其他（D45）",
        [
          { sheet: "2024年报表", ...total },
          { sheet: "2024年报表", row: total.row - 1, col: total.col },
        ],
      ],
    ]);
  });
});

describeShared("F6: a report read from published text", () => {
  test("has no formulas and gets no F6 finding", () => {
    const report = reportFromText(readSample("huji-township-2024.txt"), "huji-township-2024.txt");
    expect(report.cells.size).toBeGreaterThan(100);
    expect([...report.cells.values()].some((c) => c.formula)).toBe(false);
    expect(formulaFindings(report)).toEqual([]);
    expect(checkReport(report).some((f) => f.rule === "F6")).toBe(false);
  });
});
