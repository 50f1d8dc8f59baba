/**
 * The user actions, as the task pane and the command line call them. Each is written once, against
 * WorkbookHost (hosts/types.ts), and runs as one host.run: read once, compute, write once.
 * Implementations live in one file each beside this one; this file holds only their shapes.
 */
import type { FormatId, TableId } from "../core/format";
import type { Finding } from "../core/check/types";
import type { CellAddress, Report } from "../core/report/model";
import type { Verdict } from "./verdict";

export interface InsertInput {
  year: number;
  unit: string;
  tables: TableId[];
}

export interface InsertResult {
  sheet: string;
  format: FormatId;
  /** Workbook names given to the inserted tables. */
  names: string[];
  /** False where the host could not set up printing (Excel before ExcelApi 1.9, WPS): the pane says so. */
  printSetup?: boolean;
  /** False where the host could not freeze the label columns (Excel before ExcelApi 1.7): the pane says so. */
  freezePanes?: boolean;
}

export interface CheckedReport {
  /** Where the tables were found: the sheet name (or the file, on the command line). */
  source: string;
  report: Report;
  /** Last year's report the cross-year rules were run against, or null. */
  previous: Report | null;
  findings: Finding[];
  /** Set by 校验 in the workbook: all passed, not filled in yet (its findings are then left out), or findings. */
  verdict?: Verdict;
  /** A summary made by 汇总 in this workbook: how many part sheets it was compared with. */
  parts?: number;
}

/** 校验 of the sheet the user is on ("active"), or of the whole workbook. */
export type CheckScope = "active" | "all";

export interface WorkbookCheck {
  /** The sheet that was checked, or null for the whole workbook. */
  sheet: string | null;
  reports: CheckedReport[];
  errors: number;
  warnings: number;
  /** Findings marked 已核实 (kept on the reports' findings with their review; neither flagged nor counted above). */
  accepted?: number;
  /** "n 个错误，n 个警告" or "全部通过" (with “（另有 n 个已核实）”). */
  summary: string;
  /** Flags written (0 where the host cannot flag). */
  flagged: number;
  /** Whether this Excel can flag cells (conditional formats, ExcelApi 1.6). */
  flagsSupported: boolean;
  /**
   * Cells with a finding that are not marked, by why: hidden or protected sheets, or Excel refused the write
   * (too large a request …); absent when every flag was written.
   */
  unmarked?: UnmarkedFlags[];
  /** Flags written without their messages (Excel could not add comments there), and Excel's reason. */
  messagesLeftOut?: string;
}

export interface UnmarkedFlags {
  cells: number;
  sheets: string[];
  /** In plain Chinese: 工作表已隐藏, 工作表受保护, or Excel's refusal. */
  reason: string;
}

export interface NewYearResult {
  sheet: string;
  year: number;
  format: FormatId;
  /** Cells of 二、上年结转 that were filled. */
  carried: number;
  /** False where the host could not set up printing. */
  printSetup?: boolean;
  /** False where the host could not freeze the label columns (Excel before ExcelApi 1.7): the pane says so. */
  freezePanes?: boolean;
}

export type { CellAddress };
