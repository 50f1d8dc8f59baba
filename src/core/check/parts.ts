/**
 * R11: a summary report (county and up) equals the sum of the reports it summarises (逐级汇总), cell by cell.
 * Each summary cell that differs is an error finding whose suspect is that cell, suggested = the exact sum.
 */
import { allDataCells, type CellKey, FORMATS, keyOf, quotedFew, TABLE_IDS, type TableId } from "../format";
import type { Report } from "../report/model";
import { eq, fromNumber, sub, toNumber, type Dec } from "./exact";
import { cellName } from "../format";
import { fmt } from "./names";
import { sumCell } from "./sum";
import { findingCell } from "./suspect";
import type { Finding } from "./types";

/** A report summed into the summary, with the name to call it by (unit, file or sheet). */
export interface PartReport {
  report: Report;
  name: string;
}

const MAX_NAMED = 6;

function finding(severity: Finding["severity"], table: TableId | null, message: string): Finding {
  return { severity, rule: "R11", table, message, imbalance: null, cells: [], suspect: null };
}

function names(parts: readonly PartReport[]): string {
  return quotedFew(
    parts.map((p) => p.name),
    MAX_NAMED,
  );
}

/** "A 60、B 40 等 12 份报告（其余为 0）": who contributed what to one cell. */
function contributions(parts: readonly PartReport[], indices: readonly number[], key: CellKey): string {
  const nonZero = indices.filter((i) => (parts[i].report.cells.get(key)?.value ?? 0) !== 0);
  const shown = nonZero.slice(0, MAX_NAMED).map((i) => {
    const value = parts[i].report.cells.get(key)?.value ?? 0;
    return `${parts[i].name} ${fmt(fromNumber(value))}`;
  });
  if (nonZero.length === 0) return `${indices.length} 份下级报告中本格都是 0`;
  const more = nonZero.length > MAX_NAMED ? ` 等 ${nonZero.length} 份` : "";
  const rest = nonZero.length < indices.length ? "，其余为 0" : "";
  return `${shown.join("、")}${more}${rest}`;
}

/** Parts that cannot be compared: without tables (not counted), or in another format (nothing is compared). */
function incomparable(summary: Report, parts: readonly PartReport[]): { findings: Finding[]; blocking: boolean } {
  const findings: Finding[] = [];
  const noTables = parts.filter((p) => p.report.format === null || p.report.tables.length === 0);
  if (noTables.length > 0) {
    findings.push(finding("error", null, `下级报告 ${names(noTables)} 中未找到年报表格，无法计入汇总核对`));
  }
  const otherFormat = parts.filter((p) => p.report.format !== null && p.report.format !== summary.format);
  if (otherFormat.length > 0 && summary.format !== null) {
    const formats = [...new Set(otherFormat.map((p) => p.report.format))].join("、");
    findings.push(
      finding(
        "error",
        null,
        `下级报告 ${names(otherFormat)} 使用 ${formats} 年版表格格式，汇总报告使用 ${summary.format} 年版格式，无法逐格核对汇总`,
      ),
    );
  }
  return { findings, blocking: otherFormat.length > 0 };
}

/**
 * R11 findings for `summary` against `parts`. Tables are compared where the summary and at least one part
 * hold them; a part lacking a table counts as contributing nothing to it (and is named in a warning). A cell
 * blank or unreadable in the summary or in a part is not compared (it has its own R7/R8 finding).
 */
export function checkParts(summary: Report, parts: readonly PartReport[]): Finding[] {
  if (parts.length === 0 || summary.format === null) return [];
  const { findings, blocking } = incomparable(summary, parts);
  if (blocking) return findings;
  const usable = parts.filter((p) => p.report.format === summary.format);
  const reports = usable.map((p) => p.report);

  if (summary.year !== null) {
    const otherYear = usable.filter((p) => p.report.year !== null && p.report.year !== summary.year);
    if (otherYear.length > 0) {
      const years = [...new Set(otherYear.map((p) => p.report.year))].join("、");
      findings.push(
        finding("error", null, `下级报告 ${names(otherYear)} 是 ${years} 年度的，汇总报告是 ${summary.year} 年度的`),
      );
    }
  }

  const compared: TableId[] = [];
  for (const table of TABLE_IDS) {
    const inSummary = summary.tables.includes(table);
    const holders = usable.filter((p) => p.report.tables.includes(table));
    if (inSummary && holders.length === 0) {
      findings.push(finding("warning", table, `各下级报告都没有表${table}，无法核对汇总报告的表${table}`));
    } else if (!inSummary && holders.length > 0) {
      findings.push(finding("warning", table, `汇总报告中没有表${table}，而下级报告 ${names(holders)} 有`));
    } else if (inSummary) {
      compared.push(table);
      const lacking = usable.filter((p) => p.report.tables.length > 0 && !p.report.tables.includes(table));
      if (lacking.length > 0) {
        findings.push(finding("warning", table, `下级报告 ${names(lacking)} 没有表${table}，按不计入核对`));
      }
    }
  }

  let skipped = 0;
  const gapParts = new Set<number>();
  for (const def of allDataCells(FORMATS[summary.format], compared)) {
    const key = keyOf(def);
    const own = summary.cells.get(key)?.value ?? null;
    if (own === null || !Number.isFinite(own)) continue;
    const sum = sumCell(reports, def.table, key);
    if (sum.gaps.length > 0) {
      skipped += 1;
      for (const i of sum.gaps) gapParts.add(i);
      continue;
    }
    const value: Dec = fromNumber(own);
    if (eq(value, sum.total)) continue;
    const d = sub(value, sum.total);
    const name = cellName(def);
    const at = findingCell(summary, key);
    findings.push({
      severity: "error",
      rule: "R11",
      table: def.table,
      message: `${name} 为 ${fmt(value)}，但各下级报告之和为 ${fmt(sum.total)}（相差 ${fmt(d)}）`,
      imbalance: toNumber(d),
      cells: [at],
      suspect: {
        ...at,
        suggested: toNumber(sum.total),
        reason: `汇总数应等于各下级报告之和：${contributions(usable, sum.contributors, key)}`,
      },
    });
  }
  if (skipped > 0) {
    const holders = [...gapParts].map((i) => usable[i]);
    findings.push(
      finding(
        "warning",
        null,
        `下级报告 ${names(holders)} 中有单元格未填写或无法识别，汇总报告中相应的 ${skipped} 个单元格未核对`,
      ),
    );
  }
  return findings;
}
