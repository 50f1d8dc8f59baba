/**
 * Property tests: a random consistent report (table 三 built from random leaf cells, totals computed so
 * R1–R4 hold), then one or two random cells of table 三 changed.
 */
import fc from "fast-check";
import { FORMATS, type FormatId } from "../format";
import { emptyReport, getValue, setValue } from "../report/build";
import type { Report } from "../report/model";
import { checkReport } from "./engine";
import { APPLICANT_COLUMNS, fillTable3, resultRows } from "./testing/fixtures";
import type { Finding } from "./types";

const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 5000 }));
const sixCounts = fc.array(count, { minLength: 6, maxLength: 6 });

function consistent(format: FormatId) {
  return fc
    .record({
      results: fc.array(sixCounts, { minLength: resultRows(format).length, maxLength: resultRows(format).length }),
      carriedIn: sixCounts,
      carriedOut: sixCounts,
    })
    .map((leaves) => {
      const report = emptyReport({ format, year: 2024 });
      // Keep 一、本年新收 = （七）总计 + 四 − 二 ≥ 0.
      const resultTotal = APPLICANT_COLUMNS.map((_, j) => leaves.results.reduce((s, row) => s + row[j], 0));
      const carriedIn = leaves.carriedIn.map((v, j) => Math.min(v, resultTotal[j] + leaves.carriedOut[j]));
      fillTable3(report, { ...leaves, carriedIn });
      return report;
    });
}

const cellsOf = (format: FormatId) => FORMATS[format].tables["三"].dataCells;

/** A table-三 cell (by index) and a new value for it, different from the old one. */
const change = (format: FormatId) =>
  fc.record({ at: fc.nat({ max: cellsOf(format).length - 1 }), value: fc.integer({ min: 0, max: 9999 }) });

interface Changed {
  row: string;
  column: string;
  old: number;
  now: number;
}

function apply(report: Report, format: FormatId, at: number, value: number): Changed {
  const { row, column } = cellsOf(format)[at];
  const old = getValue(report, "三", row, column) as number;
  const now = value === old ? old + 1 + (value % 7) : value;
  setValue(report, "三", row, column, now);
  return { row, column, old, now };
}

const linear = (findings: Finding[]) => findings.filter((f) => f.rule !== "R7" && f.rule !== "R8");

describe.each<FormatId>(["2021", "2019"])("format %s", (format) => {
  test("a consistent report passes", () => {
    fc.assert(
      fc.property(consistent(format), (report) => checkReport(report).length === 0),
      { numRuns: 200 },
    );
  });

  test("ONE changed cell of table 三 is the suspect, with its old value, in every finding", () => {
    fc.assert(
      fc.property(consistent(format), change(format), (report, c) => {
        const changed = apply(report, format, c.at, c.value);
        const findings = checkReport(report);
        expect(findings.length).toBeGreaterThan(0);
        expect(findings.length).toBe(linear(findings).length);
        for (const f of findings) {
          expect(f.candidates).toBeUndefined();
          expect(f.suspect).toMatchObject({
            row: changed.row,
            column: changed.column,
            value: changed.now,
            suggested: changed.old,
          });
        }
      }),
      { numRuns: Number(process.env.CHECK_RUNS ?? (format === "2021" ? 1000 : 300)) },
    );
  });

  test("TWO changed cells: any suspect named is one of them, with its old value", () => {
    let named = 0;
    fc.assert(
      fc.property(consistent(format), change(format), change(format), (report, c1, c2) => {
        fc.pre(c1.at !== c2.at);
        const changes = [apply(report, format, c1.at, c1.value), apply(report, format, c2.at, c2.value)];
        const findings = checkReport(report);
        for (const f of findings) {
          expect(f.candidates).toBeUndefined();
          if (f.suspect === null) continue;
          named += 1;
          const s = f.suspect;
          const hit = changes.find((c) => c.row === s.row && c.column === s.column);
          expect(hit).toBeDefined();
          expect(s.suggested).toBe(hit?.old);
        }
      }),
      { numRuns: Number(process.env.CHECK_RUNS ?? (format === "2021" ? 1000 : 300)) },
    );
    // Not vacuous: most pairs of typos are still pinned down.
    expect(named).toBeGreaterThan(0);
  });
});
