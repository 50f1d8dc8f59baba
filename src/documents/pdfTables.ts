/**
 * Tables of a PDF page rebuilt from what the page draws: the ruling lines (cell borders) give the cells, merged
 * ones included, and each text piece goes into the cell it stands in. Text outside every table becomes paragraphs,
 * one per line. Coordinates are the page's, y upwards.
 */
import type { DocumentBlock } from "../core/report/fromDocument";
import { TableGrid } from "./tableGrid";

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TextPiece {
  x: number;
  y: number;
  /** Right end of the piece. */
  end: number;
  /** Font size. */
  size: number;
  text: string;
}

/** How far apart two coordinates may be and still be the same line (points). */
const TOLERANCE = 1.5;
/** Strokes shorter than this are not borders (ticks, underlines of single characters). */
const MIN_LENGTH = 4;

interface Rule {
  /** The line's own coordinate (y of a horizontal rule, x of a vertical one). */
  at: number;
  from: number;
  to: number;
}

/** Collinear overlapping rules joined into one. */
function joinRules(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const joined: Rule[] = [];
  for (const rule of sorted) {
    const last = joined.find(
      (r) => Math.abs(r.at - rule.at) <= TOLERANCE && rule.from <= r.to + TOLERANCE && rule.to >= r.from - TOLERANCE,
    );
    if (last) {
      last.from = Math.min(last.from, rule.from);
      last.to = Math.max(last.to, rule.to);
    } else joined.push({ ...rule });
  }
  return joined;
}

function rules(segments: readonly Segment[]): { horizontal: Rule[]; vertical: Rule[] } {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  for (const s of segments) {
    const dx = Math.abs(s.x2 - s.x1);
    const dy = Math.abs(s.y2 - s.y1);
    if (dy <= TOLERANCE && dx >= MIN_LENGTH) {
      horizontal.push({ at: (s.y1 + s.y2) / 2, from: Math.min(s.x1, s.x2), to: Math.max(s.x1, s.x2) });
    } else if (dx <= TOLERANCE && dy >= MIN_LENGTH) {
      vertical.push({ at: (s.x1 + s.x2) / 2, from: Math.min(s.y1, s.y2), to: Math.max(s.y1, s.y2) });
    }
  }
  return { horizontal: joinRules(horizontal), vertical: joinRules(vertical) };
}

const covers = (rule: Rule, at: number, from: number, to: number) =>
  Math.abs(rule.at - at) <= TOLERANCE &&
  rule.from <= Math.min(from, to) + TOLERANCE &&
  rule.to >= Math.max(from, to) - TOLERANCE;

interface Cell {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The smallest closed rectangles the rules draw (pdfplumber's method: corners joined by rules on all sides). */
function cellsOf(horizontal: Rule[], vertical: Rule[]): Cell[] {
  const points: { x: number; y: number }[] = [];
  for (const h of horizontal) {
    for (const v of vertical) {
      if (
        v.at >= h.from - TOLERANCE &&
        v.at <= h.to + TOLERANCE &&
        h.at >= v.from - TOLERANCE &&
        h.at <= v.to + TOLERANCE
      ) {
        points.push({ x: v.at, y: h.at });
      }
    }
  }
  const hRule = (y: number, x1: number, x2: number) => horizontal.some((r) => covers(r, y, x1, x2));
  const vRule = (x: number, y1: number, y2: number) => vertical.some((r) => covers(r, x, y1, y2));
  const isPoint = (x: number, y: number) =>
    points.some((p) => Math.abs(p.x - x) <= TOLERANCE && Math.abs(p.y - y) <= TOLERANCE);
  const cells: Cell[] = [];
  for (const p of points) {
    const below = points
      .filter((q) => Math.abs(q.x - p.x) <= TOLERANCE && q.y < p.y - TOLERANCE)
      .sort((a, b) => b.y - a.y);
    const right = points
      .filter((q) => Math.abs(q.y - p.y) <= TOLERANCE && q.x > p.x + TOLERANCE)
      .sort((a, b) => a.x - b.x);
    let found: Cell | null = null;
    for (const down of below) {
      if (!vRule(p.x, p.y, down.y)) break;
      for (const across of right) {
        if (!hRule(p.y, p.x, across.x)) break;
        if (isPoint(across.x, down.y) && vRule(across.x, p.y, down.y) && hRule(down.y, p.x, across.x)) {
          found = { left: p.x, right: across.x, top: p.y, bottom: down.y };
          break;
        }
      }
      if (found) break;
    }
    if (found) cells.push(found);
  }
  return cells;
}

/** Cells that share corners, as tables. */
function tablesOf(cells: Cell[]): Cell[][] {
  const parent = cells.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE;
  for (let i = 0; i < cells.length; i += 1) {
    for (let j = i + 1; j < cells.length; j += 1) {
      const a = cells[i];
      const b = cells[j];
      const touch =
        (near(a.right, b.left) || near(a.left, b.right) || near(a.left, b.left) || near(a.right, b.right)) &&
        a.bottom <= b.top + TOLERANCE &&
        b.bottom <= a.top + TOLERANCE;
      const stack =
        (near(a.bottom, b.top) || near(a.top, b.bottom) || near(a.top, b.top) || near(a.bottom, b.bottom)) &&
        a.left <= b.right + TOLERANCE &&
        b.left <= a.right + TOLERANCE;
      if (touch || stack) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Cell[]>();
  cells.forEach((cell, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), cell]));
  return [...groups.values()];
}

/** Distinct coordinates, within the tolerance. */
function stops(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1] > TOLERANCE) out.push(v);
  return out;
}

const indexOf = (list: number[], v: number) => {
  let best = 0;
  list.forEach((s, i) => {
    if (Math.abs(s - v) < Math.abs(list[best] - v)) best = i;
  });
  return best;
};

/** Pieces on one line: their baselines within a third of the text height; lines from the top, pieces from the left. */
export function linesOf(all: readonly TextPiece[]): TextPiece[][] {
  const sorted = [...all].sort((p, q) => q.y - p.y || p.x - q.x);
  const result: { y: number; size: number; items: TextPiece[] }[] = [];
  for (const piece of sorted) {
    const line = result.find((l) => Math.abs(l.y - piece.y) <= Math.min(l.size, piece.size) / 3);
    if (line) line.items.push(piece);
    else result.push({ y: piece.y, size: piece.size, items: [piece] });
  }
  return result.sort((l, m) => m.y - l.y).map((l) => l.items.sort((p, q) => p.x - q.x));
}

/** One line as text: pieces apart by more than a character's width are set apart by two spaces or more. */
export function lineText(items: readonly TextPiece[], left = items[0]?.x ?? 0): string {
  let text = "";
  let end: number | null = null;
  for (const piece of items) {
    const from = end ?? left;
    const gap = piece.x - from;
    const half = piece.size / 2;
    if (end === null) text += " ".repeat(Math.max(0, Math.round(gap / half)));
    else if (gap > piece.size * 0.9) text += " ".repeat(Math.max(2, Math.round(gap / half)));
    else if (gap > piece.size * 0.2) text += " ";
    text += piece.text;
    end = end === null ? piece.end : Math.max(end, piece.end);
  }
  return text;
}

interface PlacedTable {
  top: number;
  bottom: number;
  block: DocumentBlock;
}

function tableBlock(cells: Cell[], pieces: TextPiece[], used: Set<TextPiece>): PlacedTable {
  const xs = stops(cells.flatMap((c) => [c.left, c.right]));
  const ys = stops(cells.flatMap((c) => [c.top, c.bottom])).reverse();
  const texts = new Map<Cell, TextPiece[]>();
  for (const piece of pieces) {
    const cx = (piece.x + piece.end) / 2;
    const cy = piece.y + piece.size * 0.3;
    const cell = cells.find((c) => cx >= c.left && cx <= c.right && cy <= c.top && cy >= c.bottom);
    if (!cell) continue;
    used.add(piece);
    texts.set(cell, [...(texts.get(cell) ?? []), piece]);
  }
  const byRow = new Map<number, { col: number; cell: Cell }[]>();
  for (const cell of cells) {
    const row = indexOf(ys, cell.top);
    byRow.set(row, [...(byRow.get(row) ?? []), { col: indexOf(xs, cell.left), cell }]);
  }
  const grid = new TableGrid();
  for (let row = 0; row < ys.length - 1; row += 1) {
    grid.startRow();
    const anchors = (byRow.get(row) ?? []).sort((a, b) => a.col - b.col);
    for (const { col, cell } of anchors) {
      grid.at(
        row,
        col,
        linesOf(texts.get(cell) ?? [])
          .map((line) => lineText(line).trim())
          .join("\n"),
        indexOf(xs, cell.right) - col,
        indexOf(ys, cell.bottom) - row,
      );
    }
  }
  const top = Math.max(...cells.map((c) => c.top));
  const bottom = Math.min(...cells.map((c) => c.bottom));
  return { top, bottom, block: { kind: "table", table: grid.table() } };
}

/** A page's blocks from top to bottom: its ruled tables, and its other lines as paragraphs. */
export function pageBlocks(pieces: readonly TextPiece[], segments: readonly Segment[]): DocumentBlock[] {
  const { horizontal, vertical } = rules(segments);
  const used = new Set<TextPiece>();
  const tables = tablesOf(cellsOf(horizontal, vertical))
    .filter((cells) => cells.length >= 2)
    .map((cells) => tableBlock(cells, [...pieces], used));
  const placed: { y: number; block: DocumentBlock }[] = tables.map((t) => ({ y: t.top, block: t.block }));
  for (const line of linesOf(pieces.filter((p) => !used.has(p)))) {
    placed.push({ y: line[0].y, block: { kind: "paragraph", text: lineText(line).trim() } });
  }
  return placed.sort((a, b) => b.y - a.y).map((p) => p.block);
}

/** Whether any table was found among the blocks. */
export function hasTables(blocks: readonly DocumentBlock[]): boolean {
  return blocks.some((b) => b.kind === "table");
}
