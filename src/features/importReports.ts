/**
 * 导入报告: reports that arrived as files (workbooks, Word, PDF, web pages, text) each become a new sheet laid out like
 * 插入表格's — title with unit and year, the official tables, the values as read, DT_ names — then 校验 runs on the
 * workbook. One read and one write for all the sheets, then the check.
 */
import type { ReportFileResult } from "../documents";
import { fileTooLarge, MAX_INPUT_BYTES } from "../documents/limits";
import type { Report } from "../core/report/model";
import type { WorkbookHost, WriteOp } from "../hosts/types";
import type { WorkbookCheck } from "./api";
import { checkWorkbook } from "./check";
import { UserError } from "./errors";
import { reportSheetOps } from "./reportSheet";

export interface ImportFile {
  name: string;
  /** Its bytes; left empty for a file too large to read (then `size` says how large). */
  bytes: Uint8Array;
  /** Its size, when `bytes` does not hold it all. */
  size?: number;
}

export interface ImportResult {
  /** The sheet made for each report read, in the order of the files. */
  imported: { file: string; sheet: string }[];
  /** Files that gave no report, with why. */
  refused: { file: string; message: string }[];
  /**
   * What was noticed while reading a report (a table cut off, a table missing, cells far from the tables …), by the
   * sheet it became: the sheet holds the values only, so 校验 on it cannot say these again.
   */
  readNotes: { sheet: string; message: string }[];
  check: WorkbookCheck | null;
}

export type ReportReader = (file: ImportFile) => Promise<ReportFileResult>;

const NO_TABLES = "未找到政府信息公开年度报告的表格（二、主动公开，三、依申请公开，四、复议诉讼）";

/** A reader the task pane loads on use (ExcelJS, pdfjs) that did not arrive: the file is not at fault. */
const READER_NOT_LOADED =
  "读取此类文件所需的程序未能加载（加载项所在的网站暂时无法访问），文件本身未必有问题，请稍后重试";

/** Webpack's error for a chunk that failed to load. */
const isChunkLoadError = (error: unknown) => error instanceof Error && error.name === "ChunkLoadError";

/** A sheet name from the unit and year: without the characters Excel refuses, at most 31 characters. */
function sheetBase(unit: string, year: number): string {
  return `${unit.replace(/[\\/?*[\]:]/g, "").slice(0, 26)}${year}`;
}

const stem = (file: string) => file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");

export async function importReports(
  host: WorkbookHost,
  files: readonly ImportFile[],
  read: ReportReader,
  today: Date = new Date(),
): Promise<ImportResult> {
  if (files.length === 0) throw new UserError("请选择要导入的报告文件");
  const refused: ImportResult["refused"] = [];
  const reports: { file: string; report: Report }[] = [];
  for (const file of files) {
    const size = file.size ?? file.bytes.length;
    if (size > MAX_INPUT_BYTES) {
      refused.push({ file: file.name, message: fileTooLarge(size) });
      continue;
    }
    let result: ReportFileResult;
    try {
      result = await read(file);
    } catch (error) {
      result = {
        ok: false,
        message: isChunkLoadError(error) ? READER_NOT_LOADED : "无法读取（文件已损坏或格式不受支持）",
      };
    }
    if (!result.ok) {
      refused.push({ file: file.name, message: result.message });
      continue;
    }
    // A workbook may hold several reports (one a sheet, or side by side): each becomes a sheet of its own.
    const found = result.reports.filter((report) => report.tables.length > 0 && report.format !== null);
    if (found.length === 0) refused.push({ file: file.name, message: NO_TABLES });
    for (const report of found) reports.push({ file: file.name, report });
  }
  if (reports.length === 0) return { imported: [], refused, readNotes: [], check: null };
  const imported = await host.run(async (session) => {
    const snapshot = await session.read({ values: false });
    const existing = { sheets: [...snapshot.sheets], names: [...snapshot.names] };
    const ops: WriteOp[] = [];
    const made: ImportResult["imported"] = [];
    for (const { file, report } of reports) {
      const unit = report.unit ?? stem(file);
      const year = report.year ?? today.getFullYear() - 1;
      const sheet = reportSheetOps(report, existing, { unit, year, sheetBase: sheetBase(unit, year), keepText: true });
      ops.push(...sheet.ops);
      made.push({ file, sheet: sheet.sheet });
      existing.sheets.push({ name: sheet.sheet, top: 0, left: 0, values: [], formulas: [], merges: [] });
      for (const name of [sheet.layout.title.name, ...sheet.layout.tables.map((t) => t.name)]) {
        existing.names.push({ name, sheet: sheet.sheet, box: { top: 0, left: 0, rows: 1, cols: 1 } });
      }
    }
    await session.write(ops);
    return made;
  });
  const readNotes = imported.flatMap(({ sheet }, i) =>
    reports[i].report.notes.map((note) => ({ sheet, message: note.message })),
  );
  return { imported, refused, readNotes, check: await checkWorkbook(host, "all") };
}
