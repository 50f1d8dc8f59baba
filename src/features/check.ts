/** 校验, 清除标记 and going to a cell: the task pane's check actions, written once against WorkbookHost. */
import { countBySeverity, summaryLine } from "../core/check/json";
import { applyReviews, reviewsFromSheets } from "../core/check/review";
import type { Finding } from "../core/check/types";
import type { CellAddress } from "../core/report/model";
import type { WorkbookHost, WriteOp } from "../hosts/types";
import type { CheckedReport, CheckScope, UnmarkedFlags, WorkbookCheck } from "./api";
import { checkSnapshot } from "./checkSnapshot";
import { UserError } from "./errors";
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
    const unmarked: UnmarkedFlags[] = [];
    let flags: WriteOp[] = [];
    if (host.capabilities.flags) {
      if (snapshot.flags.length > 0) ops.push({ op: "clearFlags" });
      // Hidden and protected sheets are not flagged (Excel would refuse, or the user would not see them).
      const blocked = new Map<string, string>();
      for (const grid of snapshot.sheets) {
        if (grid.hidden) blocked.set(grid.name, "工作表已隐藏");
        else if (grid.protected) blocked.set(grid.name, "工作表受保护");
      }
      const all = flagOps(findings.filter((f) => !f.review));
      for (const reason of new Set(blocked.values())) {
        const left = all.filter((op) => op.op === "flag" && blocked.get(op.sheet) === reason);
        if (left.length > 0) unmarked.push({ cells: left.length, sheets: sheetsOf(left), reason });
      }
      flags = all.filter((op) => op.op === "flag" && !blocked.has(op.sheet));
      ops.push(...flags);
    }
    let flagged = flags.length;
    let messagesLeftOut: string | undefined;
    if (ops.length > 0) {
      try {
        await session.write(ops);
      } catch (error) {
        // Comments refused (not implemented on this Excel, a legacy note on the cell): flags by fill alone.
        try {
          await session.write(ops.map((op) => (op.op === "flag" ? { ...op, message: "" } : op)));
          messagesLeftOut = refusal(error);
        } catch (again) {
          // The findings reach the pane whatever Excel refused; the pane says what is not marked.
          if (flags.length > 0) unmarked.push({ cells: flags.length, sheets: sheetsOf(flags), reason: refusal(again) });
          flagged = 0;
        }
      }
    }
    return {
      sheet,
      reports,
      ...countBySeverity(findings),
      summary: summaryLine(findings),
      flagged,
      flagsSupported: host.capabilities.flags,
      ...(unmarked.length > 0 ? { unmarked } : {}),
      ...(messagesLeftOut ? { messagesLeftOut } : {}),
    };
  });
}

/** Excel's reason for refusing a write, as its error says it (code and message). */
function refusal(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const said = [code, message].filter((part) => typeof part === "string" && part !== "").join("：");
  return `Excel 拒绝了写入：${said || String(error)}`;
}

function sheetsOf(ops: readonly WriteOp[]): string[] {
  return [...new Set(ops.flatMap((op) => (op.op === "flag" ? [op.sheet] : [])))];
}

/** Selects a cell (clicking a finding in the task pane); a hidden sheet is named instead (Excel cannot show it). */
export async function selectCell(host: WorkbookHost, ref: CellAddress): Promise<void> {
  await host.run(async (session) => {
    const snapshot = await session.read({ values: false });
    const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === ref.sheet.toLowerCase());
    if (sheet?.hidden) throw new UserError(`工作表“${sheet.name}”已隐藏，无法定位到该单元格：请先取消隐藏该工作表。`);
    await session.write([{ op: "select", sheet: ref.sheet, row: ref.row, col: ref.col }]);
  });
}

/** Removes every flag the add-in left; returns how many there were. */
export async function clearFlags(host: WorkbookHost): Promise<number> {
  return host.run(async (session) => {
    const snapshot = await session.read({ values: false, flags: true });
    if (snapshot.flags.length > 0) await session.write([{ op: "clearFlags" }]);
    return snapshot.flags.length;
  });
}
