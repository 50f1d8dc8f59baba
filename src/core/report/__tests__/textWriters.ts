/**
 * A report written as text in each shape people copy it in (for tests): the official tables laid out from the
 * format data, then printed as tab rows, markdown, one cell per line or per paragraph, pdftotext columns with
 * wrapped labels, labels over their numbers, half-width forms, traditional characters.
 */
import {
  cellKey,
  FORMATS,
  HEADINGS,
  TABLE_IDS,
  type CellKey,
  type FormatId,
  type TableFormat,
  type TableId,
} from "../../format";
import type { Report } from "../model";
import { TRADITIONAL_PAIRS } from "../traditional";

export const TEXT_SHAPES = [
  "tab",
  "markdown",
  "cellPerLine",
  "cellPerParagraph",
  "pdftotext",
  "labelOverNumbers",
  "halfWidth",
  "traditional",
] as const;
export type TextShape = (typeof TEXT_SHAPES)[number];

/** A cell of the laid-out table: a label, a data value (null = blank), or nothing (covered by a merge). */
type Cell = { label: string } | { value: string | null } | null;

const isLabel = (cell: Cell): cell is { label: string } => cell !== null && "label" in cell;
const isData = (cell: Cell): cell is { value: string | null } => cell !== null && "value" in cell;

function valueText(report: Report, key: CellKey): string | null {
  const cell = report.cells.get(key);
  if (!cell || cell.value === null) return null;
  return String(cell.value);
}

/** The table's rows as its official grid shows them: merged cells once, at their anchor. */
function layRows(table: TableFormat, report: Report): Cell[][] {
  const rows: Cell[][] = Array.from({ length: table.gridRows }, () => new Array<Cell>(table.gridColumns).fill(null));
  for (const cell of table.cells) {
    rows[cell.r][cell.c] = cell.data
      ? { value: valueText(report, cellKey(cell.data.table, cell.data.row, cell.data.column)) }
      : { label: cell.text ?? "" };
  }
  return rows.map((row) => row.filter((cell, c) => cell !== null || !coveredByMerge(table, rows.indexOf(row), c)));
}

/** Whether a grid position lies inside a horizontal merge (Word copies a merged cell once). */
function coveredByMerge(table: TableFormat, r: number, c: number): boolean {
  return table.cells.some(
    (cell) => cell.colSpan > 1 && cell.r <= r && r < cell.r + cell.rowSpan && cell.c < c && c < cell.c + cell.colSpan,
  );
}

const SIMPLIFIED_TO_TRADITIONAL = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
  SIMPLIFIED_TO_TRADITIONAL.set(TRADITIONAL_PAIRS[i + 1], TRADITIONAL_PAIRS[i]);
}

const traditional = (text: string) => [...text].map((ch) => SIMPLIFIED_TO_TRADITIONAL.get(ch) ?? ch).join("");
/** Half-width forms as pages normalised to NFKC show them, items written 1、 */
const halfWidth = (text: string) => text.normalize("NFKC").replace(/^(\d)\./, "$1、");
const withThousands = (value: string) => (/^\d{4,}$/.test(value) ? value.replace(/\B(?=(\d{3})+$)/g, ",") : value);

/** Wraps a label into pieces of `width` characters. */
function wrap(label: string, width: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < label.length; i += width) pieces.push(label.slice(i, i + width));
  return pieces;
}

function tableLines(rows: Cell[][], shape: TextShape, tableId: TableId): string[] {
  const lines: string[] = [];
  const label = (text: string) =>
    shape === "traditional" ? traditional(text) : shape === "halfWidth" ? halfWidth(text) : text;
  const value = (text: string | null) => (text === null ? "" : shape === "halfWidth" ? withThousands(text) : text);
  rows.forEach((row, r) => {
    const labels = row
      .filter(isLabel)
      .map((c) => label(c.label))
      .filter((t) => t !== "");
    const values = row.filter(isData).map((c) => value(c.value));
    switch (shape) {
      case "tab":
      case "halfWidth":
      case "traditional":
        lines.push(row.map((c) => (isLabel(c) ? label(c.label) : isData(c) ? value(c.value) : "")).join("\t"));
        return;
      case "markdown": {
        const cells = row.map((c) => (isLabel(c) ? label(c.label) : isData(c) ? value(c.value) : ""));
        lines.push(`| ${cells.join(" | ")} |`);
        if (r === 0 || (tableId === "二" && labels[0]?.startsWith("信息内容")))
          lines.push(`|${cells.map(() => "---").join("|")}|`);
        return;
      }
      case "cellPerLine":
        for (const c of row) {
          if (isLabel(c) && c.label !== "") lines.push(c.label);
          if (isData(c)) lines.push(c.value === null ? "\u00a0" : c.value);
        }
        return;
      case "cellPerParagraph":
        for (const c of row) {
          if (isLabel(c) && c.label !== "") lines.push(c.label, "");
          if (isData(c)) lines.push(c.value === null ? "\u00a0" : c.value, "");
        }
        return;
      case "pdftotext": {
        if (values.length === 0) {
          lines.push(labels.join("   "), "");
          return;
        }
        const numbers = values.map((v) => (v === "" ? "" : v)).join("    ");
        labels.slice(0, -1).forEach((l) => lines.push(`      ${l}`));
        const last = labels[labels.length - 1];
        if (last === undefined) {
          lines.push(`                        ${numbers}`, "");
          return;
        }
        const pieces = wrap(last, 9);
        pieces.slice(0, -1).forEach((p) => lines.push(`      ${p}`));
        lines.push(`      ${pieces[pieces.length - 1]}      ${numbers}`, "");
        return;
      }
      case "labelOverNumbers":
        labels.forEach((l) => lines.push(l));
        if (values.length > 0) lines.push(values.join(" "));
        return;
    }
  });
  return lines;
}

/** The whole report as text in one shape: title, prose, the three tables under their headings, more prose. */
export function reportText(report: Report, shape: TextShape): string {
  const format = FORMATS[report.format as FormatId];
  const paragraph = shape === "cellPerParagraph";
  const out: string[] = [];
  const say = (line: string) => {
    out.push(line);
    if (paragraph) out.push("");
  };
  say(`${report.unit ?? "某县人民政府"}${report.year ?? 2024}年政府信息公开工作年度报告`);
  say("一、总体情况");
  say("本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。");
  for (const id of TABLE_IDS) {
    if (!report.tables.includes(id)) continue;
    say(HEADINGS[id]);
    out.push(...tableLines(layRows(format.tables[id], report), shape, id));
    if (paragraph || shape === "pdftotext") out.push("");
  }
  say("五、存在的主要问题及改进情况");
  say("一是公开内容不够全面；二是解读形式较为单一。");
  return out.join("\n");
}

/** The lines of table `id` in a text (its heading up to the next heading or the prose after the tables). */
export function tableBlock(text: string, id: TableId): string[] {
  const lines = text.split("\n");
  const from = lines.findIndex((l) => l.startsWith(HEADINGS[id]));
  const ends = [...Object.values(HEADINGS), "五、"];
  const to = lines.findIndex((l, i) => i > from && ends.some((end) => l.startsWith(end)));
  return lines.slice(from, to < 0 ? lines.length : to);
}
