/** Reading the command line's inputs: a file's bytes, refused unread when it is no regular file or too large. */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from "fs";
import { readReportFile, type ReportFileResult } from "../documents";
import { fileTooLarge, MAX_INPUT_BYTES } from "../documents/limits";
import { pdfjsForNode } from "./pdfjs";
import { zlibSizer } from "./zlibSizer";

export type InputResult = ReportFileResult;

/** Said of a WPS 表格 .et file (the reader lives with the task pane's, in src/documents). */
export { ET_REFUSED } from "../documents";

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
    if (stats.size > MAX_INPUT_BYTES) return { ok: false, why: fileTooLarge(stats.size) };
    // Synchronous: for the small files read one after another, much faster than fs.promises.readFile.
    return { ok: true, bytes: readFileSync(fd) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, why: code === "EISDIR" ? "这是一个文件夹" : `无法读取（${code ?? error}）` };
  } finally {
    closeSync(fd);
  }
}

/** A report file named on the command line, read by the same reader as the task pane's 导入报告. */
export async function readInput(file: string): Promise<InputResult> {
  const read = readRegularFile(file);
  if (!read.ok) return { ok: false, message: `${file}：${read.why}` };
  const result = await readReportFile(read.bytes, file, { loadPdfjs: pdfjsForNode, zipSizer: zlibSizer });
  return result.ok ? result : { ok: false, message: `${file}：${result.message}` };
}
