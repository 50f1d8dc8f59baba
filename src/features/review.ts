/**
 * 标为已核实 / 撤销核实: a finding the user accepts, with a reason, kept in the workbook's hidden review sheet.
 * One read (the workbook, checked again so that the finding is the current one), one write (the review sheet).
 */
import {
  REVIEW_SHEET,
  cannotAccept,
  reviewKey,
  reviewOf,
  reviewRows,
  reviewsFromSheets,
  type StoredReview,
} from "../core/check/review";
import type { Finding } from "../core/check/types";
import type { WorkbookHost, WorkbookSnapshot, WriteOp } from "../hosts/types";
import { checkSnapshot } from "./checkSnapshot";
import { UserError } from "./errors";

export interface ReviewInput {
  /** The findings to accept (a suspect cell's findings are accepted together). */
  findings: readonly Finding[];
  reason: string;
  /** Who accepted it (the pane remembers the name typed last). */
  by: string;
  /** ISO time; now by default. */
  at?: string;
}

/** The write operations replacing the review sheet's rows with `reviews` (adding the hidden sheet if need be). */
export function reviewSheetOps(
  snapshot: Pick<WorkbookSnapshot, "sheets">,
  reviews: readonly StoredReview[],
): WriteOp[] {
  const existing = snapshot.sheets.find((s) => s.name === REVIEW_SHEET);
  const rows = reviewRows(reviews);
  const width = rows[0].length;
  // Rows left over from a longer list are emptied (a review withdrawn).
  const before = existing ? existing.top + existing.values.length : 0;
  while (rows.length < before) rows.push(Array<null>(width).fill(null));
  const ops: WriteOp[] = existing ? [] : [{ op: "addSheet", sheet: REVIEW_SHEET, hidden: true }];
  ops.push({ op: "setValues", sheet: REVIEW_SHEET, top: 0, left: 0, values: rows });
  return ops;
}

function currentFindings(snapshot: WorkbookSnapshot): Finding[] {
  return checkSnapshot(snapshot).flatMap((r) => r.findings);
}

/** Marks findings 已核实 in the workbook. Refuses R1–R4 errors, an empty reason, and a finding no longer there. */
export async function acceptFindings(host: WorkbookHost, input: ReviewInput): Promise<StoredReview[]> {
  if (input.findings.length === 0) throw new UserError("没有选中要标为已核实的问题");
  const refusal = input.findings.map(cannotAccept).find((r) => r !== null);
  if (refusal) throw new UserError(refusal);
  const reason = input.reason.trim();
  if (reason === "") throw new UserError("请写明核实理由（例如：本单位为设区的市人民政府，有规章制定权）");
  return host.run(async (session) => {
    const snapshot = await session.read({ values: true });
    const current = new Set(currentFindings(snapshot).map(reviewKey));
    if (input.findings.some((f) => !current.has(reviewKey(f)))) {
      throw new UserError("表格中的数字已有改动，这个问题已不是原来的样子：请重新校验后再标为已核实");
    }
    const at = input.at ?? new Date().toISOString();
    const reviews = input.findings.map((f) => reviewOf(f, reason, input.by.trim(), at));
    await session.write(reviewSheetOps(snapshot, [...reviewsFromSheets(snapshot.sheets), ...reviews]));
    return reviews;
  });
}

/** Withdraws the reviews of `findings` (they are then raised again). Returns whether there was one. */
export async function withdrawReviews(host: WorkbookHost, findings: readonly Finding[]): Promise<boolean> {
  return host.run(async (session) => {
    const snapshot = await session.read({ values: true });
    const reviews = reviewsFromSheets(snapshot.sheets);
    const keys = new Set(findings.map(reviewKey));
    const kept = reviews.filter((r) => !keys.has(r.key));
    if (kept.length === reviews.length) return false;
    await session.write(reviewSheetOps(snapshot, kept));
    return true;
  });
}
