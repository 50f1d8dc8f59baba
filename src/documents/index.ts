/**
 * Reports as they arrive: workbooks (.xlsx), Word (.docx), saved web pages (.html/.htm), PDFs with a text layer,
 * text. Old Word and WPS binaries (.doc/.wps), .xls and .et are refused with how to convert them. Used by the command
 * line and the task pane alike; nothing here needs Node.
 */
import { reportFromDocument } from "../core/report/fromDocument";
import { reportFromText } from "../core/report/fromText";
import type { Report } from "../core/report/model";
import { NotADocxError, readDocx } from "./docx";
import { decodeText, isUtf16 } from "./decode";
import { readHtml } from "./html";
import { readPdf, type PdfjsSetup } from "./pdf";
import { zipTooLarge, type EntrySizer } from "./zipBudget";
import { fileTooLarge, MAX_INPUT_BYTES, MAX_TEXT_BYTES, textTooLarge } from "./limits";
import type { WorkbookSnapshot } from "../hosts/types";

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
 * WPS 表格's own format (.et) is not published and no maintained library reads it: the user saves it as .xlsx.
 * (In WPS itself the task pane works on the open workbook, whatever its format.)
 */
export const ET_REFUSED =
  "这是 WPS 表格的 .et 文件，本工具无法直接读取：请在 WPS 表格中打开它，点“文件 › 另存为”，" +
  "文件类型选“Excel 工作簿（*.xlsx）”，保存后再用 .xlsx 文件重试";

/** What a report file held: its reports (each with what was noticed while reading it), and the workbook read. */
export type ReportFileResult =
  { ok: true; reports: Report[]; snapshot: WorkbookSnapshot | null } | { ok: false; message: string };

/** The libraries a reader fetches only when a file needs them (in the task pane, chunks of their own). */
export interface ReaderLibraries {
  loadPdfjs: () => Promise<PdfjsSetup>;
  /** How a zip's entries are inflated for the zip-bomb check (default: JSZip, in any browser). */
  zipSizer?: EntrySizer;
}

const COMPOUND_FILE = [0xd0, 0xcf]; // OLE2: old .xls/.doc/.et, and Office files saved with a password
const ENCRYPTED_PACKAGE = [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]); // its stream name, UTF-16LE

function includesBytes(bytes: Uint8Array, part: readonly number[]): boolean {
  const first = part[0];
  for (let i = bytes.indexOf(first); i >= 0 && i + part.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    if (part.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/** An Office file saved with a password: an OLE compound file holding the stream EncryptedPackage. */
const isEncryptedOffice = (bytes: Uint8Array) =>
  startsWith(bytes, COMPOUND_FILE) && includesBytes(bytes, ENCRYPTED_PACKAGE);

const one = (result: DocumentResult): ReportFileResult =>
  result.ok ? { ok: true, reports: [result.report], snapshot: null } : result;

/**
 * Any report file, from its bytes and its name: a workbook, a document, a PDF, or text as copied from one. The one
 * reader of the command line and the task pane's 导入报告; messages do not name the file (the caller does).
 */
export async function readReportFile(
  bytes: Uint8Array,
  name: string,
  libraries: ReaderLibraries,
): Promise<ReportFileResult> {
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, message: fileTooLarge(bytes.length) };
  const zip = startsWith(bytes, ZIP_MAGIC);
  if (zip) {
    const tooLarge = await zipTooLarge(bytes, libraries.zipSizer);
    if (tooLarge !== null) return { ok: false, message: tooLarge };
  }
  const kind = documentKind(bytes, name);
  if (kind === "pdf") return one(await readPdfReport(bytes, name, libraries.loadPdfjs));
  if (kind !== null) return one(await readDocumentReport(bytes, name, kind));
  const ext = extension(name);
  if (isEncryptedOffice(bytes)) {
    return {
      ok: false,
      message: "文件设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx 再试",
    };
  }
  if (ext === ".csv") {
    return {
      ok: false,
      message: "暂不支持 .csv 文件（逗号分隔的表格会丢失合并单元格和格式）：请在 Excel 或 WPS 中另存为 .xlsx 后再试",
    };
  }
  // An .et that is really a zip (an .xlsx renamed, or saved so by WPS) is read below as the workbook it is.
  if (ext === ".et" && !zip) return { ok: false, message: ET_REFUSED };
  if (ext === ".xls" || startsWith(bytes, COMPOUND_FILE)) {
    return { ok: false, message: "不支持旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再试" };
  }
  if (zip) {
    const { readWorkbookReports } = await import(/* webpackChunkName: "xlsx" */ "./workbook");
    return readWorkbookReports(bytes);
  }
  if (ext === ".xlsx" || ext === ".xlsm") {
    return { ok: false, message: "不是有效的 .xlsx 工作簿（文件已损坏或并非 Excel 文件）" };
  }
  if (bytes.includes(0) && !isUtf16(bytes)) return { ok: false, message: "不是文本文件，也不是 .xlsx 工作簿" };
  if (bytes.length > MAX_TEXT_BYTES) return { ok: false, message: textTooLarge(bytes.length) };
  return { ok: true, reports: [reportFromText(decodeText(bytes), name)], snapshot: null };
}
