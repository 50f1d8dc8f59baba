/**
 * Reports written as documents for tests: the official tables (their merged header cells and row groups as the
 * format lays them out) with a report's values, as .docx (docx package) and as HTML pages (UTF-8 or GBK).
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from "docx";
import * as iconv from "iconv-lite";
import { type CellKey, FORMATS, HEADINGS, keyOf, type LayoutCell, type TableId } from "../../core/format";
import { reportTitle } from "../../core/format/sheetLayout";
import type { Report } from "../../core/report/model";

export interface DocumentShape {
  /** Labels written as two paragraphs in their cell (a line break a clerk typed). */
  splitLabels?: boolean;
  /** Empty cells hold a non-breaking space. */
  nbspBlanks?: boolean;
  /** Prose after the title, before the tables. */
  prose?: string[];
  /** Cell text to write instead of the report's value, by cellKey. */
  overrides?: Map<CellKey, string>;
  /** Tables written; all of the report's by default. */
  tables?: TableId[];
}

/** A table's grid: anchors by position, and which positions a merged anchor covers. */
interface GridCell {
  cell: LayoutCell;
  /** The position is covered by the anchor, from a row above (vMerge continue) or from the left. */
  from: "anchor" | "above" | "left";
}

function tableGrid(table: TableId, report: Report): (GridCell | null)[][] {
  const def = FORMATS[report.format ?? "2021"].tables[table];
  const grid: (GridCell | null)[][] = Array.from({ length: def.gridRows }, () =>
    Array.from({ length: def.gridColumns }, () => null),
  );
  for (const cell of def.cells) {
    for (let r = cell.r; r < cell.r + cell.rowSpan; r += 1) {
      for (let c = cell.c; c < cell.c + cell.colSpan; c += 1) {
        grid[r][c] = { cell, from: r === cell.r && c === cell.c ? "anchor" : c === cell.c ? "above" : "left" };
      }
    }
  }
  return grid;
}

function cellText(cell: LayoutCell, report: Report, shape: DocumentShape): string {
  if (!cell.data) return cell.text ?? "";
  const key = keyOf(cell.data);
  const override = shape.overrides?.get(key);
  if (override !== undefined) return override;
  const raw = report.cells.get(key)?.raw ?? null;
  return raw === null ? "" : String(raw);
}

/** Text of a cell as paragraphs: a label in two halves when asked, a blank as a non-breaking space when asked. */
function cellParagraphs(cell: LayoutCell, report: Report, shape: DocumentShape): string[] {
  const text = cellText(cell, report, shape);
  if (text === "") return [shape.nbspBlanks ? "\u00a0" : ""];
  if (shape.splitLabels && !cell.data && text.length >= 6) {
    const half = Math.ceil(text.length / 2);
    return [text.slice(0, half), text.slice(half)];
  }
  return [text];
}

const tablesOf = (report: Report, shape: DocumentShape) => shape.tables ?? report.tables;

export async function reportDocx(report: Report, shape: DocumentShape = {}): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: reportTitle(report.unit ?? "某乡", report.year ?? 2024), bold: true })],
    }),
    ...(shape.prose ?? []).map((text) => new Paragraph(text)),
  ];
  for (const table of tablesOf(report, shape)) {
    children.push(new Paragraph(HEADINGS[table]));
    const rows = tableGrid(table, report).map(
      (line) =>
        new TableRow({
          children: line.flatMap((pos) => {
            if (!pos || pos.from === "left") return [];
            const { cell } = pos;
            const paragraphs =
              pos.from === "above"
                ? [new Paragraph("")]
                : cellParagraphs(cell, report, shape).map((t) => new Paragraph(t));
            const merge =
              cell.rowSpan > 1
                ? pos.from === "above"
                  ? VerticalMergeType.CONTINUE
                  : VerticalMergeType.RESTART
                : undefined;
            return [new TableCell({ children: paragraphs, columnSpan: cell.colSpan, verticalMerge: merge })];
          }),
        }),
    );
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
  }
  const doc = new Document({ sections: [{ children }] });
  return Packer.toBuffer(doc);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/** A saved report page: the article in a layout table, the report tables with rowspan/colspan. */
export function reportHtml(report: Report, shape: DocumentShape = {}, charset: "utf-8" | "gbk" = "utf-8"): Buffer {
  const parts: string[] = [
    `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">`,
    `<title>${escapeHtml(reportTitle(report.unit ?? "某乡", report.year ?? 2024))}_门户网站</title>`,
    `<script>var x = "<td>1</td>";</script><style>td { border: 1px solid }</style></head><body>`,
    `<table class="layout"><tr><td><div class="nav">首页 &gt; 政府信息公开年报</div></td></tr><tr><td>`,
    `<h1>${escapeHtml(reportTitle(report.unit ?? "某乡", report.year ?? 2024))}</h1>`,
    ...(shape.prose ?? []).map((t) => `<p style="text-indent:2em">${escapeHtml(t)}</p>`),
  ];
  for (const table of tablesOf(report, shape)) {
    parts.push(`<p><strong>${escapeHtml(HEADINGS[table])}</strong></p>\n<table border="1">`);
    for (const line of tableGrid(table, report)) {
      parts.push("<tr>");
      for (const pos of line) {
        if (!pos || pos.from !== "anchor") continue;
        const { cell } = pos;
        const span =
          (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : "") +
          (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : "");
        const inner = cellParagraphs(cell, report, shape)
          .map((t) => `<p>${t === "\u00a0" ? "&nbsp;" : escapeHtml(t)}</p>`)
          .join("\n");
        parts.push(`<td${span}>\n${inner}</td>`);
      }
      parts.push("</tr>");
    }
    parts.push("</table>");
  }
  parts.push("</td></tr></table></body></html>");
  const html = parts.join("\n");
  return charset === "gbk" ? iconv.encode(html, "gbk") : Buffer.from(html, "utf8");
}
