/** 与上年对比: 增减 = 本年 − 上年 in every cell, exactly; 增减率 exact to 0.1%; the sentences; the samples. */
import fc from "fast-check";
import { fromNumber, sub, eq } from "../check/exact";
import { FORMATS, allDataCells, cellKey, T3_NEW, T3_TOTAL, type TableId } from "../format";
import { describeShared, readSample } from "../../../test/shared";
import { emptyReport, setValue } from "./build";
import { comparisonSentence, comparisonSentences, compareReports, exactRate, KEY_ROWS } from "./compare";
import { reportFromText } from "./fromText";
import type { Report } from "./model";

const CELLS = allDataCells(FORMATS["2021"]);

/** Sets a cell, or blanks it (null). */
function put(report: Report, table: TableId, row: string, column: string, value: number | null) {
  if (value !== null) return setValue(report, table, row, column, value);
  const cell = report.cells.get(cellKey(table, row, column))!;
  cell.raw = null;
  cell.value = null;
}

/** A report whose every cell is drawn by fast-check: whole counts, amounts with up to 4 decimals, some blanks. */
const arbitraryReport = (year: number) =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
        { weight: 2, arbitrary: fc.integer({ min: 0, max: 99_999_999 }).map((n) => n / 10_000) },
        { weight: 1, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      { minLength: CELLS.length, maxLength: CELLS.length },
    )
    .map((values) => {
      const report = emptyReport({ format: "2021", year, unit: "某县" });
      CELLS.forEach((cell, i) => put(report, cell.table, cell.row, cell.column, values[i]));
      return report;
    });

/** Exact check that `tenths` is the percentage change / last × 100 rounded to a tenth (ties either way). */
function withinHalfTenth(tenths: number, change: number, last: number): boolean {
  const c = fromNumber(change);
  const l = fromNumber(last);
  const scale = Math.max(c.scale, l.scale);
  const cn = c.n * 10n ** BigInt(scale - c.scale);
  const ln = l.n * 10n ** BigInt(scale - l.scale);
  const gap = BigInt(tenths) * ln - cn * 1000n;
  const abs = (x: bigint) => (x < 0n ? -x : x);
  return abs(gap) * 2n <= abs(ln);
}

describe("compareReports", () => {
  test("property: 增减 = 本年 − 上年 in every cell (exact decimals); 增减率 to 0.1% and blank where last year is 0", () => {
    fc.assert(
      fc.property(arbitraryReport(2024), arbitraryReport(2023), (current, last) => {
        const comparison = compareReports(current, last);
        expect(comparison.cells).toHaveLength(CELLS.length);
        for (const cell of comparison.cells) {
          const now = current.cells.get(cell.key)?.value ?? null;
          const before = last.cells.get(cell.key)?.value ?? null;
          expect([cell.current, cell.last]).toEqual([now, before]);
          if (now === null || before === null) {
            expect([cell.change, cell.rate]).toEqual([null, null]);
            continue;
          }
          expect(eq(fromNumber(cell.change!), sub(fromNumber(now), fromNumber(before)))).toBe(true);
          if (before === 0) expect(cell.rate).toBeNull();
          else {
            expect(Number.isInteger(Math.round(cell.rate! * 10))).toBe(true);
            expect(Math.abs(cell.rate! * 10 - Math.round(cell.rate! * 10))).toBeLessThan(1e-9);
            // Within half a tenth of the true percentage, exactly: |tenths × 上年 − 增减 × 1000| × 2 ≤ |上年|.
            expect(withinHalfTenth(Math.round(cell.rate! * 10), cell.change!, before)).toBe(true);
          }
        }
        expect(comparison.largest.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 25 },
    );
  });

  test("rates rounded half away from zero at exactly 0.05%", () => {
    // 1/2000 = 0.05%; 3/2000 = 0.15%; −1/2000 = −0.05%.
    expect(exactRate(fromNumber(1), fromNumber(2000))).toBe(0.1);
    expect(exactRate(fromNumber(3), fromNumber(2000))).toBe(0.2);
    expect(exactRate(fromNumber(-1), fromNumber(2000))).toBe(-0.1);
    expect(exactRate(fromNumber(1), fromNumber(3))).toBe(33.3);
    expect(exactRate(fromNumber(2), fromNumber(3))).toBe(66.7);
    expect(exactRate(fromNumber(0.1), fromNumber(0.3))).toBe(33.3);
    expect(exactRate(fromNumber(5), fromNumber(0))).toBeNull();
    expect(exactRate(fromNumber(79), fromNumber(634))).toBe(12.5);
  });

  test("the largest changes come first, by size of 增减", () => {
    const last = emptyReport({ format: "2021", year: 2023, unit: "某县" }, 10);
    const current = emptyReport({ format: "2021", year: 2024, unit: "某县" }, 10);
    const [a, b, c] = CELLS.filter((x) => x.table === "三");
    setValue(current, a.table, a.row, a.column, 5);
    setValue(current, b.table, b.row, b.column, 110);
    setValue(current, c.table, c.row, c.column, 40);
    const comparison = compareReports(current, last, 2);
    expect(comparison.largest).toEqual([cellKey(b.table, b.row, b.column), cellKey(c.table, c.row, c.column)]);
  });

  test("the clerk's sentence", () => {
    const row = (current: number | null, last: number | null) => {
      const report = (v: number | null, year: number) => {
        const r: Report = emptyReport({ format: "2021", year, unit: "某县" }, 0);
        put(r, "三", T3_NEW, T3_TOTAL, v);
        return r;
      };
      const comparison = compareReports(report(current, 2024), report(last, 2023));
      return comparisonSentence(comparison.keyRows[0]);
    };
    expect(KEY_ROWS[0].key).toBe(cellKey("三", T3_NEW, T3_TOTAL));
    expect(row(713, 634)).toBe("本年新收政府信息公开申请 713 件，较上年增加 79 件，增长 12.5%");
    expect(row(600, 634)).toBe("本年新收政府信息公开申请 600 件，较上年减少 34 件，下降 5.4%");
    expect(row(634, 634)).toBe("本年新收政府信息公开申请 634 件，与上年持平");
    expect(row(3, 0)).toBe("本年新收政府信息公开申请 3 件，较上年增加 3 件（上年为 0）");
    expect(row(3, null)).toBe("本年新收政府信息公开申请 3 件（上年无可比数据）");
    expect(row(null, 3)).toBeNull();
  });
});

describeShared("平潭综合实验区 2024 against 2023 (published reports)", () => {
  test("the sentences quote both years' figures and agree with them", () => {
    const current = reportFromText(readSample("pingtan-2024.txt"), "pingtan-2024.txt");
    const last = reportFromText(readSample("pingtan-2023.txt"), "pingtan-2023.txt");
    expect([current.year, last.year]).toEqual([2024, 2023]);
    const comparison = compareReports(current, last);
    const sentences = comparisonSentences(comparison);
    expect(sentences).toHaveLength(6);
    const now = current.cells.get(KEY_ROWS[0].key)!.value!;
    const before = last.cells.get(KEY_ROWS[0].key)!.value!;
    expect(sentences[0]).toContain(`本年新收政府信息公开申请 ${now} 件`);
    expect(sentences[0]).toContain(`${now > before ? "增加" : now < before ? "减少" : "持平"}`);
    if (now !== before) expect(sentences[0]).toContain(`${Math.abs(now - before)} 件`);
    expect(comparison.cells.filter((c) => c.change !== null).length).toBeGreaterThan(100);
  });
});
