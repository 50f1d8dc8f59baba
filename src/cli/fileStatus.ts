/**
 * `check` of many files: one row per file — 单位, 年度, 格式, 结果 (全部通过 / n 处错误 / 未找到表格 / 无法读取) —
 * shown first in the terminal, as its own sheet of the --report workbook and as the first table of the .html.
 */
import { countBySeverity } from "../core/check/json";
import type { Finding } from "../core/check/types";
import type { Report } from "../core/report/model";

export interface FileStatus {
  file: string;
  unit: string;
  year: string;
  format: string;
  result: string;
  /** For colouring: passed, errors, or not checked (no tables, unreadable). */
  kind: "ok" | "error" | "none";
}

export const STATUS_HEADERS = { file: "文件", unit: "单位", year: "年度", format: "格式", result: "结果" } as const;
export const STATUS_KEYS = ["file", "unit", "year", "format", "result"] as const;
export type StatusKey = (typeof STATUS_KEYS)[number];

export const RESULT_OK = "全部通过";
export const RESULT_NO_TABLES = "未找到表格";
export const RESULT_UNREADABLE = "无法读取";

export function fileStatus(file: string, report: Report | null, findings: readonly Finding[]): FileStatus {
  const about = {
    file,
    unit: report?.unit ?? "",
    year: report?.year != null ? String(report.year) : "",
    format: report?.format ?? "",
  };
  if (!report || report.tables.length === 0) return { ...about, result: RESULT_NO_TABLES, kind: "none" };
  const { errors, warnings } = countBySeverity(findings);
  if (errors > 0) return { ...about, result: `${errors} 处错误`, kind: "error" };
  return { ...about, result: warnings > 0 ? `${RESULT_OK}（${warnings} 处警告）` : RESULT_OK, kind: "ok" };
}

export function unreadableStatus(file: string): FileStatus {
  return { file, unit: "", year: "", format: "", result: RESULT_UNREADABLE, kind: "none" };
}

/** Columns in a terminal: Chinese characters take two cells. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

/** The status rows as an aligned plain-text table, headed 各文件结果. */
export function statusTableText(rows: readonly FileStatus[]): string {
  const cells = [STATUS_KEYS.map((k) => STATUS_HEADERS[k]), ...rows.map((r) => STATUS_KEYS.map((k) => r[k] || "－"))];
  const widths = STATUS_KEYS.map((_, c) => Math.max(...cells.map((line) => displayWidth(line[c]))));
  const pad = (text: string, c: number) => text + " ".repeat(widths[c] - displayWidth(text));
  const lines = cells.map((line) =>
    line
      .map((text, c) => (c === line.length - 1 ? text : pad(text, c)))
      .join("  ")
      .trimEnd(),
  );
  return ["各文件结果", ...lines.map((l) => `  ${l}`)].join("\n");
}
