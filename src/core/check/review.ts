/**
 * 已核实: findings the user looked at and accepted, kept in the workbook (a hidden sheet) so that they travel with
 * the file. A review is tied to the finding's rule, table, cells and values and the suggested value: when a figure
 * changes, the review no longer matches and the finding is back. The tables' own sums (R1–R4) cannot be accepted.
 */
import type { CellScalar, SheetGrid } from "../grid/types";
import type { Finding, Review } from "./types";

/** The hidden sheet holding the reviews (its name says what it is to whoever unhides it). */
export const REVIEW_SHEET = "DT_核实记录";

export const REVIEW_HEADERS = ["键", "工作表", "规则", "表", "问题", "核实理由", "核实人", "核实时间"] as const;

/** The rules whose errors cannot be accepted: the tables must add up. */
const MUST_HOLD = new Set(["R1", "R2", "R3", "R4"]);

/** One stored review: the finding it accepts (by key) and what the user said. */
export interface StoredReview extends Omit<Review, "status"> {
  key: string;
  /** The sheet of the finding's first cell ("" for text input). */
  sheet: string;
  rule: string;
  table: string;
  /** The finding's message when it was accepted (for people reading the sheet). */
  message: string;
}

/** Why a finding cannot be accepted, or null when it can. */
export function cannotAccept(finding: Finding): string | null {
  if (finding.severity === "error" && MUST_HOLD.has(finding.rule)) {
    return "表格的合计关系必须成立（行、列之和与总计相符），这类错误不能标为已核实，请改正数字";
  }
  return null;
}

/** FNV-1a, 64 bits as two 32-bit halves: a short, stable key for a finding's identity. */
function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return `k${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}`;
}

/** The finding's identity: rule, table, every cell's path and value, the suspect's cell and suggestion. */
export function reviewKey(finding: Finding): string {
  const cells = finding.cells.map((c) => [c.row, c.column, c.value]);
  const s = finding.suspect;
  const suspect = s ? [s.row, s.column, s.value, s.suggested] : null;
  const candidates = (finding.candidates ?? []).map((c) => [c.row, c.column, c.value, c.suggested]);
  return hash(JSON.stringify([finding.rule, finding.table, cells, suspect, candidates]));
}

const sheetOf = (finding: Finding) => finding.cells.find((c) => c.ref)?.ref?.sheet ?? finding.suspect?.ref?.sheet ?? "";

/** A review of `finding` by `by` at `at` (ISO time), for the store. */
export function reviewOf(finding: Finding, reason: string, by: string, at: string): StoredReview {
  return {
    key: reviewKey(finding),
    sheet: sheetOf(finding),
    rule: finding.rule,
    table: finding.table ?? "",
    message: finding.message,
    reason,
    by,
    at,
  };
}

/** The findings with `review` set on those a stored review still matches (same key, same sheet). */
export function applyReviews(findings: readonly Finding[], reviews: readonly StoredReview[]): Finding[] {
  if (reviews.length === 0) return [...findings];
  return findings.map((finding) => {
    if (cannotAccept(finding)) return finding;
    const key = reviewKey(finding);
    const sheet = sheetOf(finding);
    const found = reviews.find((r) => r.key === key && (r.sheet === "" || sheet === "" || r.sheet === sheet));
    if (!found) return finding;
    return { ...finding, review: { status: "accepted", reason: found.reason, by: found.by, at: found.at } };
  });
}

const text = (v: CellScalar | undefined): string =>
  v === null || v === undefined ? "" : typeof v === "string" ? v : String(v);

/** The reviews kept in the workbook's review sheet (none when it has no such sheet). */
export function reviewsFromSheets(sheets: readonly SheetGrid[]): StoredReview[] {
  const sheet = sheets.find((s) => s.name === REVIEW_SHEET);
  if (!sheet) return [];
  const rows = sheet.values;
  const head = rows.findIndex((r) => text(r[0]) === REVIEW_HEADERS[0] && text(r[2]) === REVIEW_HEADERS[2]);
  if (head < 0) return [];
  return rows
    .slice(head + 1)
    .filter((r) => /^k[0-9a-f]{16}$/.test(text(r[0])))
    .map((r) => ({
      key: text(r[0]),
      sheet: text(r[1]),
      rule: text(r[2]),
      table: text(r[3]),
      message: text(r[4]),
      reason: text(r[5]),
      by: text(r[6]),
      at: text(r[7]),
    }));
}

/** The review sheet's cells (header, then one row per review, a later review of the same finding replacing it). */
export function reviewRows(reviews: readonly StoredReview[]): CellScalar[][] {
  const byKey = new Map<string, StoredReview>();
  for (const r of reviews) byKey.set(`${r.key}\u0000${r.sheet}`, r);
  return [
    [...REVIEW_HEADERS],
    ...[...byKey.values()].map((r) => [r.key, r.sheet, r.rule, r.table, r.message, r.reason, r.by, r.at]),
  ];
}
