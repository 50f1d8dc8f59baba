/**
 * PDFs with a text layer (printed from Word or WPS): each page's ruled tables rebuilt from the borders it draws
 * and the positions of its text, the rest of its text as paragraphs. A PDF whose tables have no borders is laid
 * out as `pdftotext -layout` prints it and read as text. A PDF without text (a scan) is refused plainly.
 * pdfjs-dist is ESM only: the caller loads it (a real import() in Node, a chunk in the task pane).
 */
import type * as PdfjsModule from "pdfjs-dist";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import type { DocumentBlock } from "../core/report/fromDocument";
import { hasTables, lineText, linesOf, pageBlocks, type Segment, type TextPiece } from "./pdfTables";

export type Pdfjs = Pick<typeof PdfjsModule, "getDocument" | "OPS">;

export interface PdfjsSetup {
  pdfjs: Pdfjs;
  /** Where pdfjs finds its CMaps and standard fonts (PDFs that do not embed their Chinese fonts need them). */
  cMapUrl?: string;
  standardFontDataUrl?: string;
}

export type PdfContent =
  { ok: true; blocks: DocumentBlock[]; text: string; pages: number; ruled: boolean } | { ok: false; message: string };

export const SCAN_MESSAGE =
  "PDF 中没有文字层（可能是扫描件或图片），无法读取表格；请使用由 Word/WPS 导出的 PDF，或提供 .docx 原件";

function piecesOf(items: readonly unknown[]): TextPiece[] {
  const out: TextPiece[] = [];
  for (const item of items) {
    const t = item as Partial<TextItem>;
    if (typeof t.str !== "string" || t.str.trim() === "" || !t.transform) continue;
    const [a, b, , , x, y] = t.transform as number[];
    const size = Math.hypot(a, b) || t.height || 10;
    out.push({ x, y, end: x + (t.width ?? 0), size, text: t.str });
  }
  return out;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Path codes of pdfjs's constructPath buffers (its DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

/** The straight strokes and thin filled rectangles a page draws: its table borders among them. */
function segmentsOf(list: { fnArray: number[]; argsArray: unknown[] }, OPS: Pdfjs["OPS"]): Segment[] {
  const segments: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const point = (x: number, y: number) => ({
    x: ctm[0] * x + ctm[2] * y + ctm[4],
    y: ctm[1] * x + ctm[3] * y + ctm[5],
  });
  list.fnArray.forEach((fn, i) => {
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, list.argsArray[i] as Matrix);
    else if (fn === OPS.constructPath) {
      const [paint, buffers] = list.argsArray[i] as [number, (ArrayLike<number> | null)[]];
      if (paint === OPS.endPath) return; // a clipping path, not drawn
      const path = buffers?.[0];
      if (!path) return;
      let start = { x: 0, y: 0 };
      let at = start;
      const own: Segment[] = [];
      for (let k = 0; k < path.length;) {
        const op = path[k];
        if (op === MOVE || op === LINE) {
          const p = point(path[k + 1], path[k + 2]);
          if (op === LINE) own.push({ x1: at.x, y1: at.y, x2: p.x, y2: p.y });
          else start = p;
          at = p;
          k += 3;
        } else if (op === CURVE) {
          at = point(path[k + 5], path[k + 6]);
          k += 7;
        } else if (op === QUADRATIC) {
          at = point(path[k + 3], path[k + 4]);
          k += 5;
        } else if (op === CLOSE) {
          own.push({ x1: at.x, y1: at.y, x2: start.x, y2: start.y });
          at = start;
          k += 1;
        } else break;
      }
      const filled = paint !== OPS.stroke && paint !== OPS.closeStroke;
      if (!filled) segments.push(...own);
      else segments.push(...thinRectangle(own));
    }
  });
  return segments;
}

/** A filled rectangle thinner than 3 points is a border drawn as a bar: its middle line. */
function thinRectangle(edges: Segment[]): Segment[] {
  if (edges.length === 0) return [];
  const xs = edges.flatMap((e) => [e.x1, e.x2]);
  const ys = edges.flatMap((e) => [e.y1, e.y2]);
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (top - bottom < 3 && right - left >= 3)
    return [{ x1: left, y1: (top + bottom) / 2, x2: right, y2: (top + bottom) / 2 }];
  if (right - left < 3 && top - bottom >= 3)
    return [{ x1: (left + right) / 2, y1: bottom, x2: (left + right) / 2, y2: top }];
  return [];
}

/** Page numbers printed at the foot of a page: not part of the report. */
const PAGE_NUMBER = /^\s*(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,3})\s*$/;

/** Every page's blocks, and the text laid out in lines and columns (for PDFs without ruled tables). */
export async function readPdf(bytes: Uint8Array, setup: PdfjsSetup): Promise<PdfContent> {
  let doc: PdfjsModule.PDFDocumentProxy;
  try {
    doc = await setup.pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: setup.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: setup.standardFontDataUrl,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException") return { ok: false, message: "PDF 设有打开密码，无法读取；请提供未加密的文件" };
    return { ok: false, message: "不是有效的 PDF 文件（文件已损坏或不完整）" };
  }
  try {
    const blocks: DocumentBlock[] = [];
    const pages: string[] = [];
    let found = 0;
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const pieces = piecesOf((await page.getTextContent()).items);
      found += pieces.length;
      const segments = segmentsOf(await page.getOperatorList(), setup.pdfjs.OPS);
      blocks.push(...pageBlocks(pieces, segments).filter((b) => b.kind !== "paragraph" || !PAGE_NUMBER.test(b.text)));
      const left = Math.min(...pieces.map((p) => p.x));
      pages.push(
        linesOf(pieces)
          .map((line) => lineText(line, left))
          .join("\n"),
      );
      page.cleanup();
    }
    if (found === 0) return { ok: false, message: SCAN_MESSAGE };
    return { ok: true, blocks, text: pages.join("\n\n"), pages: doc.numPages, ruled: hasTables(blocks) };
  } finally {
    await doc.destroy();
  }
}
