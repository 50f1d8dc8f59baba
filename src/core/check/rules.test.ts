import { T3_CARRIED_IN, T3_CARRIED_OUT, T3_NEW, T3_RESULT_TOTAL, T3_TOTAL, type FormatId } from "../format";
import { emptyReport, getValue, setValue } from "../report/build";
import type { Report, ReportCell } from "../report/model";
import { checkReport } from "./engine";
import { realisticReport, table3Report } from "./testing/fixtures";
import type { Finding } from "./types";

const OPEN = "三、本年度办理结果/（一）予以公开";
const PARTIAL = "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
const NO_INFO = "三、本年度办理结果/（四）无法提供/1.本机关不掌握相关政府信息";
const NAT = "自然人";
const BIZ = "法人或其他组织/商业企业";

/** The rule's own statement, before any explanation added to it. */
const firstSentence = (message: string) => message.split("。")[0];
const ids = (findings: Finding[]) => findings.map((f) => `${f.rule}`).sort();
const only = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

function cellOf(report: Report, table: "二" | "三" | "四", row: string, column: string): ReportCell {
  const cell = report.cells.get(`${table}|${row}|${column}`);
  if (!cell) throw new Error(`no cell ${row} ${column}`);
  return cell;
}

function setRaw(report: Report, table: "二" | "三" | "四", row: string, column: string, patch: Partial<ReportCell>) {
  Object.assign(cellOf(report, table, row, column), patch);
}

describe.each<FormatId>(["2019", "2021"])("format %s: linear rules of table 三 and 四", (format) => {
  const sample = () =>
    table3Report(
      format,
      [
        [OPEN, NAT, 14],
        [OPEN, BIZ, 2],
        [PARTIAL, NAT, 6],
        [NO_INFO, NAT, 4],
      ],
      { in: [3, 0, 0, 0, 0, 0], out: [5, 1, 0, 0, 0, 0] },
    );

  test("a consistent report, all zeros or filled, passes every rule", () => {
    expect(checkReport(emptyReport({ format }))).toEqual([]);
    expect(checkReport(sample())).toEqual([]);
    expect(checkReport(realisticReport({ format }))).toEqual([]);
  });

  test("R1 fails when 一 + 二 ≠ （七）总计 + 四 in a column", () => {
    const report = sample();
    setValue(report, "三", T3_NEW, NAT, 30); // was 14 + 6 + 4 + 5 − 3 = 26
    const findings = checkReport(report);
    expect(ids(findings)).toEqual(["R1", "R3"]);
    const r1 = only(findings, "R1")[0];
    expect(r1).toMatchObject({ severity: "error", table: "三", imbalance: 4 });
    expect(r1.message).toBe(
      "“自然人”列：一、本年新收与二、上年结转之和为 33，但（七）总计与四、结转下年度之和为 29（相差 4）",
    );
    expect(r1.cells.map((c) => [c.row, c.value])).toEqual([
      [T3_NEW, 30],
      [T3_CARRIED_IN, 3],
      [T3_RESULT_TOTAL, 24],
      [T3_CARRIED_OUT, 5],
    ]);
  });

  test("R2 fails when （七）总计 ≠ the sum of the result rows", () => {
    const report = table3Report(format, [
      [OPEN, NAT, 16],
      [PARTIAL, NAT, 6],
      [NO_INFO, NAT, 4],
    ]);
    setValue(report, "三", T3_RESULT_TOTAL, NAT, 20);
    setValue(report, "三", T3_RESULT_TOTAL, T3_TOTAL, 20);
    setValue(report, "三", T3_NEW, NAT, 20);
    setValue(report, "三", T3_NEW, T3_TOTAL, 20);
    const findings = checkReport(report);
    expect(ids(findings)).toEqual(["R2", "R2"]);
    const [nat, total] = only(findings, "R2");
    expect(firstSentence(nat.message)).toBe("（七）总计·自然人 为 20，但各项办理结果之和为 26（相差 6）");
    expect(nat.imbalance).toBe(-6);
    expect(total.message.startsWith("（七）总计·总计 为 20，但各项办理结果之和为 26（相差 6）")).toBe(true);
    expect(nat.cells).toHaveLength(format === "2021" ? 22 : 20); // （七）总计 and each result row
    expect(nat.cells.every((c) => c.column === NAT)).toBe(true);
  });

  test("R3 fails when a row's 总计 ≠ its applicant columns", () => {
    const report = sample();
    setValue(report, "三", PARTIAL, T3_TOTAL, 7);
    const findings = checkReport(report);
    expect(ids(findings)).toEqual(["R2", "R3"]);
    const r3 = only(findings, "R3")[0];
    expect(r3.message).toBe("（二）部分公开·总计 为 7，但自然人与各类法人或其他组织之和为 6（相差 1）");
    expect(r3.imbalance).toBe(1);
    expect(r3.cells.map((c) => c.column)).toEqual([T3_TOTAL, NAT, BIZ, ...r3.cells.slice(3).map((c) => c.column)]);
    expect(r3.cells).toHaveLength(7);
  });

  test.each(["行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"])("R4 fails in group %s", (group) => {
    const report = emptyReport({ format });
    setValue(report, "四", "", `${group}/结果维持`, 3);
    setValue(report, "四", "", `${group}/尚未审结`, 2);
    setValue(report, "四", "", `${group}/总计`, 5);
    expect(checkReport(report)).toEqual([]);
    setValue(report, "四", "", `${group}/结果纠正`, 1);
    const findings = checkReport(report);
    expect(ids(findings)).toEqual(["R4"]);
    expect(findings[0]).toMatchObject({ table: "四", severity: "error", imbalance: -1 });
    expect(firstSentence(findings[0].message)).toBe(
      `${group.replace("/", "·")}·总计 为 5，但结果维持、结果纠正、其他结果、尚未审结之和为 6（相差 1）`,
    );
  });
});

describe("R5: 二、上年结转 equals last year's 四、结转下年度继续办理", () => {
  const previousOf = (format: FormatId, out: number[], year: number) => {
    const previous = table3Report(format, [[OPEN, NAT, 10]], { out });
    previous.year = year;
    return previous;
  };
  const thisYear = (format: FormatId, carriedIn: number[], year: number) => {
    // 四 as large as 二, so that 一 = （七）总计 + 四 − 二 stays ≥ 0.
    const report = table3Report(format, [[OPEN, NAT, 9]], { in: carriedIn, out: carriedIn });
    report.year = year;
    return report;
  };

  test("runs only with last year's report, and holds when carried over", () => {
    const previous = previousOf("2021", [5, 1, 0, 0, 0, 0], 2023);
    const report = thisYear("2021", [5, 1, 0, 0, 0, 0], 2024);
    expect(checkReport(report, { previous })).toEqual([]);
    const other = thisYear("2021", [4, 1, 0, 0, 0, 0], 2024);
    expect(checkReport(other)).toEqual([]);
    const findings = checkReport(other, { previous });
    expect(ids(findings)).toEqual(["R5", "R5"]);
    const nat = findings.find((f) => f.cells[0].column === NAT) as Finding;
    expect(nat.message).toBe("二、上年结转·自然人 为 4，但上年报告的四、结转下年度继续办理为 5（相差 1）");
    expect(nat.imbalance).toBe(-1);
    // Only this year's cells are listed (last year's is named in the message).
    expect(nat.cells).toEqual([{ row: T3_CARRIED_IN, column: NAT, ref: null, value: 4 }]);
  });

  test("a 2019-format previous report (2020) still feeds R5 of a 2021 report", () => {
    const previous = previousOf("2019", [2, 0, 0, 0, 0, 0], 2020);
    const report = thisYear("2021", [3, 0, 0, 0, 0, 0], 2021);
    expect(ids(checkReport(report, { previous }))).toEqual(["R5", "R5"]);
  });

  test("2019 format: 2020 against 2019", () => {
    const previous = previousOf("2019", [2, 0, 0, 0, 0, 0], 2019);
    const report = thisYear("2019", [2, 0, 0, 0, 0, 0], 2020);
    expect(checkReport(report, { previous })).toEqual([]);
    const carried = thisYear("2019", [2, 1, 0, 0, 0, 0], 2020);
    expect(checkReport(carried)).toEqual([]);
    const findings = checkReport(carried, { previous });
    expect(findings.map((f) => `${f.rule} ${f.cells[0].column}`).sort()).toEqual(["R5 总计", `R5 ${BIZ}`]);
  });

  test("a blank cell of last year's keeps the rule from running in that column", () => {
    const previous = previousOf("2021", [5, 0, 0, 0, 0, 0], 2023);
    setRaw(previous, "三", T3_CARRIED_OUT, NAT, { raw: null, value: null, problems: ["blank"] });
    const report = thisYear("2021", [4, 0, 0, 0, 0, 0], 2024);
    expect(ids(checkReport(report, { previous }))).toEqual(["R5"]); // 总计 column only
  });
});

describe("R6: 现行有效件数 continues last year's (2021 format, warning)", () => {
  const RULES = "第二十条第（一）项/规章";
  const DOCS = "第二十条第（一）项/行政规范性文件";
  const stock = (report: Report, row: string, made: number, repealed: number, current: number) => {
    setValue(report, "二", row, "本年制发件数", made);
    setValue(report, "二", row, "本年废止件数", repealed);
    setValue(report, "二", row, "现行有效件数", current);
  };

  test("holds, fails as a warning, and needs last year's 现行有效件数", () => {
    const previous = emptyReport({ format: "2021", year: 2023 });
    stock(previous, DOCS, 20, 0, 698);
    const report = emptyReport({ format: "2021", year: 2024 });
    stock(report, DOCS, 77, 132, 643);
    expect(checkReport(report, { previous })).toEqual([]);
    stock(report, DOCS, 77, 132, 470);
    const findings = checkReport(report, { previous });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "R6", severity: "warning", table: "二", imbalance: -173 });
    expect(firstSentence(findings[0].message)).toBe(
      "行政规范性文件·现行有效件数 为 470，但上年现行有效件数加本年制发件数减本年废止件数为 643（相差 173）",
    );
    expect(findings[0].cells.map((c) => c.column)).toEqual(["现行有效件数", "本年制发件数", "本年废止件数"]);
    stock(report, RULES, 1, 0, 0);
    expect(checkReport(report, { previous }).map((f) => f.rule)).toEqual(["R6", "R6"]);
    expect(checkReport(report)).toEqual([]);
  });

  test("does not run against a 2019-format previous report (no 现行有效件数 there)", () => {
    const previous = emptyReport({ format: "2019", year: 2020 });
    const report = emptyReport({ format: "2021", year: 2021 });
    stock(report, DOCS, 5, 0, 100);
    expect(checkReport(report, { previous })).toEqual([]);
  });

  test("is not a rule of the 2019 format", () => {
    const previous = emptyReport({ format: "2019", year: 2019 });
    const report = emptyReport({ format: "2019", year: 2020 });
    setValue(report, "二", "第二十条第（一）项/规范性文件", "对外公开总数量", 100);
    expect(checkReport(report, { previous })).toEqual([]);
  });
});

describe("R7: every data cell holds an allowed number", () => {
  const report = () => emptyReport({ format: "2021", year: 2024 });

  test("text that is no number and error values are errors: 无法识别的数值", () => {
    const r = report();
    setRaw(r, "三", OPEN, NAT, { raw: "十二", value: null, problems: ["notNumber"] });
    setRaw(r, "三", OPEN, BIZ, { raw: "#REF!", value: null, problems: ["errorValue"] });
    const findings = checkReport(r);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["R7", "error"],
      ["R7", "error"],
    ]);
    expect(findings[0].message).toBe("（一）予以公开·自然人 无法识别的数值：“十二”不是数字");
    expect(findings[0].cells[0].value).toBe("十二");
    expect(findings[1].message).toContain("无法识别的数值：单元格是错误值“#REF!”");
  });

  test("numbers stored as text and full-width digits are read, with a warning", () => {
    const r = report();
    setRaw(r, "三", OPEN, NAT, { raw: "12", value: 12, problems: ["numberAsText"] });
    setRaw(r, "三", OPEN, T3_TOTAL, { raw: "１２", value: 12, problems: ["numberAsText", "fullWidth"] });
    setValue(r, "三", T3_RESULT_TOTAL, NAT, 12);
    setValue(r, "三", T3_RESULT_TOTAL, T3_TOTAL, 12);
    setValue(r, "三", T3_NEW, NAT, 12);
    setValue(r, "三", T3_NEW, T3_TOTAL, 12);
    const findings = checkReport(r);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["R7", "warning"],
      ["R7", "warning"],
    ]);
    expect(findings[0].message).toBe("（一）予以公开·自然人 是以文本形式存储的数字“12”，已按 12 读取，建议改为数值");
    expect(findings[1].message).toContain("含全角数字“１２”，已按 12 读取");
  });

  test("a negative or fractional count, a negative amount are errors; 本年增/减 may be negative", () => {
    const r = report();
    setValue(r, "四", "", "行政复议/结果维持", -2);
    setValue(r, "四", "", "行政复议/结果纠正", 2);
    setValue(r, "二", "第二十条第（六）项/行政处罚", "本年处理决定数量", 2.5);
    setValue(r, "二", "第二十条第（八）项/行政事业性收费", "本年收费金额（单位：万元）", -1.25);
    const findings = checkReport(r);
    expect(findings.map((f) => f.message)).toEqual([
      "行政处罚·本年处理决定数量 为 2.5，件数应为整数",
      "行政事业性收费·本年收费金额（单位：万元） 为 -1.25，金额不能为负数",
      "行政复议·结果维持 为 -2，件数不能为负数",
    ]);
    expect(findings.every((f) => f.rule === "R7" && f.severity === "error")).toBe(true);

    const old = emptyReport({ format: "2019", year: 2020 });
    setValue(old, "二", "第二十条第（六）项/行政处罚", "本年增/减", -18);
    setValue(old, "二", "第二十条第（八）项/行政事业性收费", "本年增/减", -15);
    setValue(old, "二", "第二十条第（九）项/政府集中采购", "采购总金额", 2895.9);
    expect(checkReport(old)).toEqual([]);
    setValue(old, "二", "第二十条第（六）项/行政处罚", "本年增/减", -1.5);
    expect(checkReport(old).map((f) => f.message)).toEqual(["行政处罚·本年增/减 为 -1.5，件数应为整数"]);
  });

  test("a count too large to add exactly is flagged", () => {
    const r = report();
    setValue(r, "二", "第二十条第（五）项/行政许可", "本年处理决定数量", 2 ** 60);
    expect(checkReport(r).map((f) => f.message)).toEqual([
      "行政许可·本年处理决定数量 为 1152921504606847000，数值过大，超出可精确计算的范围，请核对",
    ]);
  });
});

describe("R8: blanks and placeholders are unfilled", () => {
  test("blank, “/” and “—” are errors that ask for 0", () => {
    const r = emptyReport({ format: "2021", year: 2024 });
    setRaw(r, "四", "", "行政复议/结果维持", { raw: null, value: null, problems: ["blank"] });
    setRaw(r, "四", "", "行政复议/结果纠正", { raw: "/", value: null, problems: ["placeholder"] });
    setRaw(r, "四", "", "行政复议/其他结果", { raw: "—", value: null, problems: ["placeholder"] });
    const findings = checkReport(r);
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ["R8", "error", "行政复议·结果维持 未填写：没有发生的事项也应填写 0"],
      ["R8", "error", "行政复议·结果纠正 填的是“/”，视为未填写：没有发生的事项也应填写 0"],
      ["R8", "error", "行政复议·其他结果 填的是“—”，视为未填写：没有发生的事项也应填写 0"],
    ]);
    expect(findings[1].cells[0].value).toBe("/");
    expect(findings[0].cells[0].value).toBeNull();
  });

  test("a linear rule with a cell without value is not evaluated (the cell has its own finding)", () => {
    const report = table3Report("2021", [
      [OPEN, NAT, 14],
      [PARTIAL, NAT, 6],
    ]);
    setRaw(report, "三", OPEN, NAT, { raw: null, value: null, problems: ["blank"] });
    setValue(report, "三", PARTIAL, T3_TOTAL, 9); // R3 of （二） and R2 of 总计 still run and fail
    const findings = checkReport(report);
    expect(findings.map((f) => `${f.rule} ${f.cells[0].row.split("/").pop()} ${f.cells[0].column}`)).toEqual([
      "R8 （一）予以公开 自然人",
      "R2 （七）总计 总计",
      "R3 （二）部分公开（区分处理的，只计这一情形，不计其他情形） 总计",
    ]);
  });
});

describe("reading notes, missing tables, unknown format", () => {
  test("notes become findings as they are, first", () => {
    const report = emptyReport({ format: "2021", year: 2022 });
    report.notes.push(
      { severity: "warning", rule: "F1", table: null, message: "2022 年的报告使用了 2019 年格式", ref: null },
      { severity: "error", rule: "F2", table: "四", message: "未找到表四", ref: { sheet: "Sheet1", row: 4, col: 2 } },
    );
    setValue(report, "四", "", "行政复议/总计", 1);
    const findings = checkReport(report);
    expect(findings.map((f) => f.rule)).toEqual(["F1", "F2", "R4"]);
    expect(findings[0]).toEqual({
      severity: "warning",
      rule: "F1",
      table: null,
      message: "2022 年的报告使用了 2019 年格式",
      imbalance: null,
      cells: [],
      suspect: null,
    });
    expect(findings[1].cells).toEqual([{ row: "", column: "", ref: { sheet: "Sheet1", row: 4, col: 2 }, value: null }]);
  });

  test("a table that was not found is not checked; a report of unknown format gets cell rules only", () => {
    const partial = emptyReport({ format: "2021", tables: ["三"] });
    expect(checkReport(partial)).toEqual([]);
    const unknown: Report = { ...emptyReport({ format: "2021" }), format: null };
    setValue(unknown, "四", "", "行政复议/总计", 3);
    setValue(unknown, "四", "", "行政复议/结果纠正", -1);
    expect(checkReport(unknown).map((f) => f.rule)).toEqual(["R7"]);
  });

  test("a previous report that is not of the year before gets a warning (P1)", () => {
    const previous = emptyReport({ format: "2021", year: 2022 });
    const report = emptyReport({ format: "2021", year: 2024 });
    const findings = checkReport(report, { previous });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["P1", "warning"]]);
    expect(findings[0].message).toContain("2022 年的报告，不是 2023 年的");
    expect(checkReport(report, { previous: emptyReport({ format: "2021", year: 2023 }) })).toEqual([]);
  });
});

test("checking never changes the report", () => {
  const report = realisticReport();
  setValue(report, "三", OPEN, NAT, 9999);
  const before = JSON.stringify([...report.cells.values()]);
  checkReport(report);
  expect(JSON.stringify([...report.cells.values()])).toBe(before);
  expect(getValue(report, "三", OPEN, NAT)).toBe(9999);
});

describe("R8 on a table left blank", () => {
  test("a blank template gives one finding per table listing every unfilled cell", () => {
    const blank = emptyReport({ format: "2021" }, null);
    const r8 = checkReport(blank).filter((f) => f.rule === "R8");
    expect(r8.map((f) => [f.table, f.cells.length])).toEqual([
      ["二", 10],
      ["三", 175],
      ["四", 15],
    ]);
    expect(r8[1].message).toMatch(/^表三有 175 个单元格未填写/);
  });

  test("up to three unfilled cells keep a finding each; from four on they are listed together", () => {
    const t2 = emptyReport({ format: "2021" }).cells;
    const rows = [...t2.values()].filter((c) => c.def.table === "二").map((c) => c.def);
    const withBlanks = (n: number) => {
      const report = emptyReport({ format: "2021" }, 0);
      for (const def of rows.slice(0, n)) {
        const cell = report.cells.get(`二|${def.row}|${def.column}`) as ReportCell;
        cell.raw = null;
        cell.value = null;
        cell.problems = ["blank"];
      }
      return checkReport(report).filter((f) => f.rule === "R8");
    };
    expect(withBlanks(3).map((f) => f.cells.length)).toEqual([1, 1, 1]);
    expect(withBlanks(4).map((f) => f.cells.length)).toEqual([4]);
  });
});
