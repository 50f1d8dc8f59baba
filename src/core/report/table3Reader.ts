/**
 * Finding and reading table 三 by its labels: the rows are aligned in order with the official rows
 * (labels where they are, order where they are not), the 7 numbers taken after each row's labels.
 */
import {
  cellKey,
  type CellKey,
  FORMAT_IDS,
  type FormatId,
  FORMATS,
  joinPath,
  pathLabels,
  type PlacedDataCell,
  T3_COLUMNS,
} from "../format";
import type { CellAddress, ReadNote, ReportCell } from "./model";
import { isStopKey, isTable3CarriedOut, isTable3Header, isTable3Start } from "./anchors";
import { rowLabelScore } from "./labels";
import { absentCell, cutOffNote, note, rowName } from "./notes";
import { chooseWindow, demoteLastLabel, scanRow, type RowScan, type SheetView } from "./sheetView";
import {
  MAX_TABLES_OF_A_KIND,
  missingCell,
  noFormatPreference,
  readCell,
  type Area,
  type FoundTable,
  type TableRead,
} from "./tableRead";

const DATA_COLUMNS = T3_COLUMNS.length;
/** Label and data columns looked at to the right of where the table starts. */
const BAND = 13;
const MAX_ROWS = 45;
const HEADER_ROWS_ABOVE = 8;

/** Gains of the row alignment: a matched labelled row earns 2·score, an unlabelled one a little. */
const UNLABELLED = 0.5;
const WRONG_LABEL = -3;
const SKIP_ROW = -0.4;
const MISSING_ROW = -1;
const GOOD_LABEL = 0.5;

interface Candidate {
  scan: RowScan;
  labels: string[];
}

interface Alignment {
  /** For each expected row, the candidate matched to it (or -1). */
  matchOf: number[];
  skipped: number[];
  total: number;
}

function allRowPaths(): string[] {
  return [...new Set(FORMAT_IDS.flatMap((f) => FORMATS[f].tables["三"].rowPaths))];
}

/** Aligns candidate rows with expected rows in order (an edit-distance alignment). */
function align(candidates: Candidate[], paths: string[], score: (i: number, j: number) => number): Alignment {
  const m = candidates.length;
  const n = paths.length;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  const step: (0 | 1 | 2)[][] = Array.from({ length: m + 1 }, () => new Array<0 | 1 | 2>(n + 1).fill(0));
  best[0][0] = 0;
  const gain = (i: number, j: number) => {
    if (candidates[i].labels.length === 0) return UNLABELLED;
    const s = score(i, j);
    return s >= GOOD_LABEL ? 2 * s : WRONG_LABEL;
  };
  for (let i = 0; i <= m; i += 1) {
    for (let j = 0; j <= n; j += 1) {
      if (i === 0 && j === 0) continue;
      let value = -Infinity;
      let how: 0 | 1 | 2 = 0;
      if (i > 0 && j > 0) {
        value = best[i - 1][j - 1] + gain(i - 1, j - 1);
        how = 0;
      }
      if (i > 0 && best[i - 1][j] + SKIP_ROW > value) {
        value = best[i - 1][j] + SKIP_ROW;
        how = 1;
      }
      if (j > 0 && best[i][j - 1] + MISSING_ROW > value) {
        value = best[i][j - 1] + MISSING_ROW;
        how = 2;
      }
      best[i][j] = value;
      step[i][j] = how;
    }
  }
  const matchOf = new Array<number>(n).fill(-1);
  const skipped: number[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const how = step[i][j];
    if (how === 0 && i > 0 && j > 0) {
      matchOf[j - 1] = i - 1;
      i -= 1;
      j -= 1;
    } else if (how === 1 && i > 0) {
      skipped.push(i - 1);
      i -= 1;
    } else {
      j -= 1;
    }
  }
  return { matchOf, skipped: skipped.reverse(), total: best[m][n] };
}

interface Start {
  row: number;
  col: number;
  /** Found from the header only (the 一、本年新收 label is missing). */
  headerOnly: boolean;
}

function findStarts(view: SheetView, area: Area): Start[] {
  const starts: Start[] = [];
  for (let r = area.top; r < area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) {
      const key = view.key(r, c);
      if (key !== "" && isTable3Start(key)) {
        starts.push({ row: r, col: c, headerOnly: false });
        break;
      }
    }
  }
  if (starts.length > 0) return starts;
  for (let r = area.top; r < area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) {
      const key = view.key(r, c);
      if (key.includes("勾稽") || key.includes("申请人情况")) {
        const last = starts[starts.length - 1];
        if (!last || r - last.row > 4) {
          starts.push({ row: r, col: key.includes("勾稽") ? c : Math.max(area.left, c - 3), headerOnly: true });
        }
        break;
      }
    }
  }
  return starts;
}

/** Header rows above the first data row: the table's top and the column of 自然人. */
function findHeader(view: SheetView, area: Area, start: Start, left: number, right: number) {
  let top = start.row;
  let naturalCol: number | null = null;
  const lowest = Math.max(area.top, start.row - HEADER_ROWS_ABOVE);
  for (let r = start.headerOnly ? start.row + 3 : start.row - 1; r >= lowest; r -= 1) {
    let header = false;
    let stop = false;
    for (let c = left; c <= right; c += 1) {
      const key = view.key(r, c);
      if (key === "") continue;
      if (isTable3Header(key)) {
        header = true;
        if (key === "自然人" && naturalCol === null) naturalCol = c;
      } else if (isStopKey(key)) stop = true;
    }
    if (stop) break;
    if (header) top = Math.min(top, r);
  }
  return { top, naturalCol };
}

export function findTable3(view: SheetView, area: Area): FoundTable[] {
  const starts = findStarts(view, area).slice(0, MAX_TABLES_OF_A_KIND);
  const paths = allRowPaths();
  const found: FoundTable[] = [];
  starts.forEach((start, index) => {
    const left = Math.max(area.left, start.col);
    const right = Math.min(area.right, start.col + BAND);
    const limit = Math.min(index + 1 < starts.length ? starts[index + 1].row : area.bottom, start.row + MAX_ROWS);
    const scoreCache = new Map<string, Map<string, number>>();
    const scoreOf = (labels: string[], path: string) => {
      const id = labels.join("\u0001");
      let row = scoreCache.get(id);
      if (!row) {
        row = new Map();
        scoreCache.set(id, row);
      }
      let s = row.get(path);
      if (s === undefined) {
        s = rowLabelScore(labels, path);
        row.set(path, s);
      }
      return s;
    };
    const bestScore = (labels: string[]) => Math.max(...paths.map((p) => scoreOf(labels, p)));

    const candidates: Candidate[] = [];
    let bottom = start.row;
    for (let r = start.row; r < limit; r += 1) {
      if (r > start.row && rowHasStop(view, r, left, right)) break;
      let scan = scanRow(view, r, left, right);
      let labels = scan.labels.map((l) => l.text);
      if (labels.length > 0 && scan.occupied.length < DATA_COLUMNS && bestScore(labels.slice(-1)) < 0.3) {
        scan = demoteLastLabel(scan);
        labels = scan.labels.map((l) => l.text);
      }
      const loose = view.isLoose(r);
      const withValues = scan.valueCount >= 1 && (labels.length > 0 || scan.valueCount >= (loose ? 4 : 2));
      const blankRow = !loose && scan.valueCount === 0 && labels.length > 0 && bestScore(labels) >= 0.85;
      if (withValues || blankRow) {
        candidates.push({ scan, labels });
        bottom = r;
      }
      if (labels.length > 0 && isTable3CarriedOut(view.key(r, scan.labels[scan.labels.length - 1].col))) break;
    }
    // Labels without a single value are a blank form or a description of the table, not a table read.
    if (!candidates.some((c) => c.scan.valueCount > 0)) return;
    const header = findHeader(view, area, start, left, right);
    const reads: FoundTable["reads"] = {};
    for (const formatId of FORMAT_IDS) {
      const rowPaths = FORMATS[formatId].tables["三"].rowPaths;
      const scores = candidates.map((c) => rowPaths.map((p) => scoreOf(c.labels, p)));
      const alignment = align(candidates, rowPaths, (i, j) => scores[i][j]);
      reads[formatId] = readAligned(view, formatId, candidates, alignment, header.naturalCol);
    }
    found.push({
      table: "三",
      sheet: view.name,
      top: Math.min(header.top, candidates[0].scan.row),
      bottom,
      left,
      reads,
      evidence: noFormatPreference(),
    });
  });
  return found;
}

function rowHasStop(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c += 1) {
    const key = view.key(row, c);
    if (key !== "" && isStopKey(key)) return true;
  }
  return false;
}

/** The parent of an item row (三、本年度办理结果/（六）其他处理 for its 1.…), or null for a row without items. */
function parentOf(path: string): string | null {
  const labels = pathLabels(path);
  return labels.length >= 3 ? joinPath(labels.slice(0, -1)) : null;
}

/**
 * Groups of item rows written as the single row of another format (（六）其他处理 as one row in a 2021 table): the
 * group's parent path → the candidate row that stands for it. All the group's rows must be unmatched.
 */
function collapsedGroups(
  rowPaths: readonly string[],
  candidates: Candidate[],
  alignment: Alignment,
  before: number,
): Map<string, number> {
  const items = new Map<string, number[]>();
  rowPaths.forEach((path, j) => {
    const parent = parentOf(path);
    if (parent !== null && j < before) items.set(parent, [...(items.get(parent) ?? []), j]);
  });
  const found = new Map<string, number>();
  for (const [parent, rows] of items) {
    if (rows.some((j) => alignment.matchOf[j] >= 0)) continue;
    const stand = alignment.skipped.find(
      (i) => candidates[i].scan.valueCount > 0 && rowLabelScore(candidates[i].labels, parent) >= 0.85,
    );
    if (stand !== undefined) found.set(parent, stand);
  }
  return found;
}

function collapsedNote(formatId: FormatId, parent: string, rowPaths: readonly string[], ref: CellAddress): ReadNote {
  const items = rowPaths.filter((p) => parentOf(p) === parent);
  const other = FORMAT_IDS.find((f) => f !== formatId && FORMATS[f].tables["三"].rowPaths.includes(parent));
  const whose = other ? `（${FORMATS[other].id} 年版表格的写法）` : "";
  const list = items.map((p) => `“${rowName(p)}”`).join("、");
  return note(
    "F9",
    "error",
    "三",
    `表三“${rowName(parent)}”只写了一行${whose}；${formatId} 年版表格此处分为 ${items.length} 行：${list}。` +
      `这 ${items.length} 行未读取、相关合计未校验，请按 ${formatId} 年版分行填写`,
    ref,
  );
}

/**
 * Rows of text split on spaces with fewer numbers than columns: where their blank cells were cannot be seen, so
 * the numbers were taken from the left. One note for the table, naming the first such rows.
 */
function shortRowsNote(view: SheetView, rows: readonly Candidate[]): ReadNote {
  const named = rows.slice(0, 3).map((c) => `“${c.labels.join(" ") || "（无标签）"}”`);
  const more = rows.length > 3 ? ` 等 ${rows.length} 行` : "";
  const first = rows[0].scan;
  return note(
    "F4",
    "warning",
    "三",
    `表三有 ${rows.length} 行的数字少于 ${DATA_COLUMNS} 个（${named.join("、")}${more}），文本中看不出空白单元格的位置，` +
      "已按从左到右的顺序读取，请对照原表核对",
    { sheet: view.name, row: first.row, col: first.labels[0]?.col ?? first.dataStart },
  );
}

function readAligned(
  view: SheetView,
  formatId: FormatId,
  candidates: Candidate[],
  alignment: Alignment,
  preferred: number | null,
): TableRead {
  const table = FORMATS[formatId].tables["三"];
  const cells = new Map<CellKey, ReportCell>();
  const notes: ReadNote[] = [];
  const defsOf = new Map<string, PlacedDataCell[]>();
  for (const def of table.dataCells) defsOf.set(def.row, [...(defsOf.get(def.row) ?? []), def]);
  const { rowPaths } = table;
  // The text stops inside the table: the rows after the last one read are absent, not blank.
  const lastRead = alignment.matchOf.reduce((last, i, j) => (i >= 0 ? j : last), -1);
  const lastCandidate = lastRead >= 0 ? alignment.matchOf[lastRead] : -1;
  const rowsAfter = alignment.skipped.some((i) => i > lastCandidate && candidates[i].scan.valueCount > 0);
  const cutAfter = lastRead >= 0 && lastRead < rowPaths.length - 1 && !rowsAfter ? lastRead : rowPaths.length;
  const collapsed = collapsedGroups(rowPaths, candidates, alignment, cutAfter);
  const standIns = new Set(collapsed.values());
  for (const [parent, i] of collapsed) {
    const scan = candidates[i].scan;
    notes.push(
      collapsedNote(formatId, parent, rowPaths, { sheet: view.name, row: scan.row, col: scan.labels[0]?.col ?? 0 }),
    );
  }
  if (cutAfter < rowPaths.length) notes.push(cutOffNote("三", rowPaths[cutAfter], rowPaths.length - 1 - cutAfter));
  rowPaths.forEach((path, j) => {
    const defs = defsOf.get(path) ?? [];
    const i = alignment.matchOf[j];
    const parent = parentOf(path);
    if (j > cutAfter || (parent !== null && collapsed.has(parent))) {
      for (const def of defs) cells.set(cellKey("三", def.row, def.column), absentCell(def));
      return;
    }
    if (i < 0) {
      for (const def of defs) cells.set(cellKey("三", def.row, def.column), missingCell(def));
      notes.push(note("F4", "error", "三", `表三未找到“${rowName(path)}”一行，该行各单元格按空白处理`));
      return;
    }
    const scan = candidates[i].scan;
    const start = chooseWindow(scan, DATA_COLUMNS, preferred);
    defs.forEach((def, k) => cells.set(cellKey("三", def.row, def.column), readCell(view, def, scan.row, start + k)));
  });
  const short = alignment.matchOf
    .filter((i) => i >= 0)
    .map((i) => candidates[i])
    .filter((c) => view.isLoose(c.scan.row) && c.scan.valueCount > 0 && c.scan.valueCount < DATA_COLUMNS);
  if (short.length > 0) notes.push(shortRowsNote(view, short));
  for (const i of alignment.skipped) {
    const { scan, labels } = candidates[i];
    if (scan.valueCount === 0 || standIns.has(i)) continue;
    const what =
      labels.length > 0
        ? `“${labels.join(" ")}”一行`
        : `一行数据（${scan.occupied.map((c) => String(view.value(scan.row, c))).join(" ")}）`;
    const ref = { sheet: view.name, row: scan.row, col: scan.labels[0]?.col ?? scan.dataStart };
    notes.push(note("F4", "warning", "三", `表三中${what}未能对应到官方表格的行，已忽略`, ref));
  }
  return { cells, notes, fit: alignment.total };
}
