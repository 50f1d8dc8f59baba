/**
 * Adding reports up cell by cell (逐级汇总), exactly: counts beyond 2⁵³ and amounts in 万元 with decimals are
 * added as scaled integers. Shared by the roll-up (which writes the sum) and R11 (which compares with it).
 */
import { allDataCells, type CellKey, type FormatId, FORMATS, keyOf, TABLE_IDS, type TableId } from "../format";
import { emptyReport } from "../report/build";
import type { Report } from "../report/model";
import { add, fromNumber, toNumber, ZERO, type Dec } from "./exact";

export interface CellSum {
  total: Dec;
  /** Indices of the parts that hold the cell's table but no number in the cell (blank, text, error value). */
  gaps: number[];
  /** Indices of the parts that hold the cell's table. */
  contributors: number[];
}

/** The exact sum of one cell over the parts that hold its table. */
export function sumCell(parts: readonly Report[], table: TableId, key: CellKey): CellSum {
  let whole = 0;
  let exact: Dec | null = null;
  const gaps: number[] = [];
  const contributors: number[] = [];
  parts.forEach((part, i) => {
    if (!part.tables.includes(table)) return;
    contributors.push(i);
    const value = part.cells.get(key)?.value ?? null;
    if (value === null || !Number.isFinite(value)) {
      gaps.push(i);
      return;
    }
    if (exact === null && Number.isInteger(value) && Math.abs(whole + value) <= Number.MAX_SAFE_INTEGER) {
      whole += value;
      return;
    }
    exact = add(exact ?? fromNumber(whole), fromNumber(value));
  });
  return { total: exact ?? (whole === 0 ? ZERO : fromNumber(whole)), gaps, contributors };
}

export interface SumSeed {
  format: FormatId;
  year: number | null;
  unit: string | null;
  source?: string;
}

export interface ReportSum {
  /** The sum: every data cell of the tables any part holds, as numbers (blank where no part holds a number). */
  report: Report;
  /** Tables summed: those at least one part holds, in order 二, 三, 四. */
  tables: TableId[];
  /** Per part: the tables it lacks (not counted), when any. */
  lacking: Map<number, TableId[]>;
  /** Per part: keys of the cells it holds no number in (counted as nothing), when any. */
  gaps: Map<number, CellKey[]>;
}

/**
 * Adds parts of one format up cell by cell. Cells a part lacks (its table, or a number) contribute nothing; a cell
 * in which no part holds a number stays blank.
 */
export function sumReports(parts: readonly Report[], seed: SumSeed): ReportSum {
  const format = FORMATS[seed.format];
  const tables = TABLE_IDS.filter((t) => parts.some((p) => p.tables.includes(t)));
  const report = emptyReport({ format: seed.format, year: seed.year, unit: seed.unit, source: seed.source, tables });
  const gaps = new Map<number, CellKey[]>();
  for (const def of allDataCells(format, tables)) {
    const key = keyOf(def);
    const sum = sumCell(parts, def.table, key);
    const cell = report.cells.get(key);
    // No part holds a number here: left blank (a 0 would claim what nobody reported).
    if (cell && sum.gaps.length === sum.contributors.length)
      Object.assign(cell, { raw: null, value: null, problems: ["blank"] });
    else if (cell) {
      const value = toNumber(sum.total);
      Object.assign(cell, { raw: value, value, problems: [] });
    }
    for (const i of sum.gaps) gaps.set(i, [...(gaps.get(i) ?? []), key]);
  }
  const lacking = new Map<number, TableId[]>();
  parts.forEach((part, i) => {
    const missing = tables.filter((t) => !part.tables.includes(t));
    if (missing.length > 0) lacking.set(i, missing);
  });
  return { report, tables, lacking, gaps };
}
