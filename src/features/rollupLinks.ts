/**
 * How a summary sheet made by 汇总 knows its parts inside a workbook: a workbook name DT_2024_PARTS (same prefix
 * as the summary's DT_2024_T3 …) refers to the 来源 cells of its 汇总明细 sheet, which hold the part sheets'
 * names. The user can see and edit that list. 校验 then runs R11 on the summary against those sheets.
 */
import type { PartReport } from "../core/check/parts";
import type { RollupRef } from "../core/check/rules";
import { parseTableName } from "../core/format/sheetLayout";
import type { Report } from "../core/report/model";
import type { WorkbookSnapshot } from "../hosts/types";
import { partReports } from "./partReports";

const PARTS_NAME = /^(DT_\d{4}(?:_\d+)?)_PARTS$/i;

export const partsName = (prefix: string): string => `${prefix}_PARTS`;

/** A workbook holding a summary made by 汇总 (its 汇总明细 sheet, or a …_PARTS name): never a part of another. */
export function isRollupSummary(snapshot: Pick<WorkbookSnapshot, "sheets" | "names">): boolean {
  return (
    snapshot.names.some((n) => PARTS_NAME.test(n.name)) || snapshot.sheets.some((s) => s.name.includes("汇总明细"))
  );
}

export interface SummaryLink {
  name: string;
  year: number;
  /** The sheet holding the summary's tables (where its DT_… names point). */
  summarySheet: string;
  /** The part sheets listed, in order, without repeats. */
  partSheets: string[];
}

/** Every summary in the workbook linked to its parts. */
export function summaryLinks(snapshot: Pick<WorkbookSnapshot, "sheets" | "names">): SummaryLink[] {
  const links: SummaryLink[] = [];
  for (const range of snapshot.names) {
    const m = PARTS_NAME.exec(range.name);
    if (!m) continue;
    const prefix = m[1].toUpperCase();
    const sibling = snapshot.names
      .map((n) => ({ n, parsed: parseTableName(n.name) }))
      .find(({ parsed }) => parsed !== null && parsed.prefix.toUpperCase() === prefix);
    const grid = snapshot.sheets.find((s) => s.name.toLowerCase() === range.sheet.toLowerCase());
    if (!sibling?.parsed || !grid) continue;
    const partSheets: string[] = [];
    for (let r = range.box.top; r < range.box.top + range.box.rows; r += 1) {
      for (let c = range.box.left; c < range.box.left + range.box.cols; c += 1) {
        const value = grid.values[r - grid.top]?.[c - grid.left] ?? null;
        const text = value === null ? "" : String(value).trim();
        if (text !== "" && !partSheets.some((p) => p.toLowerCase() === text.toLowerCase())) partSheets.push(text);
      }
    }
    links.push({ name: range.name, year: sibling.parsed.year, summarySheet: sibling.n.sheet, partSheets });
  }
  return links;
}

const sameSheet = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function partsOf(
  link: SummaryLink,
  summary: Report,
  reports: readonly Report[],
): {
  parts: PartReport[];
  missing: string[];
} {
  const parts: PartReport[] = [];
  const missing: string[] = [];
  for (const sheet of link.partSheets) {
    const chosen = partReports(
      reports.filter((r) => sameSheet(r.source, sheet)),
      summary.year,
    );
    if (chosen.length === 0) missing.push(sheet);
    for (const report of chosen) parts.push({ report, name: report.unit ?? report.source });
  }
  return { parts, missing };
}

/** For every summary linked to its parts in the workbook: the roll-ups R11 checks it against (RuleRefs.rollups). */
export function rollupRefs(
  snapshot: Pick<WorkbookSnapshot, "sheets" | "names">,
  reports: readonly Report[],
): Map<Report, RollupRef[]> {
  const refs = new Map<Report, RollupRef[]>();
  for (const link of summaryLinks(snapshot)) {
    const onSheet = reports.filter((r) => sameSheet(r.source, link.summarySheet));
    const target = onSheet.find((r) => r.year === link.year) ?? onSheet[0];
    if (!target) continue;
    const { parts, missing } = partsOf(link, target, reports);
    refs.set(target, [...(refs.get(target) ?? []), { parts, missing: { list: link.name, sheets: missing } }]);
  }
  return refs;
}
