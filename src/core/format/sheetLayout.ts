/** Where the title, headings and tables go on a worksheet: shared by every host that writes one. */
import { TITLE_SUFFIX } from "./labels";
import type { CellKind, FormatDef, TableId } from "./types";

export interface PlacedTable {
  table: TableId;
  /** 0-based sheet row of the section heading. */
  headingRow: number;
  /** 0-based sheet position of the table's top-left grid cell. */
  top: number;
  left: number;
  /** Workbook-level name that refers to the table's whole grid. */
  name: string;
}

export interface SheetLayout {
  title: { row: number; col: number; colSpan: number; text: string; name: string };
  tables: PlacedTable[];
  /** Column widths in Excel character units, from column A. */
  columnWidths: number[];
  /** Total sheet columns used. */
  columns: number;
  /** Panes frozen so the labels stay in view: the rows above and the columns left of the scrolling pane. */
  frozen: { rows: number; columns: number };
}

export const NUMBER_FORMATS: Record<CellKind, string> = {
  count: "0",
  signedCount: "0",
  amount: "0.00##",
};

export const COLORS = {
  groupFill: "#C6D9F1",
  headerFill: "#F2F2F2",
  border: "#000000",
} as const;

/**
 * Column widths (characters), shared by the three tables: the narrowest, in whole pixels as Excel keeps them, that
 * wrap no label leaving one character alone on its last line (labelFit.ts; a 9-character A left 果 of
 * 三、本年度办理结果 and 件 of 规范性文件 alone), so that the widest table (四, 15 columns) prints on A4 portrait at
 * 9 pt or more. A holds seven Chinese characters a line (at four, five or six one of 三、本年度办理结果,
 * 规范性文件, 政府集中采购, 行政规范性文件 leaves one alone); B and D four (本年制发件数 as 4 + 2, 尚未审结);
 * C table 三's item labels up to 2.其他法律行政法规禁止公开 on one line (narrower, one of 5.属于三类内部事务信息,
 * 3.补正后申请内容仍不明确, 4.保护第三方合法权益… ends alone on a line, whatever the width); the others two
 * (商业企业, 社会公益组织) and four digits, table 三's 总计 column (J) five.
 */
const WIDTHS = [14.71, 8.43, 27.29, 8.43, 4.57, 4.57, 4.57, 4.57, 4.57, 5, 4.57, 4.57, 4.57, 4.57, 4.57];

export const NAME_PREFIX = "DT";
const TABLE_NAME_PART: Record<TableId, string> = { 二: "T2", 三: "T3", 四: "T4" };
export const TABLE_OF_NAME_PART: Record<string, TableId> = { T2: "二", T3: "三", T4: "四" };

/** Names of one inserted set: DT_2024_T3, or DT_2024_2_T3 when DT_2024_… is taken. */
export function namePrefix(year: number, existingNames: readonly string[]): string {
  const taken = new Set(existingNames.map((n) => n.toUpperCase()));
  for (let n = 1; ; n += 1) {
    const prefix = n === 1 ? `${NAME_PREFIX}_${year}` : `${NAME_PREFIX}_${year}_${n}`;
    const parts = [...Object.values(TABLE_NAME_PART), "TITLE"].map((p) => `${prefix}_${p}`.toUpperCase());
    if (!parts.some((p) => taken.has(p))) return prefix;
  }
}

/** Parses a name written by namePrefix: its year, its set prefix and what it refers to. */
export function parseTableName(name: string): { year: number; prefix: string; part: TableId | "TITLE" } | null {
  const m = /^DT_(\d{4})(?:_(\d+))?_(T2|T3|T4|TITLE)$/i.exec(name);
  if (!m) return null;
  const part = m[3].toUpperCase();
  return {
    year: Number(m[1]),
    prefix: `${NAME_PREFIX}_${m[1]}${m[2] ? `_${m[2]}` : ""}`,
    part: part === "TITLE" ? "TITLE" : TABLE_OF_NAME_PART[part],
  };
}

export function reportTitle(unit: string, year: number): string {
  return `${unit.trim()}${year}${TITLE_SUFFIX}`;
}

/** Excel's longest sheet name, and the characters a sheet name cannot hold. */
const SHEET_NAME_MAX = 31;
const NOT_IN_SHEET_NAMES = /[[\]:*?/\\]/g;

/**
 * A sheet name not taken (case-insensitively): base; else, where the unit is known, base-unit (2024年报表-胡集乡,
 * so several bodies' reports of one year are told apart by name); only then a number, base-unit(2).
 */
export function uniqueSheetName(base: string, existingSheets: readonly string[], unit?: string | null): string {
  const taken = new Set(existingSheets.map((s) => s.toLowerCase()));
  const free = (name: string) => !taken.has(name.toLowerCase());
  if (free(base)) return base;
  const who = (unit ?? "")
    .replace(NOT_IN_SHEET_NAMES, "")
    .trim()
    .replace(/^'+|'+$/g, "");
  const named = who === "" ? base : `${base}-${who}`.slice(0, SHEET_NAME_MAX);
  if (free(named)) return named;
  for (let n = 2; ; n += 1) {
    const suffix = `(${n})`;
    const candidate = `${named.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (free(candidate)) return candidate;
  }
}

/** Worksheet name for a report year: 2024年报表, or 2024年报表-胡集乡 when taken. */
export function sheetNameForYear(year: number, existingSheets: readonly string[], unit?: string | null): string {
  return uniqueSheetName(`${year}年报表`, existingSheets, unit);
}

export function sheetLayout(
  format: FormatDef,
  tables: readonly TableId[],
  opts: { unit: string; year: number; prefix: string; startRow?: number },
): SheetLayout {
  const columns = Math.max(...tables.map((t) => format.tables[t].gridColumns), 10);
  let row = opts.startRow ?? 0;
  const title = {
    row,
    col: 0,
    colSpan: columns,
    text: reportTitle(opts.unit, opts.year),
    name: `${opts.prefix}_TITLE`,
  };
  row += 2;
  const placed: PlacedTable[] = [];
  for (const table of tables) {
    const def = format.tables[table];
    placed.push({ table, headingRow: row, top: row + 1, left: 0, name: `${opts.prefix}_${TABLE_NAME_PART[table]}` });
    row += 1 + def.gridRows + 1;
  }
  return {
    title,
    tables: placed,
    columnWidths: WIDTHS.slice(0, columns),
    columns,
    frozen: frozenPanes(format, tables),
  };
}

/**
 * The label columns of table 三 (else of the other tables) stay in view while the clerk scrolls right to the
 * 总计 column; no rows are frozen. The tables are stacked on one sheet, so table 三's header rows are not at the
 * top: freezing them would freeze the title, table 二 and table 三's header with them — 584 px (2021) to 749 px
 * (2019), more than the grid Excel shows on a 1366×768 screen under its ribbon (about 450 px) — or, frozen scrolled
 * down, hide the title and table 二 until the clerk unfreezes the panes.
 */
function frozenPanes(format: FormatDef, tables: readonly TableId[]): SheetLayout["frozen"] {
  const labelColumns = (table: TableId) => Math.min(...format.tables[table].dataCells.map((cell) => cell.c));
  const columns = tables.includes("三") ? labelColumns("三") : Math.max(0, ...tables.map(labelColumns));
  return { rows: 0, columns };
}
