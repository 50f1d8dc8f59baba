/**
 * Finding table 四 for the row aligner: either one row of 15 numbers under the header block (the table's data
 * cells as one row), or labelled rows (行政复议 / 未经复议直接起诉 / 复议后起诉), one for each group of columns.
 */
import { FORMAT_IDS, FORMATS, KNOWN_TYPOS, leafLabel, readRows, type ReadRow } from "../format";
import type { ReadNote } from "./model";
import { isSectionHeading, isTable2Group, isTable3Start, isTable4Anchor, table2RowLabel, table4Group } from "./anchors";
import { labelKey, withoutTrailingNote } from "./labels";
import { note } from "./notes";
import { readRowsAligned, type Candidate } from "./rowAligner";
import { scanRow, type RowScan, type SheetView } from "./sheetView";
import { MAX_TABLES_OF_A_KIND, noFormatPreference, type Area, type FoundTable } from "./tableRead";

const BAND = 17;
/** Header cells one a line (a copy of cells holding <p>) put the numbers some 20 rows under 行政复议. */
const MAX_ROWS = 24;

/** The first column's header in each format (结果维持): where the numbers of a table written as one row start. */
const FIRST_RESULT = new Set(FORMAT_IDS.map((f) => labelKey(leafLabel(FORMATS[f].tables["四"].columnPaths[0]))));

function isStop(key: string): boolean {
  return isSectionHeading(key) || isTable3Start(key) || isTable2Group(key) || table2RowLabel(key) !== null;
}

export function findTable4(view: SheetView, area: Area): FoundTable[] {
  const found: FoundTable[] = [];
  let after = area.top;
  for (let r = area.top; r < area.bottom && found.length < MAX_TABLES_OF_A_KIND; r += 1) {
    if (r < after) continue;
    for (let c = area.left; c <= area.right; c += 1) {
      const key = view.key(r, c);
      if (key === "" || !isTable4Anchor(key)) continue;
      const table = readFrom(view, area, r, c);
      if (table) {
        found.push(table);
        after = table.bottom + 1;
      }
      break;
    }
  }
  return found;
}

function rowOf(view: SheetView, scan: RowScan): Candidate {
  return { scan, labels: scan.labels.map((label) => view.text(scan.row, label.col) ?? "") };
}

function readFrom(view: SheetView, area: Area, anchorRow: number, anchorCol: number): FoundTable | null {
  const left = anchorCol;
  const right = Math.min(area.right, anchorCol + BAND);
  const limit = Math.min(area.bottom, anchorRow + MAX_ROWS);
  const grouped = new Map<string, RowScan>();
  let wide: RowScan | null = null;
  let firstResultCol: number | null = null;
  for (let r = anchorRow; r < limit; r += 1) {
    const scan = scanRow(view, r, left, right);
    const firstKey = scan.labels.length > 0 ? view.key(r, scan.labels[0].col) : "";
    if (r > anchorRow && firstKey !== "" && isStop(firstKey)) break;
    if (firstResultCol === null) {
      const result = scan.labels.find((l) => FIRST_RESULT.has(view.key(r, l.col)));
      if (result) firstResultCol = result.col;
    }
    const group = scan.labels.length === 1 ? table4Group(firstKey) : null;
    if (group) {
      const blanksShown = !view.isLoose(r);
      if ((scan.valueCount > 0 || blanksShown) && !grouped.has(group)) grouped.set(group, scan);
      if (scan.valueCount > 0) continue;
    }
    const enough = view.isLoose(r) ? 5 : 1;
    if (scan.labels.length === 0 && scan.valueCount >= enough && r > anchorRow) {
      wide = scan;
      break;
    }
  }
  const groupedWithValues = [...grouped.values()].some((scan) => scan.valueCount > 0);
  if (!wide && !groupedWithValues) return null;
  const byRow = wide ? [] : [...grouped].sort((x, y) => x[1].row - y[1].row);
  const candidates: Candidate[] = wide ? [{ scan: wide, labels: [] }] : byRow.map(([, scan]) => rowOf(view, scan));
  const score = (i: number, j: number, rows: readonly ReadRow[]) => (byRow[i]?.[0] === rows[j].path ? 1 : 0);
  const preferred = (scan: RowScan) => (wide ? firstResultCol : scan.dataStart);
  const notes: ReadNote[] = [];
  const anchorText = view.text(anchorRow, anchorCol) ?? "";
  const typoOf = KNOWN_TYPOS[withoutTrailingNote(labelKey(anchorText))];
  if (typoOf) {
    const ref = { sheet: view.name, row: anchorRow, col: anchorCol };
    notes.push(note("F3", "warning", "四", `表四中“${anchorText}”应为“${typoOf}”`, ref));
  }
  const reads: FoundTable["reads"] = {};
  for (const format of FORMAT_IDS) {
    const rows = readRows(FORMATS[format].tables["四"], wide ? "whole" : "columnGroups");
    const read = readRowsAligned(view, {
      table: "四",
      format,
      rows,
      candidates,
      score: (i, j) => score(i, j, rows),
      preferred,
    });
    reads[format] = { ...read, notes: [...read.notes, ...notes] };
  }
  const bottom = Math.max(anchorRow, ...candidates.map((c) => c.scan.row));
  return { table: "四", sheet: view.name, top: anchorRow, bottom, left, reads, evidence: noFormatPreference() };
}
