/**
 * Tables inserted by the add-in, found by their workbook names (DT_2024_T3 …): read by position
 * inside the named box, wherever the box has moved; by labels when rows were inserted inside it.
 */
import {
  cellKey,
  type CellKey,
  FORMAT_IDS,
  formatForYear,
  type FormatId,
  FORMATS,
  LATEST_FORMAT,
  type TableId,
} from "../format";
import { parseTableName } from "../format/sheetLayout";
import { a1Ref, type Box, type NamedRange } from "../grid";
import type { ReadNote, ReportCell } from "./model";
import type { ReportGroup } from "./assemble";
import { labelKey, matchLabel } from "./labels";
import { note } from "./notes";
import type { SheetView } from "./sheetView";
import { FINDERS } from "./finders";
import { noFormatPreference, readCell, type Area, type FoundTable } from "./tableRead";
import { parseTitle } from "./titles";

/** Weight of a shape that matches a format exactly (far above any label evidence). */
const SHAPE_EVIDENCE = 50;

export interface NamedResult {
  groups: ReportGroup[];
  /** Boxes read through names, by sheet: label search leaves them alone. */
  covered: Map<string, Box[]>;
}

function boxRange(sheet: string, box: Box): string {
  const end = a1Ref(sheet, box.top + box.rows - 1, box.left + box.cols - 1).split("!")[1];
  return `${a1Ref(sheet, box.top, box.left)}:${end}`;
}

interface Positional {
  found: FoundTable;
  /** Labels that are missing or mean something else. */
  wrong: number;
  labels: number;
}

function readByPosition(view: SheetView, table: TableId, formatId: FormatId, box: Box, name: string): Positional {
  const def = FORMATS[formatId].tables[table];
  const cells = new Map<CellKey, ReportCell>();
  const notes: ReadNote[] = [];
  for (const d of def.dataCells) {
    cells.set(cellKey(table, d.row, d.column), readCell(view, d, box.top + d.r, box.left + d.c));
  }
  let wrong = 0;
  let labels = 0;
  for (const cell of def.cells) {
    if (cell.role === "data" || cell.text === null) continue;
    labels += 1;
    const row = box.top + cell.r;
    const col = box.left + cell.c;
    const seen = view.text(row, col);
    if (seen !== null && labelKey(seen) === labelKey(cell.text)) continue;
    const match = seen === null ? null : matchLabel(seen, [cell.text]);
    if (!match) wrong += 1;
    const ref = { sheet: view.name, row, col };
    const message =
      seen === null
        ? `表${table}（${name}）中应为“${cell.text}”的单元格是空的`
        : match?.typo
          ? `表${table}中“${seen}”应为“${cell.text}”`
          : `表${table}（${name}）中“${seen}”与官方表述“${cell.text}”不一致`;
    notes.push(note("F3", "warning", table, message, ref));
  }
  const read = { cells, notes, fit: 0 };
  const evidence = noFormatPreference();
  if (table !== "四") evidence[formatId] = SHAPE_EVIDENCE;
  const reads = table === "四" ? Object.fromEntries(FORMAT_IDS.map((f) => [f, read])) : { [formatId]: read };
  return {
    found: {
      table,
      sheet: view.name,
      top: box.top,
      bottom: box.top + box.rows - 1,
      left: box.left,
      reads,
      evidence,
      name,
    },
    wrong,
    labels,
  };
}

function readByLabels(view: SheetView, table: TableId, box: Box): FoundTable | null {
  // Only where the sheet has cells: a name may cover the whole sheet (A1:XFD1048576).
  const sheet = { top: view.top, bottom: view.bottom, left: view.left, right: Math.max(view.left, view.right - 1) };
  const area: Area = {
    top: Math.max(box.top, sheet.top),
    bottom: Math.min(box.top + box.rows, sheet.bottom),
    left: Math.max(box.left, sheet.left),
    right: Math.min(box.left + box.cols - 1, sheet.right),
  };
  if (area.top > area.bottom || area.left > area.right) return null;
  return FINDERS[table](view, area)[0] ?? null;
}

function readNamedTable(
  view: SheetView,
  table: TableId,
  box: Box,
  name: string,
  preferred: FormatId,
): { found: FoundTable | null; notes: ReadNote[] } {
  const order: FormatId[] = [preferred, ...FORMAT_IDS.filter((f) => f !== preferred)];
  let fallback: Positional | null = null;
  for (const formatId of order) {
    const def = FORMATS[formatId].tables[table];
    if (box.rows !== def.gridRows || box.cols !== def.gridColumns) continue;
    const positional = readByPosition(view, table, formatId, box, name);
    if (positional.wrong * 2 <= positional.labels) return { found: positional.found, notes: [] };
    fallback = fallback ?? positional;
  }
  const byLabels = readByLabels(view, table, box);
  const ref = { sheet: view.name, row: box.top, col: box.left };
  if (byLabels) {
    const message =
      `名称 ${name} 所指区域（${boxRange(view.name, box)}）与表${table}的官方格式不符` +
      `（可能在表格中插入或删除了行、列），已按标签读取`;
    return { found: { ...byLabels, name }, notes: [note("F5", "warning", table, message, ref)] };
  }
  if (fallback) return { found: fallback.found, notes: [] };
  const message = `名称 ${name} 所指区域（${boxRange(view.name, box)}）中未找到表${table}`;
  return { found: null, notes: [note("F4", "error", table, message, ref)] };
}

export function readNamedSets(views: ReadonlyMap<string, SheetView>, names: readonly NamedRange[]): NamedResult {
  const sets = new Map<string, { year: number; parts: { part: TableId | "TITLE"; range: NamedRange }[] }>();
  for (const range of names) {
    const parsed = parseTableName(range.name);
    if (!parsed || !views.has(range.sheet)) continue;
    const id = parsed.prefix.toUpperCase();
    const set = sets.get(id) ?? { year: parsed.year, parts: [] };
    set.parts.push({ part: parsed.part, range });
    sets.set(id, set);
  }
  const groups: ReportGroup[] = [];
  const covered = new Map<string, Box[]>();
  const cover = (range: NamedRange) => covered.set(range.sheet, [...(covered.get(range.sheet) ?? []), range.box]);
  for (const set of sets.values()) {
    const choice = formatForYear(set.year);
    const preferred: FormatId = choice.ok ? choice.format.id : LATEST_FORMAT.id;
    const tables: FoundTable[] = [];
    const notes: ReadNote[] = [];
    let unit: string | null = null;
    let year = set.year;
    for (const { part, range } of set.parts) {
      cover(range);
      const view = views.get(range.sheet) as SheetView;
      if (part === "TITLE") {
        const text = view.text(range.box.top, range.box.left);
        const title = text === null ? null : parseTitle(text);
        if (title) {
          unit = title.unit;
          year = title.year;
        }
        continue;
      }
      if (tables.some((t) => t.table === part)) continue;
      const result = readNamedTable(view, part, range.box, range.name, preferred);
      notes.push(...result.notes);
      if (result.found) tables.push(result.found);
    }
    if (tables.length === 0 && notes.length === 0) continue;
    const source = tables[0]?.sheet ?? set.parts[0].range.sheet;
    groups.push({ source, tables, unit, year, notes });
  }
  return { groups, covered };
}
