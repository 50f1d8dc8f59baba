/**
 * Saved report pages (.html/.htm): tables with rowspan/colspan as grids, <p>, <br> and &nbsp; inside cells, the
 * article's paragraphs as prose. A table holding tables is page layout: its own text becomes paragraphs and the
 * tables inside it are read as tables.
 */
import { Parser } from "htmlparser2";
import type { DocumentBlock } from "../core/report/fromDocument";
import { decodeText } from "./decode";
import { TableGrid } from "./tableGrid";

const BLOCK = new Set(
  "p div br h1 h2 h3 h4 h5 h6 li ul ol section article blockquote pre center header footer main nav aside title hr dd dt dl caption figure".split(
    " ",
  ),
);
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "object", "iframe", "select", "textarea"]);

interface OpenCell {
  lines: string[];
  colSpan: number;
  rowSpan: number;
}

interface OpenTable {
  grid: TableGrid;
  cell: OpenCell | null;
  /** Holds tables: layout, not a report table. */
  layout: boolean;
}

const collapse = (text: string) => text.replace(/[ \t\r\n\f]+/g, " ");

const count = (value: string | undefined) => {
  const n = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
};

function gridLines(grid: TableGrid): string[] {
  return grid
    .table()
    .cells.map((row) => row.filter((c) => c !== null).join(" "))
    .filter((line) => line.trim() !== "");
}

/** The blocks of an HTML page in reading order. */
export function htmlBlocks(html: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const tables: OpenTable[] = [];
  let paragraph = "";
  let skipping = 0;
  const top = () => tables[tables.length - 1];
  const flushParagraph = () => {
    const text = paragraph.trim();
    paragraph = "";
    if (text !== "") blocks.push({ kind: "paragraph", text });
  };
  const cellBreak = (cell: OpenCell) => {
    if (cell.lines[cell.lines.length - 1] !== "") cell.lines.push("");
  };
  const closeCell = (open: OpenTable) => {
    const cell = open.cell;
    if (!cell) return;
    open.cell = null;
    const text = cell.lines
      .map((l) => l.trim())
      .filter((l) => l !== "")
      .join("\n");
    if (open.layout) {
      if (text !== "") blocks.push({ kind: "paragraph", text });
      open.grid.place("", cell.colSpan, cell.rowSpan);
    } else open.grid.place(text, cell.colSpan, cell.rowSpan);
  };
  const becomeLayout = (open: OpenTable) => {
    if (open.layout) return;
    open.layout = true;
    for (const text of gridLines(open.grid)) blocks.push({ kind: "paragraph", text });
    const cell = open.cell;
    if (cell) {
      const text = cell.lines
        .map((l) => l.trim())
        .filter((l) => l !== "")
        .join("\n");
      if (text !== "") blocks.push({ kind: "paragraph", text });
      cell.lines = [""];
    }
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipping > 0 || SKIPPED.has(name)) {
          if (SKIPPED.has(name)) skipping += 1;
          return;
        }
        const open = top();
        if (name === "table") {
          if (open) becomeLayout(open);
          else flushParagraph();
          tables.push({ grid: new TableGrid(), cell: null, layout: false });
          return;
        }
        if (open && name === "tr") {
          closeCell(open);
          open.grid.startRow();
          return;
        }
        if (open && (name === "td" || name === "th")) {
          closeCell(open);
          open.cell = { lines: [""], colSpan: count(attrs.colspan), rowSpan: count(attrs.rowspan) };
          return;
        }
        if (BLOCK.has(name)) {
          if (open?.cell) cellBreak(open.cell);
          else if (!open) flushParagraph();
        }
      },
      ontext(raw) {
        if (skipping > 0) return;
        const text = collapse(raw);
        const open = top();
        if (open?.cell) open.cell.lines[open.cell.lines.length - 1] += text;
        else if (!open) paragraph += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping > 0) return;
        const open = top();
        if (name === "table" && open) {
          closeCell(open);
          tables.pop();
          if (!open.layout) {
            const table = open.grid.table();
            if (table.cells.length > 0) blocks.push({ kind: "table", table });
          }
          return;
        }
        if (open && (name === "td" || name === "th")) {
          closeCell(open);
          return;
        }
        if (BLOCK.has(name)) {
          if (open?.cell) cellBreak(open.cell);
          else if (!open) flushParagraph();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  while (tables.length > 0) {
    const open = tables.pop() as OpenTable;
    closeCell(open);
    if (!open.layout) blocks.push({ kind: "table", table: open.grid.table() });
  }
  flushParagraph();
  return blocks;
}

/** The blocks of a saved page's bytes, in the charset it declares. */
export function readHtml(bytes: Uint8Array): DocumentBlock[] {
  return htmlBlocks(decodeText(bytes, { html: true }));
}
