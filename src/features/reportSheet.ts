/**
 * A computed Report written as a new sheet laid out like the official template (title {unit}{year}年政府信息公开
 * 工作年度报告, headings, tables, number formats, DT_ names), its numbers in the data cells. Used by 插入表格 (a
 * report without numbers), 汇总, 生成新年度, and by fixtures and benchmarks that need realistic workbooks.
 */
import { FORMATS, type FormatId } from "../core/format";
import {
  namePrefix,
  sheetLayout,
  sheetNameForYear,
  uniqueSheetName,
  type SheetLayout,
} from "../core/format/sheetLayout";
import type { Report, ValueProblem } from "../core/report/model";
import type { CellScalar, WorkbookSnapshot, WriteOp } from "../hosts/types";
import { tableLayoutOps } from "./layoutOps";

export interface ReportSheetOptions {
  unit: string;
  year: number;
  /** Sheet name before it is made unique; default 2024年报表 (as the template). */
  sheetBase?: string;
  /** Name prefix (DT_2024 …); default the first free one. */
  prefix?: string;
  /**
   * Write what was read where it is no number ("/") or a number written with a unit, a note or full-width digits
   * ("251000元", "22（其中修订16件）"), so that 校验 sees it as the report has it.
   */
  keepText?: boolean;
}

export interface ReportSheet {
  sheet: string;
  prefix: string;
  layout: SheetLayout;
  ops: WriteOp[];
}

/** How a number was written that the report's reader should hear about, not how much it is. */
const SHAPE_PROBLEMS: ReadonlySet<ValueProblem> = new Set<ValueProblem>(["fullWidth", "withUnit", "withNote"]);

export function reportSheetOps(
  report: Report,
  existing: Pick<WorkbookSnapshot, "sheets" | "names" | "brokenNames">,
  options: ReportSheetOptions,
): ReportSheet {
  if (report.format === null) throw new Error("reportSheetOps: the report has no format");
  const format = FORMATS[report.format as FormatId];
  const sheetNames = existing.sheets.map((s) => s.name);
  const sheet = options.sheetBase
    ? uniqueSheetName(options.sheetBase, sheetNames, options.unit)
    : sheetNameForYear(options.year, sheetNames, options.unit);
  const prefix =
    options.prefix ??
    // A broken DT_ name (its sheet deleted, #REF!) is not reused: its spelling stays taken.
    namePrefix(options.year, [...existing.names.map((n) => n.name), ...(existing.brokenNames ?? [])]);
  const layout = sheetLayout(format, report.tables, { unit: options.unit, year: options.year, prefix });
  const values = new Map<string, CellScalar>();
  for (const [key, cell] of report.cells) {
    // No number, or one written with a unit, a note or full-width digits: keep the writing (校验 says so again).
    const keepWriting =
      options.keepText &&
      cell.raw !== null &&
      cell.raw !== "" &&
      (cell.value === null || cell.problems.some((p) => SHAPE_PROBLEMS.has(p)));
    if (keepWriting) values.set(key, cell.raw);
    else if (cell.value !== null) values.set(key, cell.value);
  }
  const ops: WriteOp[] = [
    { op: "addSheet", sheet, activate: true },
    ...tableLayoutOps(format, report.tables, sheet, layout, values),
  ];
  return { sheet, prefix, layout, ops };
}
