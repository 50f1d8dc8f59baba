/**
 * A report workbook (.xlsx) read into its reports, from its bytes: ExcelJS (its browser build in the task pane),
 * huge defined names clipped first, cells far from the tables set aside by the host's read. Loaded on demand: the
 * task pane fetches ExcelJS only when a workbook is imported.
 */
import { reportsFromGrid } from "../core/report/fromGrid";
import type { Report } from "../core/report/model";
import { exceljsHost } from "../hosts/exceljs/exceljsHost";
import { loadXlsx } from "../hosts/exceljs/files";
import type { WorkbookSnapshot } from "../hosts/types";

export type WorkbookResult =
  { ok: true; reports: Report[]; snapshot: WorkbookSnapshot } | { ok: false; message: string };

/**
 * Why a workbook could not be opened, in the user's words: JSZip's and ExcelJS's own messages are English and name
 * their internals ("End of data reached … Corrupted zip ?").
 */
export function workbookDamage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (
    /central directory|end of data|corrupted zip|zip file|invalid signature|unsupported compression|encrypted/i.test(
      text,
    )
  ) {
    return "文件已损坏（压缩包结构不完整，可能下载或复制时中断），请重新获取原文件";
  }
  if (/invalid (distance|code|stored|block)|incorrect header|crc32|size mismatch/i.test(text)) {
    return "文件已损坏（部分内容无法解压），请重新获取原文件";
  }
  if (/unexpected|unclosed|invalid character|non-whitespace|text data outside|attribute/i.test(text)) {
    return "文件已损坏（内部的表格数据不完整），请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试";
  }
  return "文件已损坏，或并非 Excel 工作簿";
}

export const NOT_A_WORKBOOK = "不是有效的 .xlsx 工作簿";

export async function readWorkbookReports(bytes: Uint8Array): Promise<WorkbookResult> {
  let snapshot: WorkbookSnapshot;
  try {
    const workbook = await loadXlsx(bytes);
    snapshot = await exceljsHost(workbook).run((session) => session.read({ values: true }));
  } catch (error) {
    return { ok: false, message: `${NOT_A_WORKBOOK}（${workbookDamage(error)}）` };
  }
  return { ok: true, reports: reportsFromGrid(snapshot), snapshot };
}
