/** Finding table 二 by its row labels (规章, 行政许可 …) and the evidence of its format, for the row aligner. */
import { FORMAT_IDS, type FormatId, FORMATS, KNOWN_TYPOS, leafLabel, readRows } from "../format";
import type { ReadNote } from "./model";
import {
  isSectionHeading,
  isTable2Group,
  isTable2RowHeader,
  isTable3Start,
  isTable4Anchor,
  table2RowLabel,
} from "./anchors";
import { labelKey, matchLabel } from "./labels";
import { note } from "./notes";
import { readRowsAligned } from "./rowAligner";
import { scanRow, type RowScan, type SheetView } from "./sheetView";
import { MAX_TABLES_OF_A_KIND, noFormatPreference, type Area, type FoundTable, type TableRead } from "./tableRead";

const MAX_GAP = 6;
const BAND = 5;

interface Entry {
  row: number;
  col: number;
  label: string;
}

/** Column headers and group labels used by one format only. */
function exclusiveHeaders(): Record<FormatId, Set<string>> {
  const headersOf = (f: FormatId) =>
    new Set(
      FORMATS[f].tables["二"].cells.filter((c) => c.role !== "label" && c.text).map((c) => labelKey(c.text as string)),
    );
  const all = new Map(FORMAT_IDS.map((f) => [f, headersOf(f)] as const));
  const only = (f: FormatId) =>
    new Set([...(all.get(f) ?? [])].filter((k) => FORMAT_IDS.every((g) => g === f || !all.get(g)?.has(k))));
  return Object.fromEntries(FORMAT_IDS.map((f) => [f, only(f)])) as Record<FormatId, Set<string>>;
}

const EXCLUSIVE = exclusiveHeaders();

/** The row labels of table 二 in a format, with how many numbers each row holds. */
function rowWidths(f: FormatId): Map<string, number> {
  const widths = new Map<string, number>();
  for (const def of FORMATS[f].tables["二"].dataCells) {
    const leaf = leafLabel(def.row);
    widths.set(leaf, (widths.get(leaf) ?? 0) + 1);
  }
  return widths;
}

const WIDTHS = new Map(FORMAT_IDS.map((f) => [f, rowWidths(f)] as const));

/**
 * Row labels that name one format (其他对外管理服务事项, 政府集中采购 are only in one): weight 2, or 1 when
 * another format has a label close to it (规范性文件 / 行政规范性文件).
 */
const ROW_EVIDENCE: ReadonlyMap<string, [FormatId, number]> = new Map(
  FORMAT_IDS.flatMap((f) =>
    [...(WIDTHS.get(f)?.keys() ?? [])]
      .filter((leaf) => FORMAT_IDS.every((g) => g === f || !WIDTHS.get(g)?.has(leaf)))
      .map((leaf) => {
        const others = FORMAT_IDS.filter((g) => g !== f).flatMap((g) => [...(WIDTHS.get(g)?.keys() ?? [])]);
        return [leaf, [f, matchLabel(leaf, others) ? 1 : 2]] as const;
      }),
  ),
);

/** The formats whose row of this label holds `count` numbers (1, or 2 and more), when formats differ on it. */
function formatsByWidth(leaf: string, count: number): FormatId[] {
  const widths = FORMAT_IDS.map((f) => WIDTHS.get(f)?.get(leaf));
  if (widths.some((w) => w === undefined) || new Set(widths).size < 2) return [];
  return FORMAT_IDS.filter((f) => {
    const width = WIDTHS.get(f)?.get(leaf) ?? 0;
    return count === 1 ? width === 1 : count >= 2 && width >= 2;
  });
}

function isBarrier(view: SheetView, row: number, area: Area): boolean {
  for (let c = area.left; c <= area.right; c += 1) {
    const key = view.key(row, c);
    if (key !== "" && (isTable3Start(key) || isTable4Anchor(key) || isSectionHeading(key))) return true;
  }
  return false;
}

function findEntries(view: SheetView, area: Area): Entry[] {
  const entries: Entry[] = [];
  for (let r = area.top; r < area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) {
      const key = view.key(r, c);
      if (key === "") continue;
      const label = table2RowLabel(key);
      if (label) entries.push({ row: r, col: c, label });
      break;
    }
  }
  return entries;
}

function groupEntries(view: SheetView, area: Area, entries: Entry[]): Entry[][] {
  const groups: Entry[][] = [];
  let current: Entry[] = [];
  for (const entry of entries) {
    const prev = current[current.length - 1];
    let split = !prev || entry.row - prev.row > MAX_GAP || current.some((e) => e.label === entry.label);
    for (let r = prev ? prev.row + 1 : entry.row; !split && r < entry.row; r += 1) split = isBarrier(view, r, area);
    if (split && current.length > 0) {
      groups.push(current);
      current = [];
    }
    current.push(entry);
  }
  if (current.length > 0) groups.push(current);
  return groups.filter((g) => new Set(g.map((e) => e.label)).size >= 2);
}

export function findTable2(view: SheetView, area: Area): FoundTable[] {
  return groupEntries(view, area, findEntries(view, area))
    .slice(0, MAX_TABLES_OF_A_KIND)
    .map((entries) => readInstance(view, area, entries));
}

function readInstance(view: SheetView, area: Area, entries: Entry[]): FoundTable {
  const left = Math.min(...entries.map((e) => e.col));
  const right = Math.min(area.right, left + BAND);
  let top = entries[0].row;
  for (let r = top - 1; r >= Math.max(area.top, entries[0].row - 3); r -= 1) {
    const key = view.key(r, left);
    if (isTable2Group(key) || isTable2RowHeader(key)) top = r;
    else if (key !== "") break;
  }
  const bottom = entries[entries.length - 1].row;
  const evidence = noFormatPreference();
  const notes: ReadNote[] = [];
  const seen = new Set<string>();
  for (let r = top; r <= bottom; r += 1) {
    for (let c = left; c <= right; c += 1) {
      const key = view.key(r, c);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      for (const f of FORMAT_IDS) if (EXCLUSIVE[f].has(key)) evidence[f] += 1;
      const typoOf = KNOWN_TYPOS[key];
      if (typoOf) {
        for (const f of FORMAT_IDS) if (EXCLUSIVE[f].has(labelKey(typoOf))) evidence[f] += 1;
        const ref = { sheet: view.name, row: r, col: c };
        notes.push(note("F3", "warning", "二", `表二中“${view.text(r, c)}”应为“${typoOf}”`, ref));
      }
    }
  }
  for (const entry of entries) {
    const rowEvidence = ROW_EVIDENCE.get(entry.label);
    if (rowEvidence) evidence[rowEvidence[0]] += rowEvidence[1];
    const count = scanRow(view, entry.row, entry.col, entry.col + BAND).valueCount;
    for (const f of formatsByWidth(entry.label, count)) evidence[f] += 1;
  }
  const reads: FoundTable["reads"] = {};
  for (const f of FORMAT_IDS) reads[f] = readFormat(view, f, entries, notes);
  return { table: "二", sheet: view.name, top, bottom, left, reads, evidence };
}

/** How well a row label found (an official label of some format) names a row of this format: 0 … 1. */
function rowScore(label: string, leaf: string, leaves: readonly string[]): number {
  if (label === leaf) return 1;
  if (leaves.includes(label)) return 0;
  return matchLabel(label, [leaf])?.score ?? 0;
}

function readFormat(view: SheetView, format: FormatId, entries: Entry[], sharedNotes: ReadNote[]): TableRead {
  const rows = readRows(FORMATS[format].tables["二"], "rows");
  const leaves = rows.map((row) => row.name);
  const candidates = entries.map((e) => ({ scan: scanRow(view, e.row, e.col, e.col + BAND), labels: [e.label] }));
  const score = (i: number, j: number) => rowScore(entries[i].label, leaves[j], leaves);
  const preferred = (scan: RowScan) => scan.dataStart;
  const read = readRowsAligned(view, { table: "二", format, rows, candidates, score, preferred });
  return { ...read, notes: [...sharedNotes, ...read.notes] };
}
