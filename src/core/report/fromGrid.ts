/**
 * Reading Reports from a workbook: tables inserted by the add-in (found by their names) and tables
 * typed or pasted by hand anywhere in any sheet (found by their labels). One Report per report found.
 */
import { TABLE_IDS } from "../format";
import type { Box, WorkbookSnapshot } from "../grid";
import { isSectionHeading } from "./anchors";
import { assembleReport, type ReportGroup } from "./assemble";
import type { CellAddress, Report } from "./model";
import { readNamedSets } from "./fromNames";
import { note } from "./notes";
import { SheetView } from "./sheetView";
import { FINDERS } from "./finders";
import type { Area, FoundTable } from "./tableRead";
import { parseTitle, type TitleInfo } from "./titles";

export interface FoundTitle extends TitleInfo {
  ref: CellAddress;
}

const LONGEST_UNIT = 30;

/** Titles on a sheet ({单位}{年}年政府信息公开工作年度报告); the unit may stand in the row above. */
export function findTitles(view: SheetView, area: Area): FoundTitle[] {
  const titles: FoundTitle[] = [];
  for (let r = area.top; r < area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) {
      const text = view.value(r, c);
      if (typeof text !== "string" || !text.includes("政府信息公开")) continue;
      const title = parseTitle(text);
      if (!title) continue;
      const unit = title.unit ?? unitAbove(view, area, r);
      titles.push({ unit, year: title.year, ref: { sheet: view.name, row: r, col: c } });
      break;
    }
  }
  return titles;
}

function unitAbove(view: SheetView, area: Area, row: number): string | null {
  if (row - 1 < area.top) return null;
  for (let c = area.left; c <= area.right; c += 1) {
    const text = view.value(row - 1, c);
    if (text === null || text === "") continue;
    if (typeof text !== "string") return null;
    const unit = text.trim();
    const plain = unit.length <= LONGEST_UNIT && !/[。，；：:]|政府信息公开|\d{4}/.test(unit);
    return plain && unit !== "" ? unit : null;
  }
  return null;
}

function inside(box: Box, row: number, col: number): boolean {
  return row >= box.top && row < box.top + box.rows && col >= box.left && col < box.left + box.cols;
}

/**
 * Whether a sheet holds nothing outside its named tables but section headings (a sheet made by the add-in or
 * the command line, and filled in): then the label search, the costly part of reading, has nothing to find.
 */
function onlyNamedTables(view: SheetView, boxes: readonly Box[]): boolean {
  if (boxes.length === 0) return false;
  for (let r = view.top; r < view.bottom; r += 1) {
    for (let c = view.left; c < view.right; c += 1) {
      const value = view.value(r, c);
      if (value === null || boxes.some((box) => inside(box, r, c))) continue;
      if (typeof value !== "string" || !isSectionHeading(view.key(r, c))) return false;
    }
  }
  return true;
}

export function sheetArea(view: SheetView): Area {
  return { top: view.top, bottom: view.bottom, left: view.left, right: Math.max(view.left, view.right - 1) };
}

/** Every table found by its labels on a sheet, in reading order. */
export function findTables(view: SheetView, area: Area = sheetArea(view)): FoundTable[] {
  return TABLE_IDS.flatMap((id) => FINDERS[id](view, area)).sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Reports side by side on one sheet at most (the label search runs once more for each). */
const MAX_BANDS = 8;

/** The rightmost column a found table reads. */
function rightOf(table: FoundTable): number {
  let right = table.left;
  for (const read of Object.values(table.reads)) {
    for (const cell of read?.cells.values() ?? []) if (cell.ref) right = Math.max(right, cell.ref.col);
  }
  return right;
}

/**
 * Every table of the sheet, also those standing to the right of others (the finders read one table per row band):
 * the search runs again right of the tables found until nothing more is found.
 */
function tablesSideBySide(view: SheetView): { tables: FoundTable[]; titles: FoundTitle[] } {
  const tables: FoundTable[] = [];
  const titles: FoundTitle[] = findTitles(view, sheetArea(view));
  let area = sheetArea(view);
  for (let band = 0; band < MAX_BANDS && area.left <= area.right; band += 1) {
    const found = findTables(view, area);
    if (found.length === 0) break;
    tables.push(...found);
    if (band > 0) {
      for (const title of findTitles(view, area)) {
        if (!titles.some((t) => t.ref.row === title.ref.row && t.ref.col === title.ref.col)) titles.push(title);
      }
    }
    area = { ...area, left: Math.max(...found.map(rightOf)) + 1 };
  }
  return { tables: tables.sort((a, b) => a.top - b.top || a.left - b.left), titles };
}

/** Columns between the left edges of two tables that stand side by side (a table is at least this wide). */
const SIDE_BY_SIDE = 8;

/**
 * Tables in columns apart: two reports side by side on one sheet (each report's tables one under another). Each
 * band is grouped into reports on its own, with the titles above it; one band for the usual sheet.
 */
function columnBands(
  tables: readonly FoundTable[],
  titles: readonly FoundTitle[],
): { tables: FoundTable[]; titles: FoundTitle[] }[] {
  const lefts = [...new Set(tables.map((t) => t.left))].sort((a, b) => a - b);
  const starts: number[] = [];
  for (const left of lefts)
    if (starts.length === 0 || left - lefts[lefts.indexOf(left) - 1] >= SIDE_BY_SIDE) starts.push(left);
  if (starts.length <= 1) return [{ tables: [...tables], titles: [...titles] }];
  const bandOf = (col: number) => {
    let band = 0;
    starts.forEach((start, i) => {
      if (col >= start - SIDE_BY_SIDE / 2) band = i;
    });
    return band;
  };
  return starts.map((_, i) => ({
    tables: tables.filter((t) => bandOf(t.left) === i),
    titles: titles.filter((t) => bandOf(t.ref.col) === i),
  }));
}

/**
 * Splits a sheet's tables into reports: a new report starts at a title, or when a table comes again
 * or out of order (二, 三, 四).
 */
export function groupTables(source: string, tables: FoundTable[], titles: FoundTitle[]): ReportGroup[] {
  const groups: { tables: FoundTable[]; title: FoundTitle | null }[] = [];
  const unused = [...titles].sort((a, b) => a.ref.row - b.ref.row);
  for (const table of tables) {
    const current = groups[groups.length - 1];
    const last = current?.tables[current.tables.length - 1];
    const titleBetween = unused.find((t) => t.ref.row <= table.top && (!last || t.ref.row > last.bottom));
    const outOfOrder = last !== undefined && TABLE_IDS.indexOf(table.table) <= TABLE_IDS.indexOf(last.table);
    if (!current || outOfOrder || titleBetween) {
      groups.push({ tables: [table], title: null });
    } else current.tables.push(table);
    const group = groups[groups.length - 1];
    if (titleBetween && group.title === null) {
      group.title = titleBetween;
      unused.splice(unused.indexOf(titleBetween), 1);
    }
  }
  return groups.map((g) => ({
    source,
    tables: g.tables,
    unit: g.title?.unit ?? null,
    year: g.title?.year ?? null,
    notes: [],
  }));
}

function yearOfSheetName(name: string): number | null {
  const m = /((?:19|20|21)\d{2})\s*年/.exec(name);
  return m ? Number(m[1]) : null;
}

/** All reports in a workbook. A workbook without any table gives one report with no tables and an F2 note. */
export function reportsFromGrid(snapshot: WorkbookSnapshot): Report[] {
  const views = new Map(snapshot.sheets.map((sheet) => [sheet.name, new SheetView(sheet)] as const));
  const named = readNamedSets(views, snapshot.names);
  const reports: { sheet: number; row: number; report: Report }[] = [];
  const sheetIndex = (name: string) => snapshot.sheets.findIndex((s) => s.name === name);
  for (const group of named.groups) {
    const row = Math.min(...group.tables.map((t) => t.top), Number.MAX_SAFE_INTEGER);
    reports.push({ sheet: sheetIndex(group.source), row, report: assembleReport(group) });
  }
  const allTitles: FoundTitle[] = [];
  for (const [name, view] of views) {
    const boxes = named.covered.get(name) ?? [];
    if (onlyNamedTables(view, boxes)) continue;
    const free = (row: number, col: number) => !boxes.some((box) => inside(box, row, col));
    const found = tablesSideBySide(view);
    const tables = found.tables.filter((t) => free(t.top, t.left));
    const titles = found.titles.filter((t) => free(t.ref.row, t.ref.col));
    allTitles.push(...titles);
    const groups = columnBands(tables, titles).flatMap((band) => groupTables(name, band.tables, band.titles));
    const sheetYear = yearOfSheetName(name);
    for (const group of groups) {
      if (group.year === null && groups.length === 1) group.year = sheetYear;
      const row = Math.min(...group.tables.map((t) => t.top));
      reports.push({ sheet: sheetIndex(name), row, report: assembleReport(group) });
    }
  }
  for (const sheet of snapshot.sheets) {
    if (!sheet.omitted) continue;
    const message =
      `工作表“${sheet.name}”中有 ${sheet.omitted.cells} 个单元格（如 ${sheet.omitted.example}）远离表格所在区域，未读取；` +
      "如其中有报告的数据，请移到表格旁";
    for (const r of reports)
      if (r.report.source === sheet.name) r.report.notes.push(note("F4", "warning", null, message));
  }
  if (reports.length === 0) {
    const source = snapshot.activeSheet ?? snapshot.sheets[0]?.name ?? "";
    const title = allTitles[0] ?? null;
    const report = assembleReport({
      source,
      tables: [],
      unit: title?.unit ?? null,
      year: title?.year ?? null,
      notes: [],
    });
    report.notes.push(
      note(
        "F2",
        "error",
        null,
        "工作簿中未找到政府信息公开年度报告的表格（二、主动公开，三、依申请公开，四、复议诉讼）",
      ),
    );
    return [report];
  }
  return reports.sort((a, b) => a.sheet - b.sheet || a.row - b.row).map((r) => r.report);
}
