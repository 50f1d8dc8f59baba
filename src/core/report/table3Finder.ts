/**
 * Finding table 三 by its labels: the rows between 一、本年新收 and 四、结转下年度, each with its label cells and
 * numbers, for the row aligner.
 */
import {
  FORMAT_IDS,
  FORMATS,
  LATEST_FORMAT,
  readRows,
  T3_APPLICANTS,
  T3_COLUMNS,
  T3_HEADER_MARKS,
  T3_NATURAL,
} from "../format";
import { isStopKey, isTable3CarriedOut, isTable3Header, isTable3Start } from "./anchors";
import { labelKey, rowLabelScore } from "./labels";
import { readRowsAligned, type Candidate } from "./rowAligner";
import { demoteLastLabel, scanRow, type SheetView } from "./sheetView";
import { MAX_TABLES_OF_A_KIND, noFormatPreference, type Area, type FoundTable } from "./tableRead";

const DATA_COLUMNS = T3_COLUMNS.length;
/** Label and data columns looked at to the right of where the table starts. */
const BAND = 13;
const MAX_ROWS = 45;
const HEADER_ROWS_ABOVE = 8;
const NATURAL = labelKey(T3_NATURAL);
const [noteMark, applicantsMark] = T3_HEADER_MARKS;
/** Columns from the table's left edge to the applicants' header (the row labels' width). */
const APPLICANTS_COL = LATEST_FORMAT.tables["三"].cells.find((cell) => cell.text === T3_APPLICANTS)?.c ?? 0;

/** Every row path of table 三 in any format: what a row's labels are scored against. */
function allRowPaths(): string[] {
  return [...new Set(FORMAT_IDS.flatMap((f) => FORMATS[f].tables["三"].rowPaths))];
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
      if (key.includes(noteMark) || key.includes(applicantsMark)) {
        const last = starts[starts.length - 1];
        const col = key.includes(noteMark) ? c : Math.max(area.left, c - APPLICANTS_COL);
        if (!last || r - last.row > 4) starts.push({ row: r, col, headerOnly: true });
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
        if (key === NATURAL && naturalCol === null) naturalCol = c;
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
    for (const format of FORMAT_IDS) {
      const rows = readRows(FORMATS[format].tables["三"], "rows");
      const scores = candidates.map((c) => rows.map((row) => scoreOf(c.labels, row.path)));
      const score = (i: number, j: number) => scores[i][j];
      const preferred = () => header.naturalCol;
      reads[format] = readRowsAligned(view, { table: "三", format, rows, candidates, score, preferred });
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
