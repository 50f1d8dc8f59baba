/**
 * Reports as they arrive as documents: Word (.docx), saved web pages (.html/.htm), PDFs with a text layer. Old
 * Word and WPS binaries (.doc/.wps) are refused with how to convert them. Used by the command line and the task
 * pane alike; nothing here needs Node.
 */
import { reportFromDocument } from "../core/report/fromDocument";
import { reportFromText } from "../core/report/fromText";
import type { Report } from "../core/report/model";
import { NotADocxError, readDocx } from "./docx";
import { decodeText, isUtf16 } from "./decode";
import { readHtml } from "./html";
import { readPdf, type PdfjsSetup } from "./pdf";

export type DocumentKind = "docx" | "html" | "pdf" | "oldWord";

export type DocumentResult = { ok: true; report: Report } | { ok: false; message: string };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function extension(name: string): string {
  const m = /\.[^./\\]+$/.exec(name);
  return m ? m[0].toLowerCase() : "";
}

/** Whether the bytes begin like an HTML page (old WPS and Word save "Web pages" under .doc too). */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /^<\?xml[^>]*>\s*<html/.test(head);
}

/** The kind of document a file is, from its first bytes and its name; null for workbooks and plain text. */
export function documentKind(bytes: Uint8Array, name: string): DocumentKind | null {
  const ext = extension(name);
  if (startsWith(bytes, PDF_MAGIC) || ext === ".pdf") return "pdf";
  if (ext === ".docx" || ext === ".docm") return "docx";
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml" || ext === ".mht") return "html";
  if (ext === ".doc" || ext === ".wps") {
    if (looksLikeHtml(bytes)) return "html";
    return startsWith(bytes, ZIP_MAGIC) ? "docx" : "oldWord";
  }
  return null;
}

export const OLD_WORD_MESSAGE =
  "旧版 Word / WPS 文字文件（.doc、.wps）的表格无法可靠读取，请在 Word 或 WPS 中打开后“另存为” .docx 格式再试";

export async function readDocumentReport(
  bytes: Uint8Array,
  name: string,
  kind: Exclude<DocumentKind, "pdf">,
): Promise<DocumentResult> {
  if (kind === "oldWord") return { ok: false, message: OLD_WORD_MESSAGE };
  if (kind === "html") return { ok: true, report: reportFromDocument(readHtml(bytes), name) };
  try {
    return { ok: true, report: reportFromDocument(await readDocx(bytes), name) };
  } catch (error) {
    const why = error instanceof NotADocxError ? error.message : "文件已损坏或并非 Word 文档";
    return { ok: false, message: `不是有效的 .docx 文档（${why}）` };
  }
}

/** A PDF's report: its ruled tables as tables, else its text laid out in lines and columns, read as text. */
export async function readPdfReport(
  bytes: Uint8Array,
  name: string,
  loadPdfjs: () => Promise<PdfjsSetup>,
): Promise<DocumentResult> {
  const content = await readPdf(bytes, await loadPdfjs());
  if (!content.ok) return content;
  const report = content.ruled ? reportFromDocument(content.blocks, name) : reportFromText(content.text, name);
  return { ok: true, report };
}

/**
 * Any report file as a person picks it in the task pane: a document, a PDF, or text as copied from one. Workbooks
 * are for Excel to open, not to read here.
 */
export async function readReportFile(
  bytes: Uint8Array,
  name: string,
  loadPdfjs: () => Promise<PdfjsSetup>,
): Promise<DocumentResult> {
  const kind = documentKind(bytes, name);
  if (kind === "pdf") return readPdfReport(bytes, name, loadPdfjs);
  if (kind !== null) return readDocumentReport(bytes, name, kind);
  if (startsWith(bytes, ZIP_MAGIC) || /\.(xlsx|xlsm|xls|et)$/i.test(name)) {
    return { ok: false, message: "工作簿请直接在 Excel 或 WPS 中打开；此处导入 .docx、.pdf、.html 和 .txt 报告" };
  }
  if (bytes.includes(0) && !isUtf16(bytes)) return { ok: false, message: "不是文本文件，也不是可读取的文档" };
  return { ok: true, report: reportFromText(decodeText(bytes), name) };
}
