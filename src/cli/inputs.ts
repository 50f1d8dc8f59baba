/** Reading the command line's inputs: .xlsx workbooks (ExcelJS) and published report text, into Reports. */
import { readFileSync } from "fs";
import * as path from "path";
import { reportsFromGrid } from "../core/report/fromGrid";
import { reportFromText } from "../core/report/fromText";
import type { Report } from "../core/report/model";
import { exceljsHost, loadXlsx } from "../hosts/exceljs";
import type { WorkbookSnapshot } from "../hosts/types";

export type InputResult =
  { ok: true; reports: Report[]; snapshot: WorkbookSnapshot | null } | { ok: false; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Buffer): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** UTF-8 (with or without BOM), else GB 18030 — what Chinese government sites publish in. */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

export async function readInput(file: string): Promise<InputResult> {
  let bytes: Buffer;
  try {
    // Synchronous: for the small files read one after another, much faster than fs.promises.readFile.
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : `无法读取（${code ?? error}）`;
    return { ok: false, message: `${file}：${why}` };
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xls" || ext === ".et" || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) {
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
  if (bytes.includes(0)) return { ok: false, message: `${file}：不是文本文件，也不是 .xlsx 工作簿` };
  return { ok: true, reports: [reportFromText(decodeText(bytes), file)], snapshot: null };
}
