/** The rows of `check --report`: one per finding per file (a file without findings, or unreadable, gets one row). */
import { fullCellPath, shortCellName } from "../core/format";
import type { Finding, FindingCell } from "../core/check/types";
import type { Report } from "../core/report/model";
import { a1Ref } from "../hosts/types";

export interface FindingRow {
  file: string;
  unit: string;
  year: number | null;
  rule: string;
  severity: string;
  table: string;
  /** Every label of the cell concerned, row then column (format/naming). */
  cell: string;
  ref: string;
  message: string;
  suspect: string;
  suggested: number | null;
}

export const ROW_HEADERS: Record<keyof FindingRow, string> = {
  file: "文件",
  unit: "单位",
  year: "年度",
  rule: "规则",
  severity: "级别",
  table: "表",
  cell: "单元格（行/列）",
  ref: "位置",
  message: "说明",
  suspect: "可疑单元格",
  suggested: "建议值",
};

export const ROW_KEYS = Object.keys(ROW_HEADERS) as (keyof FindingRow)[];

/** Rule id of a file that could not be read (only in the summary and the report, never in --json). */
export const UNREADABLE_RULE = "F0";

const refText = (cell: FindingCell) => (cell.ref ? a1Ref(cell.ref.sheet, cell.ref.row, cell.ref.col) : "");
const pathText = (cell: FindingCell) => (cell.row || cell.column ? fullCellPath(cell) : "");

function where(finding: Finding): { cell: string; ref: string } {
  const named = finding.cells.filter((c) => c.row || c.column);
  const one = named.length === 1 ? named[0] : (finding.suspect ?? null);
  const refs = finding.cells.map(refText).filter(Boolean);
  const ref = refs.length <= 3 ? refs.join("、") : `${refs.slice(0, 3).join("、")} 等 ${refs.length} 格`;
  return { cell: one ? pathText(one) : "", ref };
}

export function findingRows(file: string, report: Report | null, findings: readonly Finding[]): FindingRow[] {
  const base = { file, unit: report?.unit ?? "", year: report?.year ?? null };
  if (findings.length === 0) {
    return [
      {
        ...base,
        rule: "",
        severity: "通过",
        table: "",
        cell: "",
        ref: "",
        message: "全部通过",
        suspect: "",
        suggested: null,
      },
    ];
  }
  return findings.map((f) => {
    const s = f.suspect;
    return {
      ...base,
      rule: f.rule,
      severity: `${f.severity === "error" ? "错误" : "警告"}${f.review ? "（已核实）" : ""}`,
      table: f.table ?? "",
      ...where(f),
      message: f.review
        ? `${f.message}（已核实：${f.review.reason}${f.review.by ? `，${f.review.by}` : ""}）`
        : f.message,
      suspect: s ? [shortCellName(s), refText(s)].filter(Boolean).join(" ") : "",
      suggested: s ? s.suggested : null,
    };
  });
}

export function unreadableRow(file: string, message: string): FindingRow {
  return {
    file,
    unit: "",
    year: null,
    rule: UNREADABLE_RULE,
    severity: "错误",
    table: "",
    cell: "",
    ref: "",
    message,
    suspect: "",
    suggested: null,
  };
}
