/**
 * Word documents (.docx, also as WPS 文字 saves them): word/document.xml read with a real XML parser. Tables keep
 * their rows and cells (w:gridSpan, w:vMerge, w:gridBefore, several paragraphs in one cell); the paragraphs outside
 * tables are the report's prose.
 */
import { Parser } from "htmlparser2";
import JSZip from "jszip";
import type { DocumentBlock } from "../core/report/fromDocument";
import { TableGrid } from "./tableGrid";

interface OpenCell {
  paragraphs: string[];
  colSpan: number;
  merge: "restart" | "continue" | null;
}

interface OpenTable {
  grid: TableGrid;
  cell: OpenCell | null;
}

/** A table inside a cell becomes text of that cell: its rows as lines, its cells set apart by spaces. */
function tableText(grid: TableGrid): string {
  return grid
    .table()
    .cells.map((row) => row.filter((c) => c !== null).join(" "))
    .filter((line) => line !== "")
    .join("\n");
}

/** The blocks of word/document.xml in reading order. */
export function docxBlocks(xml: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const tables: OpenTable[] = [];
  const paragraphs: string[] = [];
  let skipping = 0;
  let inText = false;
  const top = () => tables[tables.length - 1];
  const appendText = (text: string) => {
    if (paragraphs.length > 0) paragraphs[paragraphs.length - 1] += text;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipping > 0 || name === "mc:Fallback") {
          skipping += 1;
          return;
        }
        switch (name) {
          case "w:p":
            paragraphs.push("");
            break;
          case "w:t":
            inText = true;
            break;
          case "w:tab":
            appendText("\t");
            break;
          case "w:br":
          case "w:cr":
            appendText("\n");
            break;
          case "w:tbl":
            tables.push({ grid: new TableGrid(), cell: null });
            break;
          case "w:tr":
            top()?.grid.startRow();
            break;
          case "w:gridBefore":
            top()?.grid.skip(Number(attrs["w:val"]));
            break;
          case "w:tc":
            if (top()) top().cell = { paragraphs: [], colSpan: 1, merge: null };
            break;
          case "w:gridSpan": {
            const cell = top()?.cell;
            if (cell) cell.colSpan = Number(attrs["w:val"]) || 1;
            break;
          }
          case "w:vMerge": {
            const cell = top()?.cell;
            if (cell) cell.merge = attrs["w:val"] === "restart" ? "restart" : "continue";
            break;
          }
        }
      },
      ontext(text) {
        if (inText && skipping === 0) appendText(text);
      },
      onclosetag(name) {
        if (skipping > 0) {
          skipping -= 1;
          return;
        }
        switch (name) {
          case "w:t":
            inText = false;
            break;
          case "w:p": {
            const text = paragraphs.pop() ?? "";
            const cell = top()?.cell;
            if (cell) cell.paragraphs.push(text);
            else if (paragraphs.length > 0) paragraphs[paragraphs.length - 1] += text;
            else blocks.push({ kind: "paragraph", text });
            break;
          }
          case "w:tc": {
            const open = top();
            const cell = open?.cell;
            if (!open || !cell) break;
            const text = cell.paragraphs
              .map((p) => p.trim())
              .filter((p) => p !== "")
              .join("\n");
            if (cell.merge === "continue") open.grid.continueAbove(cell.colSpan, text);
            else open.grid.place(text, cell.colSpan);
            open.cell = null;
            break;
          }
          case "w:tbl": {
            const done = tables.pop();
            if (!done) break;
            const outer = top()?.cell;
            if (outer) outer.paragraphs.push(tableText(done.grid));
            else blocks.push({ kind: "table", table: done.grid.table() });
            break;
          }
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return blocks;
}

export class NotADocxError extends Error {}

/** The blocks of a .docx file; NotADocxError when the file holds no Word document. */
export async function readDocx(bytes: Uint8Array): Promise<DocumentBlock[]> {
  const zip = await JSZip.loadAsync(bytes);
  const main = zip.file("word/document.xml");
  if (!main) throw new NotADocxError("压缩包中没有 word/document.xml");
  return docxBlocks(await main.async("string"));
}
