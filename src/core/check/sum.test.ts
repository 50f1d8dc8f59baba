/** Adding reports up (逐级汇总): exact in every cell, and the rules hold on the sum when they hold on the parts. */
import fc from "fast-check";
import { allDataCells, FORMATS, cellKey, type FormatId } from "../format";
import { emptyReport, getValue, setValue } from "../report/build";
import type { Report } from "../report/model";
import { checkReport } from "./engine";
import { sumCell, sumReports } from "./sum";
import { fillTable3, fillTable4, realisticReport, resultRows, APPLICANT_COLUMNS } from "./testing/fixtures";

const FEE = ["二", "第二十条第（八）项/行政事业性收费", "本年收费金额（单位：万元）"] as const;

describe("sumReports", () => {
  test("every cell of the sum is the sum of the parts' cells (generated city-size reports)", () => {
    const parts = [1, 2, 3, 4, 5].map((seed) => realisticReport({ seed, year: 2024 }));
    const { report, tables, lacking, gaps } = sumReports(parts, { format: "2021", year: 2024, unit: "某县" });
    expect(tables).toEqual(["二", "三", "四"]);
    expect(lacking.size).toBe(0);
    expect(gaps.size).toBe(0);
    expect(report).toMatchObject({ format: "2021", year: 2024, unit: "某县" });
    const cells = allDataCells(FORMATS["2021"]);
    expect(report.cells.size).toBe(cells.length);
    let nonZero = 0;
    for (const def of cells) {
      const key = cellKey(def.table, def.row, def.column);
      const expected = parts.reduce((s, p) => s + Math.round((p.cells.get(key)?.value ?? NaN) * 1e4), 0) / 1e4;
      expect(report.cells.get(key)?.value).toBe(expected);
      expect(report.cells.get(key)?.problems).toEqual([]);
      if (expected !== 0) nonZero += 1;
    }
    expect(nonZero).toBeGreaterThan(50);
  });

  test("amounts with decimals are added exactly (no floating-point residue)", () => {
    const values = [59237.2449, 0.0001, 0.1, 0.2];
    const parts = values.map((v) => {
      const r = emptyReport({ format: "2021", year: 2024 });
      setValue(r, ...FEE, v);
      return r;
    });
    const { report } = sumReports(parts, { format: "2021", year: 2024, unit: null });
    // 59237.2449 + 0.0001 + 0.1 + 0.2 = 59237.545 exactly; adding the floats gives something else.
    expect(values.reduce((a, b) => a + b, 0)).not.toBe(59237.545);
    expect(getValue(report, ...FEE)).toBe(59237.545);
  });

  test("counts beyond 2⁵³ in total are added as exact integers", () => {
    const big = 2 ** 52 + 1;
    const parts = [big, big, 3].map((v) => {
      const r = emptyReport({ format: "2021", year: 2024 });
      setValue(r, "四", "", "行政复议/结果维持", v);
      return r;
    });
    const sum = sumCell(parts, "四", cellKey("四", "", "行政复议/结果维持"));
    expect(sum.total.n).toBe(BigInt(big) * 2n + 3n);
  });

  test("a part lacking a table does not count there and is named; blank cells are gaps", () => {
    const a = realisticReport({ seed: 1 });
    const b = emptyReport({ format: "2021", year: 2024, tables: ["三", "四"] }, 0);
    const blank = b.cells.get(cellKey("三", APPLICANT_ROW, "法人或其他组织/商业企业"))!;
    Object.assign(blank, { raw: null, value: null, problems: ["blank"] });
    const { report, lacking, gaps } = sumReports([a, b], { format: "2021", year: 2024, unit: "某县" });
    expect(lacking.get(1)).toEqual(["二"]);
    expect(lacking.has(0)).toBe(false);
    expect(gaps.get(1)).toEqual([cellKey("三", APPLICANT_ROW, "法人或其他组织/商业企业")]);
    expect(getValue(report, ...FEE)).toBe(getValue(a, ...FEE));
    expect(getValue(report, "三", APPLICANT_ROW, "法人或其他组织/商业企业")).toBe(
      getValue(a, "三", APPLICANT_ROW, "法人或其他组织/商业企业"),
    );
  });

  test("a cell no part holds a number in stays blank (not 0)", () => {
    const blank = emptyReport({ format: "2021", year: 2024 }, null);
    const { report, gaps } = sumReports([blank, blank], { format: "2021", year: 2024, unit: null });
    expect([...report.cells.values()].every((c) => c.value === null && c.problems.includes("blank"))).toBe(true);
    expect(gaps.get(0)).toHaveLength(report.cells.size);
  });

  test("tables no part holds are left out of the sum", () => {
    const a = emptyReport({ format: "2021", year: 2024, tables: ["三"] }, 1);
    const { report, tables } = sumReports([a, a], { format: "2021", year: 2024, unit: null });
    expect(tables).toEqual(["三"]);
    expect(report.tables).toEqual(["三"]);
    expect([...report.cells.keys()].every((k) => k.startsWith("三|"))).toBe(true);
    expect([...report.cells.values()].every((c) => c.value === 2)).toBe(true);
  });
});

const APPLICANT_ROW = "三、本年度办理结果/（一）予以公开";

/** Random consistent reports (R1–R4 hold by construction), of one format. */
function consistentReport(format: FormatId) {
  const count = fc.integer({ min: 0, max: 3000 });
  const six = fc.array(count, { minLength: 6, maxLength: 6 });
  const four = fc.array(count, { minLength: 4, maxLength: 4 });
  return fc
    .record({
      results: fc.array(six, { minLength: resultRows(format).length, maxLength: resultRows(format).length }),
      carriedIn: six,
      carriedOut: six,
      t4: fc.array(four, { minLength: 3, maxLength: 3 }),
      fee: fc.integer({ min: 0, max: 10 ** 9 }).map((n) => n / 10 ** 4),
    })
    .map((leaves): Report => {
      const report = emptyReport({ format, year: format === "2019" ? 2020 : 2024 });
      const resultTotal = APPLICANT_COLUMNS.map((_, j) => leaves.results.reduce((s, row) => s + row[j], 0));
      const carriedIn = leaves.carriedIn.map((v, j) => Math.min(v, resultTotal[j] + leaves.carriedOut[j]));
      fillTable3(report, { ...leaves, carriedIn });
      fillTable4(report, leaves.t4);
      const fee = FORMATS[format].tables["二"].dataCells.find((d) => d.kind === "amount");
      if (fee) setValue(report, "二", fee.row, fee.column, leaves.fee);
      return report;
    });
}

describe.each<FormatId>(["2021", "2019"])(
  "format %s: the rules hold on the sum when they hold on the parts",
  (format) => {
    test("R1–R4 (and R7/R8) pass on the sum of 1–8 consistent reports", () => {
      fc.assert(
        fc.property(fc.array(consistentReport(format), { minLength: 1, maxLength: 8 }), (parts) => {
          expect(parts.every((p) => checkReport(p).length === 0)).toBe(true);
          const { report } = sumReports(parts, { format, year: parts[0].year, unit: "某县" });
          expect(checkReport(report)).toEqual([]);
        }),
        { numRuns: 60 },
      );
    });
  },
);
