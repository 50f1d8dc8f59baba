/** Reading the command line's inputs: .xlsx workbooks (ExcelJS) and published report text, into Reports. */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from "fs";
import * as path from "path";
import { reportsFromGrid } from "../core/report/fromGrid";
import { reportFromText } from "../core/report/fromText";
import { decodeText, isUtf16 } from "../documents/decode";
import { documentKind, readDocumentReport, readPdfReport } from "../documents";
import { pdfjsForNode } from "./pdfjs";
import type { Report } from "../core/report/model";
import { exceljsHost, loadXlsx } from "../hosts/exceljs";
import type { WorkbookSnapshot } from "../hosts/types";
import { zipTooLarge } from "./zipBudget";

/** No report file comes near this: larger files are refused unread (the budget is answered within 10 s and 1 GB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** A published report's text is well under 1 MB; reading text costs far more per byte than a workbook. */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;

export type InputResult =
  { ok: true; reports: Report[]; snapshot: WorkbookSnapshot | null } | { ok: false; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * WPS 表格's own format (.et) is not published and no maintained library reads it: the user saves it as .xlsx.
 * (In WPS itself the task pane works on the open workbook, whatever its format.)
 */
export const ET_REFUSED =
  "这是 WPS 表格的 .et 文件，本工具无法直接读取：请在 WPS 表格中打开它，点“文件 › 另存为”，" +
  "文件类型选“Excel 工作簿（*.xlsx）”，保存后再用 .xlsx 文件重试";

/**
 * An Office file saved with a password: an OLE compound file (like an old .xls) holding the streams
 * EncryptionInfo and EncryptedPackage (names stored in UTF-16LE).
 */
function isEncryptedOffice(bytes: Buffer): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes.includes(Buffer.from("EncryptedPackage", "utf16le"));
}

function isZip(bytes: Buffer): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** What a path that is not a regular file is, in the user's words; null for a regular file. */
function notAFile(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return "这是一个文件夹";
  if (stats.isFIFO()) return "这是一个命名管道（FIFO），不是文件，未读取";
  if (stats.isSocket()) return "这是一个套接字，不是文件，未读取";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "这是一个设备，不是文件，未读取";
  return "不是普通文件，未读取";
}

/**
 * The bytes of a regular file. Opened without blocking, so that a FIFO (which would wait for a writer forever) or a
 * device (/dev/zero never ends) is named and refused instead of read.
 */
function readRegularFile(file: string): { ok: true; bytes: Buffer } | { ok: false; why: string } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      why: code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : `无法读取（${code ?? error}）`,
    };
  }
  try {
    const stats = fstatSync(fd);
    const why = notAFile(stats);
    if (why !== null) return { ok: false, why };
    if (stats.size > MAX_INPUT_BYTES) {
      const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
      return { ok: false, why: `文件过大（${mb(stats.size)}，上限 ${mb(MAX_INPUT_BYTES)}），未读取` };
    }
    // Synchronous: for the small files read one after another, much faster than fs.promises.readFile.
    return { ok: true, bytes: readFileSync(fd) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, why: code === "EISDIR" ? "这是一个文件夹" : `无法读取（${code ?? error}）` };
  } finally {
    closeSync(fd);
  }
}

export async function readInput(file: string): Promise<InputResult> {
  const read = readRegularFile(file);
  if (!read.ok) return { ok: false, message: `${file}：${read.why}` };
  const bytes = read.bytes;
  if (isZip(bytes)) {
    const tooLarge = zipTooLarge(bytes);
    if (tooLarge !== null) return { ok: false, message: `${file}：${tooLarge}` };
  }
  const kind = documentKind(bytes, file);
  if (kind !== null) {
    const document =
      kind === "pdf" ? await readPdfReport(bytes, file, pdfjsForNode) : await readDocumentReport(bytes, file, kind);
    return document.ok
      ? { ok: true, reports: [document.report], snapshot: null }
      : { ok: false, message: `${file}：${document.message}` };
  }
  const ext = path.extname(file).toLowerCase();
  if (isEncryptedOffice(bytes)) {
    return {
      ok: false,
      message: `${file}：文件设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx 再试`,
    };
  }
  if (ext === ".csv") {
    return {
      ok: false,
      message: `${file}：暂不支持 .csv 文件（逗号分隔的表格会丢失合并单元格和格式）：请在 Excel 或 WPS 中另存为 .xlsx 后再试`,
    };
  }
  // An .et that is really a zip (an .xlsx renamed, or saved so by WPS) is read below as the workbook it is.
  if (ext === ".et" && !isZip(bytes)) return { ok: false, message: `${file}：${ET_REFUSED}` };
  if (ext === ".xls" || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) {
    return { ok: false, message: `${file}：不支持旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再试` };
  }
  if (isZip(bytes)) {
    try {
      const workbook = await loadXlsx(bytes);
      const snapshot = await exceljsHost(workbook).run((session) => session.read({ values: true }));
      return { ok: true, reports: reportsFromGrid(snapshot), snapshot };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { ok: false, message: `${file}：不是有效的 .xlsx 工作簿（${why}）` };
    }
  }
  if (ext === ".xlsx" || ext === ".xlsm") {
    return { ok: false, message: `${file}：不是有效的 .xlsx 工作簿（文件已损坏或并非 Excel 文件）` };
  }
  if (bytes.includes(0) && !isUtf16(bytes)) return { ok: false, message: `${file}：不是文本文件，也不是 .xlsx 工作簿` };
  if (bytes.length > MAX_TEXT_BYTES) {
    return {
      ok: false,
      message:
        `${file}：文本过大（${Math.ceil(bytes.length / (1024 * 1024))} MB，上限 ${MAX_TEXT_BYTES / (1024 * 1024)} MB），未读取：` +
        "年度报告的文本通常不到 1 MB，请确认是否选错了文件",
    };
  }
  return { ok: true, reports: [reportFromText(decodeText(bytes), file)], snapshot: null };
}
