import { FORMAT_2021, T3_COLUMNS, T3_NEW, T3_RESULT_TOTAL, T3_TOTAL, type FormatDef, type LinearRule } from "../format";
import { emptyReport, setValue } from "../report/build";
import { checkReport } from "./engine";
import { evaluate } from "./evaluate";
import { add, divInt, eq, exactSum, fromNumber, toNumber, toText } from "./exact";
import { ruleInstances } from "./instances";
import { failureMessage } from "./names";
import type { Report } from "../report/model";
import { fillTable3, resultRows } from "./testing/fixtures";

describe("exact decimals", () => {
  test("numbers are taken as the decimal that was typed", () => {
    expect(toText(fromNumber(59237.2449))).toBe("59237.2449");
    expect(toText(fromNumber(-0.0001))).toBe("-0.0001");
    expect(toText(fromNumber(1e21))).toBe("1000000000000000000000");
    expect(toText(fromNumber(1.5e-7))).toBe("0.00000015");
    expect(toText(fromNumber(96171.6))).toBe("96171.6");
    expect(() => fromNumber(Number.NaN)).toThrow(RangeError);
  });

  test("59237.2449 + 0.0001 is 59237.245, where floating point is not", () => {
    expect(59237.2449 + 0.0001).not.toBe(59237.245);
    const sum = add(fromNumber(59237.2449), fromNumber(0.0001));
    expect(toText(sum)).toBe("59237.245");
    expect(eq(sum, fromNumber(59237.245))).toBe(true);
    expect(toNumber(sum)).toBe(59237.245);
    expect(eq(exactSum([0.1, 0.2, -0.3], [1, 1, 1]), fromNumber(0))).toBe(true);
    expect(0.1 + 0.2 - 0.3).not.toBe(0);
  });

  test("whole numbers past 2⁵³ are added exactly", () => {
    const sum = exactSum([Number.MAX_SAFE_INTEGER, 2], [1, 1]);
    expect(sum.n).toBe(9007199254740993n);
    expect(Number.MAX_SAFE_INTEGER + 2).toBe(9007199254740992);
    expect(exactSum([1e12, 1e12, 3], [1, -1, 1]).n).toBe(3n);
  });

  test("division by a coefficient is exact or refused", () => {
    expect(toText(divInt(fromNumber(7), -2) ?? fromNumber(0))).toBe("-3.5");
    expect(divInt(fromNumber(1), 3)).toBeNull();
  });
});

describe("exact checks", () => {
  test("totals near 10¹² balance exactly, and a difference of 1 is seen", () => {
    const report = emptyReport({ format: "2021", year: 2024 });
    const rows = resultRows("2021");
    const big = 999_999_999_989;
    const results = rows.map((_, i) => T3_COLUMNS.slice(0, 6).map((_c, j) => (i === 0 ? big - j : i * 7 + j)));
    fillTable3(report, { results, carriedIn: [5e11, 0, 0, 0, 0, 1], carriedOut: [123456789012, 0, 0, 0, 0, 0] });
    expect(report.cells.get(`三|${T3_RESULT_TOTAL}|${T3_TOTAL}`)?.value).toBeGreaterThan(5.99e12);
    expect(checkReport(report)).toEqual([]);
    const total = report.cells.get(`三|${T3_NEW}|${T3_TOTAL}`)?.value as number;
    setValue(report, "三", T3_NEW, T3_TOTAL, total + 1);
    const findings = checkReport(report);
    expect(findings.map((f) => [f.rule, f.imbalance])).toEqual([
      ["R1", 1],
      ["R3", 1],
    ]);
    expect(findings[0].suspect).toMatchObject({ row: T3_NEW, column: T3_TOTAL, suggested: total });
  });

  test("an amount rule adds 59237.2449 + 0.0001 to exactly 59237.245 and reports 0.0001 as 0.0001", () => {
    // A made-up table of three amounts and the rule 丙 = 甲 + 乙, to run the generic evaluator on decimals.
    const row = "收费";
    const def = (column: string) => ({ table: "二" as const, row, column, kind: "amount" as const });
    const table = {
      ...FORMAT_2021.tables["二"],
      dataCells: ["甲", "乙", "丙"].map((c, i) => ({ ...def(c), r: 0, c: i, colSpan: 1 })),
      rowPaths: [row],
      columnPaths: ["甲", "乙", "丙"],
    };
    const rule: LinearRule = {
      id: "R4",
      severity: "error",
      table: "二",
      along: "row",
      left: [{ path: "丙" }],
      right: [{ path: "甲" }, { path: "乙" }],
      text: { left: "丙", right: "甲与乙之和" },
      statement: "丙等于甲加乙",
    };
    const format: FormatDef = { ...FORMAT_2021, tables: { ...FORMAT_2021.tables, 二: table }, rules: [rule] };
    const report = (a: number, b: number, c: number): Report => ({
      ...emptyReport({ format: "2021", tables: [] }),
      cells: new Map(
        [a, b, c].map((value, i) => {
          const d = def(["甲", "乙", "丙"][i]);
          return [`二|${row}|${d.column}`, { def: d, raw: value, value, problems: [], ref: null }];
        }),
      ),
    });
    const run = (r: Report) => evaluate(ruleInstances(format), r, null).evaluated[0];
    expect(run(report(59237.2449, 0.0001, 59237.245)).failing).toBe(false);
    const off = run(report(59237.2449, 0.0001, 59237.2451));
    expect(off.failing).toBe(true);
    expect(toNumber(off.d)).toBe(0.0001);
    expect(toText(off.right)).toBe("59237.245");
    expect(failureMessage(off)).toBe("收费·丙 为 59237.2451，但甲与乙之和为 59237.245（相差 0.0001）");
    const big = run(report(123456789.123456, 0.000001, 123456789.123457));
    expect(big.failing).toBe(false);
  });
});
