/** .xlsx file I/O for the ExcelJS host: files by path in Node; bytes (loadXlsx) in Node and in the task pane. */
import ExcelJS from "exceljs";
import { withHugeNamesClipped } from "./hugeNames";

export async function openXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A workbook from the bytes of an .xlsx file (no Node Buffer: the task pane loads workbooks too). */
export async function loadXlsx(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const clipped = await withHugeNamesClipped(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  // ExcelJS hands the bytes to JSZip, which takes a Uint8Array as it is (its typing says ArrayBuffer only).
  await workbook.xlsx.load(clipped as unknown as ArrayBuffer);
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
