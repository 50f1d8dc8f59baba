/** Plain-text output of `check`, for people. */
import { shortCellName } from "../core/format";
import { summaryLine } from "../core/check/json";
import type { Finding, FindingCell } from "../core/check/types";
import type { Report } from "../core/report/model";
import { a1Ref } from "../hosts/types";
import { notFilledIn, UNFILLED_VERDICT } from "../features/verdict";

function where(cell: FindingCell): string {
  const name = cell.row || cell.column ? shortCellName(cell) : "";
  const ref = cell.ref ? a1Ref(cell.ref.sheet, cell.ref.row, cell.ref.col) : "";
  return [name, ref && `（${ref}）`].filter(Boolean).join("");
}

export function describeReport(report: Report | null): string {
  if (!report) return "未找到年报表格";
  const parts = [
    report.format ? `${report.format} 格式` : "格式未知",
    report.year !== null ? `${report.year} 年度` : "年度未知",
    report.unit ?? "单位未知",
    report.tables.length > 0 ? report.tables.map((t) => `表${t}`).join("、") : "无表格",
  ];
  return parts.join("，");
}

export function formatFinding(finding: Finding): string {
  const level = (finding.severity === "error" ? "错误" : "警告") + (finding.review ? "·已核实" : "");
  const table = finding.table ? ` 表${finding.table}` : "";
  const lines = [`  [${level}]${table}：${finding.message}`];
  const review = finding.review;
  if (review) lines.push(`      已核实：${review.reason}（${[review.by, review.at].filter(Boolean).join("，")}）`);
  const refs = finding.cells.filter((c) => c.ref).map((c) => a1Ref(c.ref!.sheet, c.ref!.row, c.ref!.col));
  if (refs.length > 0 && refs.length <= 12) lines.push(`      位置：${refs.join("、")}`);
  else if (refs.length > 12) lines.push(`      位置：${refs.slice(0, 12).join("、")} 等 ${refs.length} 个单元格`);
  const s = finding.suspect;
  if (s)
    lines.push(
      `      最可能填错：${where(s)} 现为${s.value === null ? "空白" : ` ${s.value}`}，建议值 ${s.suggested}。${s.reason}`,
    );
  if (finding.candidates && finding.candidates.length > 0) {
    const list = finding.candidates.map((c) => `${where(c)} 改为 ${c.suggested}`).join("；");
    lines.push(`      以下单元格同样可能填错（无法区分）：${list}`);
  }
  return lines.join("\n");
}

export function formatFileResult(file: string, report: Report | null, findings: readonly Finding[]): string {
  const lines = [`${file}：${describeReport(report)}`];
  // As the task pane says of a fresh new year: one verdict, not a list of every blank cell (--json keeps them).
  if (report && notFilledIn(report)) {
    lines.push(`  结果：${UNFILLED_VERDICT}（${summaryLine(findings)}）`);
    return lines.join("\n");
  }
  for (const finding of findings) lines.push(formatFinding(finding));
  lines.push(`  结果：${summaryLine(findings)}`);
  return lines.join("\n");
}
