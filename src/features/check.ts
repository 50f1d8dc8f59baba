/** 校验, 清除标记 and going to a cell: the task pane's check actions, written once against WorkbookHost. */
import { countBySeverity, summaryLine } from "../core/check/json";
import { applyReviews, reviewsFromSheets } from "../core/check/review";
import type { Finding } from "../core/check/types";
import type { CellAddress } from "../core/report/model";
import type { WorkbookHost, WriteOp } from "../hosts/types";
import type { CheckedReport, CheckScope, WorkbookCheck } from "./api";
import { checkSnapshot } from "./checkSnapshot";
import { flagOps } from "./flags";
import { summaryLinks } from "./rollupLinks";
import { notFilledIn } from "./verdict";

/**
 * Reads every table in the workbook, checks it (or only the active sheet's reports, when the user is on one),
 * replaces the old flags with new ones. Two syncs at most.
 */
export async function checkWorkbook(host: WorkbookHost, scope: CheckScope = "all"): Promise<WorkbookCheck> {
  return host.run(async (session) => {
    const snapshot = await session.read({ values: true, flags: host.capabilities.flags });
    const all = checkSnapshot(snapshot);
    const active = snapshot.activeSheet;
    const onActive = all.filter((r) => r.report.source === active);
    const sheet = scope === "active" && onActive.length > 0 ? active : null;
    const links = summaryLinks(snapshot);
    const reviews = reviewsFromSheets(snapshot.sheets);
    const reports = (sheet === null ? all : onActive).map((checked): CheckedReport => {
      const link = links.find((l) => l.summarySheet === checked.report.source);
      const parts = link ? { parts: link.partSheets.length } : {};
      if (notFilledIn(checked.report)) return { ...checked, ...parts, findings: [], verdict: "unfilled" };
      // Findings marked 已核实 (and unchanged since) are kept, with their review, but neither flagged nor counted.
      const findings = applyReviews(checked.findings, reviews);
      return { ...checked, ...parts, findings, verdict: findings.every((f) => f.review) ? "passed" : "findings" };
    });
    const findings: Finding[] = reports.flatMap((r) => r.findings);
    const ops: WriteOp[] = [];
    let flagged = 0;
    if (host.capabilities.flags) {
      if (snapshot.flags.length > 0) ops.push({ op: "clearFlags" });
      const flags = flagOps(findings.filter((f) => !f.review));
      flagged = flags.length;
      ops.push(...flags);
    }
    let unmarked: WorkbookCheck["unmarked"];
    if (ops.length > 0) {
      try {
        await session.write(ops);
      } catch (error) {
        // The findings reach the pane whatever Excel refused; the pane says what is not marked.
        const sheets = [...new Set(ops.flatMap((op) => (op.op === "flag" ? [op.sheet] : [])))];
        unmarked = { cells: flagged, sheets, reason: refusal(error) };
        flagged = 0;
      }
    }
    return {
      sheet,
      reports,
      ...countBySeverity(findings),
      summary: summaryLine(findings),
      flagged,
      flagsSupported: host.capabilities.flags,
      ...(unmarked ? { unmarked } : {}),
    };
  });
}

/** Excel's reason for refusing a write, as its error says it (code and message). */
function refusal(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return [code, message].filter((part) => typeof part === "string" && part !== "").join("：") || String(error);
}

/** Removes every flag the add-in left; returns how many there were. */
export async function clearFlags(host: WorkbookHost): Promise<number> {
  return host.run(async (session) => {
    const snapshot = await session.read({ values: false, flags: true });
    if (snapshot.flags.length > 0) await session.write([{ op: "clearFlags" }]);
    return snapshot.flags.length;
  });
}

/** Selects a cell (clicking a finding in the task pane). */
export async function selectCell(host: WorkbookHost, ref: CellAddress): Promise<void> {
  await host.run((session) => session.write([{ op: "select", sheet: ref.sheet, row: ref.row, col: ref.col }]));
}
