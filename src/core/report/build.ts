/** Building Reports directly from numbers (fixtures, roll-ups, carried values). */
import { allDataCells, cellKey, type CellKey, type FormatId, FORMATS, type TableId } from "../format";
import type { Report, ReportCell } from "./model";

export interface ReportSeed {
  format: FormatId;
  year?: number | null;
  unit?: string | null;
  source?: string;
  tables?: TableId[];
}

/** A report whose every data cell holds `fill` (null = blank, with the blank problem). */
export function emptyReport(seed: ReportSeed, fill: number | null = 0): Report {
  const format = FORMATS[seed.format];
  const tables = seed.tables ?? (["二", "三", "四"] as TableId[]);
  const cells = new Map<CellKey, ReportCell>();
  for (const def of allDataCells(format, tables)) {
    const { table, row, column, kind } = def;
    cells.set(cellKey(table, row, column), {
      def: { table, row, column, kind },
      raw: fill,
      value: fill,
      problems: fill === null ? ["blank"] : [],
      ref: null,
    });
  }
  return {
    source: seed.source ?? "",
    format: seed.format,
    year: seed.year ?? null,
    unit: seed.unit ?? null,
    tables,
    cells,
    notes: [],
  };
}

/** Sets a number in a report (a clean value, no problems). Throws on an unknown cell: fixtures must name real cells. */
export function setValue(report: Report, table: TableId, row: string, column: string, value: number): void {
  const cell = report.cells.get(cellKey(table, row, column));
  if (!cell) throw new Error(`no cell ${table} ${row} ${column} in this report`);
  cell.raw = value;
  cell.value = value;
  cell.problems = [];
}

export function getValue(report: Report, table: TableId, row: string, column: string): number | null {
  return report.cells.get(cellKey(table, row, column))?.value ?? null;
}
