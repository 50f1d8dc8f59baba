/** Putting the tables found for one report together: the format they are in, year, unit, notes. */
import { type CellKey, FORMAT_IDS, formatForYear, type FormatId, FORMATS, LATEST_FORMAT, TABLE_IDS } from "../format";
import type { CellAddress, ReadNote, Report, ReportCell } from "./model";
import { note } from "./notes";
import type { FoundTable } from "./tableRead";

export interface ReportGroup {
  source: string;
  /** At most one per table. */
  tables: FoundTable[];
  unit: string | null;
  year: number | null;
  notes: ReadNote[];
}

/** The format the tables are in, from their shape; null when the shape does not tell (only table 四, or a tie). */
export function formatFromShape(tables: readonly FoundTable[]): FormatId | null {
  const score = new Map<FormatId, number>(FORMAT_IDS.map((f) => [f, 0]));
  for (const table of tables) {
    for (const f of FORMAT_IDS) {
      const read = table.reads[f];
      // A table only one format can be read in settles it.
      score.set(f, (score.get(f) ?? 0) + (read ? read.fit + table.evidence[f] : -1000));
    }
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2) return ranked[0]?.[0] ?? null;
  return ranked[0][1] - ranked[1][1] > 0.5 ? ranked[0][0] : null;
}

function yearFormat(year: number | null): FormatId | null {
  if (year === null) return null;
  const choice = formatForYear(year);
  return choice.ok ? choice.format.id : null;
}

function mismatchNote(year: number, expected: FormatId, actual: FormatId, ref: CellAddress | null): ReadNote {
  const e = FORMATS[expected];
  const a = FORMATS[actual];
  return note(
    "F1",
    "warning",
    null,
    `${year} 年度报告应使用 ${e.id} 年版表格格式（${e.notice}），但本报告的表格是 ${a.id} 年版格式（${a.notice}）；` +
      `已按 ${a.id} 年版格式读取，请改用 ${e.id} 年版格式。`,
    ref,
  );
}

export function assembleReport(group: ReportGroup): Report {
  const tables = [...group.tables].sort((a, b) => TABLE_IDS.indexOf(a.table) - TABLE_IDS.indexOf(b.table));
  const shape = formatFromShape(tables);
  const byYear = yearFormat(group.year);
  const hasFormatTables = tables.some((t) => t.table !== "四");
  const format: FormatId | null =
    tables.length === 0 ? null : (shape ?? byYear ?? (hasFormatTables ? LATEST_FORMAT.id : null));
  const cells = new Map<CellKey, ReportCell>();
  const notes: ReadNote[] = [...group.notes];
  for (const table of tables) {
    const read =
      table.reads[format ?? LATEST_FORMAT.id] ??
      [...FORMAT_IDS]
        .reverse()
        .map((f) => table.reads[f])
        .find(Boolean);
    if (!read) continue;
    for (const [key, cell] of read.cells) cells.set(key, cell);
    notes.push(...read.notes);
  }
  if (shape !== null && byYear !== null && shape !== byYear && group.year !== null) {
    const first = tables.find((t) => t.table !== "四") ?? tables[0];
    const ref = first ? { sheet: first.sheet, row: first.top, col: first.left } : null;
    notes.unshift(mismatchNote(group.year, byYear, shape, ref));
  }
  return {
    source: group.source,
    format,
    year: group.year,
    unit: group.unit,
    tables: tables.map((t) => t.table),
    cells,
    notes,
  };
}
