/** .xlsx file I/O for the ExcelJS host (Node only). */
import ExcelJS from "exceljs";
import { withHugeNamesClipped } from "./hugeNames";

export async function openXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A workbook from the bytes of an .xlsx file. */
export async function loadXlsx(bytes: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  await workbook.xlsx.load((await withHugeNamesClipped(buffer)) as unknown as ArrayBuffer);
  return workbook;
}

export async function saveXlsx(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await workbook.xlsx.writeFile(path);
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "disclosure-tables";
  return workbook;
}
