/** R7 on numbers written with their unit ("251000元", "12件"): read in the cell's unit, with a warning. */
import { T3_NEW, T3_RESULT_TOTAL, T3_TOTAL } from "../format";
import { emptyReport } from "../report/build";
import type { RawValue, Report } from "../report/model";
import { parseCellValue } from "../report/values";
import { reportFromText } from "../report/fromText";
import { describeShared, readSample } from "../../../test/shared";
import { checkReport } from "./engine";

const PURCHASE = "第二十条第（九）项/政府集中采购";
const FEE = "第二十条第（八）项/行政事业性收费";
const FEE_COLUMN = "本年收费金额（单位：万元）";
const LICENCE = "第二十条第（五）项/行政许可";

/** Puts what a reader would put in the cell: the raw text and its parsed value and problems. */
function type(report: Report, table: "二" | "三" | "四", row: string, column: string, raw: RawValue): void {
  const cell = report.cells.get(`${table}|${row}|${column}`);
  if (!cell) throw new Error(`no cell ${row} ${column}`);
  Object.assign(cell, { raw, ...parseCellValue(raw, cell.def.kind) });
}

describe("R7: a number written with its unit", () => {
  test("an amount in 元 is read as 万元, with a warning saying so", () => {
    const report = emptyReport({ format: "2019", year: 2019 });
    type(report, "二", PURCHASE, "采购总金额", "251000元");
    const findings = checkReport(report);
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ["R7", "warning", "政府集中采购·采购总金额 写作“251000元”，已按 25.1 万元读取；表中金额应以万元为单位、只填数字"],
    ]);
    expect(findings[0].cells[0]).toMatchObject({ row: PURCHASE, column: "采购总金额", value: 25.1 });
  });

  test("an amount already in 万元 keeps its number, and still gets the warning", () => {
    const report = emptyReport({ format: "2021", year: 2024 });
    type(report, "二", FEE, FEE_COLUMN, "96171.6 万元");
    const findings = checkReport(report);
    expect(findings.map((f) => f.message)).toEqual([
      "行政事业性收费·本年收费金额（单位：万元） 写作“96171.6 万元”，已按 96171.6 万元读取；表中金额应以万元为单位、只填数字",
    ]);
  });

  test("a count with 件 is read as its number and takes part in the rules", () => {
    const report = emptyReport({ format: "2021", year: 2024 });
    type(report, "二", LICENCE, "本年处理决定数量", "12件");
    type(report, "三", T3_NEW, T3_TOTAL, "5件");
    const findings = checkReport(report);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["R7", "warning"],
      ["R7", "warning"],
      ["R1", "error"],
      ["R3", "error"],
    ]);
    expect(findings[0].message).toBe("行政许可·本年处理决定数量 写作“12件”，已按 12 读取；表中只填数字，不写单位");
    // 5 is in the sums: 一、本年新收·总计 5 against （七）总计 0.
    expect(findings[2].imbalance).toBe(5);
    expect(findings[2].cells.find((c) => c.row === T3_RESULT_TOTAL)?.value).toBe(0);
  });

  test("a unit that does not fit (元 in a count) stays an unreadable value, an error", () => {
    const report = emptyReport({ format: "2021", year: 2024 });
    type(report, "二", LICENCE, "本年处理决定数量", "12元");
    const findings = checkReport(report);
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ["R7", "error", "行政许可·本年处理决定数量 无法识别的数值：“12元”不是数字"],
    ]);
  });
});

describe("R7 findings of one kind in one table are one finding listing the cells", () => {
  test("all 175 cells of table 三 stored as text give one warning naming them all; table 二's three stay apart", () => {
    const report = emptyReport({ format: "2021", year: 2024 });
    const table3 = [...report.cells.values()].filter((c) => c.def.table === "三");
    for (const cell of table3) type(report, "三", cell.def.row, cell.def.column, "0");
    for (const row of [LICENCE, "第二十条第（六）项/行政处罚", "第二十条第（六）项/行政强制"]) {
      type(report, "二", row, "本年处理决定数量", "0");
    }
    const findings = checkReport(report);
    const three = findings.filter((f) => f.table === "三");
    expect(three.map((f) => [f.rule, f.severity])).toEqual([["R7", "warning"]]);
    expect(three[0].cells).toHaveLength(175);
    expect(three[0].message).toBe(
      "表三有 175 个单元格是以文本形式存储的数字，已按数值读取，建议改为数值。第一个：" +
        "一、本年新收政府信息公开申请数量·自然人 是以文本形式存储的数字“0”，已按 0 读取，建议改为数值",
    );
    expect(findings.filter((f) => f.table === "二").map((f) => f.cells.length)).toEqual([1, 1, 1]);
  });

  test("kinds are grouped apart: full-width digits and notes in cells are not mixed with text numbers", () => {
    const report = emptyReport({ format: "2021", year: 2024 });
    const cells = [...report.cells.values()].filter((c) => c.def.table === "三");
    cells.slice(0, 4).forEach((c) => type(report, "三", c.def.row, c.def.column, "０"));
    cells.slice(4, 8).forEach((c) => type(report, "三", c.def.row, c.def.column, "0"));
    cells.slice(8, 12).forEach((c) => type(report, "三", c.def.row, c.def.column, "0（无）"));
    const messages = checkReport(report).map((f) => [f.rule, f.cells.length, f.message.split("。")[0]]);
    expect(messages).toEqual([
      ["R7", 4, "表三有 4 个单元格含全角数字，已按半角数字读取，建议改为半角数字"],
      ["R7", 4, "表三有 4 个单元格是以文本形式存储的数字，已按数值读取，建议改为数值"],
      ["R7", 4, "表三有 4 个单元格在数字后写了说明，已按数字读取；表中只填数字，说明请写在表格之外"],
    ]);
  });
});

describe("a number with a note in its cell", () => {
  test("is read as the number, and R7 warns that the note belongs outside the table", () => {
    const report = emptyReport({ format: "2021", year: 2024 });
    type(report, "二", LICENCE, "本年处理决定数量", "22（其中修订16件）");
    expect(report.cells.get(`二|${LICENCE}|本年处理决定数量`)?.value).toBe(22);
    expect(checkReport(report).map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        "R7",
        "warning",
        "行政许可·本年处理决定数量 写作“22（其中修订16件）”，已按 22 读取；表中只填数字，说明请写在表格之外",
      ],
    ]);
  });
});

describeShared("上海 2019 (../shared/samples): 采购总金额 written “251000元”", () => {
  test("the text reader reads it as 25.1 万元 and R7 warns", () => {
    const report = reportFromText(readSample("shanghai-govoffice-2019-format2019.txt"), "shanghai");
    const cell = report.cells.get(`二|${PURCHASE}|采购总金额`);
    expect(cell).toMatchObject({ raw: "251000元", value: 25.1, problems: ["withUnit"] });
    const r7 = checkReport(report).filter((f) => f.rule === "R7" && f.table === "二");
    expect(r7.map((f) => f.message)).toEqual([
      "政府集中采购·采购总金额 写作“251000元”，已按 25.1 万元读取；表中金额应以万元为单位、只填数字",
    ]);
  });
});
