/** R11: the summary equals the sum of its parts, cell by cell. */
import fc from "fast-check";
import { allDataCells, cellKey, FORMATS } from "../format";
import { emptyReport, getValue, setValue } from "../report/build";
import type { Report } from "../report/model";
import { checkParts, type PartReport } from "./parts";
import { sumReports } from "./sum";
import { realisticReport } from "./testing/fixtures";

const LICENCE = ["二", "第二十条第（五）项/行政许可", "本年处理决定数量"] as const;

function setup(n = 3): { parts: PartReport[]; summary: Report } {
  const parts = Array.from({ length: n }, (_, i) => ({
    report: realisticReport({ seed: 10 + i, year: 2024 }),
    name: `乡${i + 1}`,
  }));
  const { report } = sumReports(
    parts.map((p) => p.report),
    { format: "2021", year: 2024, unit: "某县" },
  );
  report.source = "2024年报表";
  return { parts, summary: report };
}

describe("R11", () => {
  test("a summary that is the sum of its parts passes", () => {
    const { parts, summary } = setup();
    expect(checkParts(summary, parts)).toEqual([]);
  });

  test("a summary cell that differs from the sum is an R11 error with the cell as suspect and the sum as suggestion", () => {
    const { parts, summary } = setup();
    const sum = getValue(summary, ...LICENCE) as number;
    setValue(summary, ...LICENCE, sum - 20);
    summary.cells.get(cellKey(...LICENCE))!.ref = { sheet: "2024年报表", row: 9, col: 1 };
    const findings = checkParts(summary, parts);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ severity: "error", rule: "R11", table: "二", imbalance: -20 });
    expect(f.message).toBe(`行政许可·本年处理决定数量 为 ${sum - 20}，但各下级报告之和为 ${sum}（相差 -20）`);
    expect(f.cells).toEqual([
      { row: LICENCE[1], column: LICENCE[2], ref: { sheet: "2024年报表", row: 9, col: 1 }, value: sum - 20 },
    ]);
    expect(f.suspect).toMatchObject({ row: LICENCE[1], column: LICENCE[2], value: sum - 20, suggested: sum });
    const shares = parts.map((p) => `${p.name} ${getValue(p.report, ...LICENCE)}`);
    expect(f.suspect?.reason).toContain(shares.join("、"));
  });

  test("any single changed cell of the summary is found, and only that one (property)", () => {
    const { parts, summary } = setup(2);
    const cells = allDataCells(FORMATS["2021"]);
    fc.assert(
      fc.property(fc.nat({ max: cells.length - 1 }), fc.integer({ min: 1, max: 999 }), (at, by) => {
        const def = cells[at];
        const key = cellKey(def.table, def.row, def.column);
        const cell = summary.cells.get(key)!;
        const old = cell.value as number;
        cell.value = old + by;
        try {
          const findings = checkParts(summary, parts);
          expect(findings).toHaveLength(1);
          expect(findings[0].suspect).toMatchObject({ row: def.row, column: def.column, suggested: old });
        } finally {
          cell.value = old;
        }
      }),
      { numRuns: 100 },
    );
  });

  test("decimal amounts are compared exactly: 0.0001 off is found, float noise is not", () => {
    const a = emptyReport({ format: "2021", year: 2024 });
    const b = emptyReport({ format: "2021", year: 2024 });
    const FEE = ["二", "第二十条第（八）项/行政事业性收费", "本年收费金额（单位：万元）"] as const;
    setValue(a, ...FEE, 0.1);
    setValue(b, ...FEE, 0.2);
    const summary = emptyReport({ format: "2021", year: 2024 });
    setValue(summary, ...FEE, 0.3);
    const parts = [a, b].map((report, i) => ({ report, name: `P${i}` }));
    expect(checkParts(summary, parts)).toEqual([]);
    setValue(summary, ...FEE, 0.3001);
    expect(checkParts(summary, parts)).toEqual([
      expect.objectContaining({ rule: "R11", imbalance: 0.0001, message: expect.stringContaining("（相差 0.0001）") }),
    ]);
  });

  test("parts of another format cannot be compared: one error, no cell findings", () => {
    const { parts, summary } = setup(2);
    const old = { report: emptyReport({ format: "2019", year: 2024 }), name: "旧格式乡" };
    const findings = checkParts(summary, [...parts, old]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", rule: "R11" });
    expect(findings[0].message).toContain("“旧格式乡” 使用 2019 年版表格格式");
  });

  test("a part of another year is an error; a part lacking a table is named in a warning and counts as nothing", () => {
    const { parts, summary } = setup(2);
    parts[1].report.year = 2023;
    const lacking = emptyReport({ format: "2021", year: 2024, tables: ["三", "四"] }, 0);
    const findings = checkParts(summary, [...parts, { report: lacking, name: "无表二乡" }]);
    expect(findings.map((f) => [f.severity, f.table, f.message])).toEqual([
      ["error", null, "下级报告 “乡2” 是 2023 年度的，汇总报告是 2024 年度的"],
      ["warning", "二", "下级报告 “无表二乡” 没有表二，按不计入核对"],
    ]);
  });

  test("blank cells in a part are not compared; a warning says how many summary cells were skipped", () => {
    const { parts, summary } = setup(2);
    const cell = parts[0].report.cells.get(cellKey(...LICENCE))!;
    Object.assign(cell, { raw: null, value: null, problems: ["blank"] });
    setValue(summary, ...LICENCE, 1);
    const findings = checkParts(summary, parts);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "warning",
        rule: "R11",
        message: "下级报告 “乡1” 中有单元格未填写或无法识别，汇总报告中相应的 1 个单元格未核对",
      }),
    ]);
  });

  test("a summary table no part holds, and a part table the summary lacks, are warnings", () => {
    const part = { report: emptyReport({ format: "2021", year: 2024, tables: ["三"] }, 1), name: "甲" };
    const summary = emptyReport({ format: "2021", year: 2024, tables: ["二"] }, 1);
    const messages = checkParts(summary, [part]).map((f) => `${f.severity} ${f.message}`);
    expect(messages).toEqual([
      "warning 各下级报告都没有表二，无法核对汇总报告的表二",
      "warning 汇总报告中没有表三，而下级报告 “甲” 有",
    ]);
  });
});
