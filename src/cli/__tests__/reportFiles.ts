/** Report workbooks for command-line tests: a Report written as a sheet laid out like `template`, saved as .xlsx. */
import { reportSheetOps } from "../../features/reportSheet";
import type { Report } from "../../core/report/model";
import { exceljsHost, newWorkbook, saveXlsx } from "../../hosts/exceljs";

export async function writeReportXlsx(file: string, report: Report, unit = report.unit ?? "某乡"): Promise<void> {
  const workbook = newWorkbook();
  const host = exceljsHost(workbook);
  await host.run(async (session) => {
    const sheet = reportSheetOps(report, await session.read({ values: false }), { unit, year: report.year ?? 2024 });
    await session.write(sheet.ops);
  });
  await saveXlsx(workbook, file);
}
