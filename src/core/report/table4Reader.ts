/**
 * Finding and reading table 四: either one row of 15 numbers under the header block, or three
 * labelled rows (行政复议 / 未经复议直接起诉 / 复议后起诉) of 5 numbers each.
 */
import { cellKey, type CellKey, FORMAT_IDS, LATEST_FORMAT, T4_GROUPS, T4_RESULTS } from "../format";
import type { ReadNote, ReportCell } from "./model";
import { isSectionHeading, isTable2Group, isTable3Start, isTable4Anchor, table2RowLabel, table4Group } from "./anchors";
import { KNOWN_TYPOS, labelKey, withoutTrailingNote } from "./labels";
import { absentCell, note } from "./notes";
import { chooseWindow, scanRow, type RowScan, type SheetView } from "./sheetView";
import {
  MAX_TABLES_OF_A_KIND,
  missingCell,
  noFormatPreference,
  readCell,
  type Area,
  type FoundTable,
  type TableRead,
} from "./tableRead";

const BAND = 17;
const groupName = (group: string) => group.replace("/", "·");
/** Header cells one a line (a copy of cells holding <p>) put the numbers some 20 rows under 行政复议. */
const MAX_ROWS = 24;
const PER_GROUP = T4_RESULTS.length;
const ALL = T4_GROUPS.length * PER_GROUP;

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
      const result = scan.labels.find((l) => view.key(r, l.col) === "结果维持");
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
  const groupedWithValues = [...grouped.values()].some((s) => s.valueCount > 0);
  if (!wide && !groupedWithValues) return null;
  const cells = new Map<CellKey, ReportCell>();
  const notes: ReadNote[] = [];
  const defs = LATEST_FORMAT.tables["四"].dataCells;
  let bottom = anchorRow;
  if (wide) {
    const start = chooseWindow(wide, ALL, firstResultCol);
    defs.forEach((def, k) => cells.set(cellKey("四", def.row, def.column), readCell(view, def, wide.row, start + k)));
    bottom = wide.row;
  } else {
    const lastFound = T4_GROUPS.reduce((last, group, g) => (grouped.has(group) ? g : last), -1);
    const cutAfter = lastFound < T4_GROUPS.length - 1 ? lastFound : T4_GROUPS.length;
    if (cutAfter < T4_GROUPS.length) {
      const missing = T4_GROUPS.length - 1 - cutAfter;
      notes.push(
        note(
          "F8",
          "error",
          "四",
          `表四在“${groupName(T4_GROUPS[cutAfter])}”一行之后中断：其后 ${missing} 行不在输入中（页面缺失或复制不完整），这些单元格未读取，也未参与校验`,
        ),
      );
    }
    T4_GROUPS.forEach((group, g) => {
      const groupDefs = defs.slice(g * PER_GROUP, (g + 1) * PER_GROUP);
      const scan = grouped.get(group);
      if (!scan) {
        const absent = g > cutAfter;
        for (const def of groupDefs) {
          cells.set(cellKey("四", def.row, def.column), absent ? absentCell(def) : missingCell(def));
        }
        if (!absent)
          notes.push(note("F4", "error", "四", `表四未找到“${groupName(group)}”一行，该行各单元格按空白处理`));
        return;
      }
      const start = chooseWindow(scan, PER_GROUP, scan.dataStart);
      groupDefs.forEach((def, k) =>
        cells.set(cellKey("四", def.row, def.column), readCell(view, def, scan.row, start + k)),
      );
      bottom = Math.max(bottom, scan.row);
    });
  }
  const anchorText = view.text(anchorRow, anchorCol) ?? "";
  const typoOf = KNOWN_TYPOS[withoutTrailingNote(labelKey(anchorText))];
  if (typoOf) {
    const ref = { sheet: view.name, row: anchorRow, col: anchorCol };
    notes.push(note("F3", "warning", "四", `表四中“${anchorText}”应为“${typoOf}”`, ref));
  }
  const read: TableRead = { cells, notes, fit: 0 };
  return {
    table: "四",
    sheet: view.name,
    top: anchorRow,
    bottom,
    left,
    reads: Object.fromEntries(FORMAT_IDS.map((f) => [f, read])),
    evidence: noFormatPreference(),
  };
}
