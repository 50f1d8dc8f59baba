/** 生成新年度: next year's sheet from this year's tables, carrying 四 → 二、上年结转. The source is never written. */
import { T3_CARRIED_IN } from "../core/format";
import { reportsFromGrid } from "../core/report/fromGrid";
import type { Report } from "../core/report/model";
import type { WorkbookHost, WorkbookSnapshot, WriteOp } from "../hosts/types";
import type { NewYearResult } from "./api";
import { carryOver } from "./carryOver";
import { UserError } from "./errors";
import { freezesPanes, opsForHost, setsUpPrinting } from "./pageSetup";
import { reportSheetOps } from "./reportSheet";

export interface NewYearPlan {
  result: NewYearResult;
  ops: WriteOp[];
  /** Columns that could not be carried (left blank), by name. */
  missing: string[];
}

/**
 * The report to start from: of the latest year in the workbook (a new year never starts from an older one, whatever
 * sheet is active); among several of that year (bodies' reports on their own sheets), the one on the active sheet.
 */
export function sourceReport(reports: readonly Report[], activeSheet: string | null): Report {
  const withTable3 = reports.filter((r) => r.tables.includes("三"));
  if (withTable3.length === 0) {
    throw new UserError(
      "无法生成新年度：工作簿中未找到表三“收到和处理政府信息公开申请情况”（需要其中的“四、结转下年度继续办理”一行）。请先插入或粘贴本年度表格。",
    );
  }
  const latestYear = Math.max(...withTable3.map((r) => r.year ?? 0));
  const ofLatest = withTable3.filter((r) => (r.year ?? 0) === latestYear);
  return ofLatest.find((r) => r.source === activeSheet) ?? ofLatest[0];
}

/** The ops that add next year's sheet to a workbook whose sheets and names are in `existing`. */
export function planNewYear(previous: Report, existing: Pick<WorkbookSnapshot, "sheets" | "names">): NewYearPlan {
  const next = carryOver(previous);
  const written = reportSheetOps(next.report, existing, { unit: next.report.unit ?? "", year: next.year });
  const ops = [...written.ops];
  const placed3 = written.layout.tables.find((t) => t.table === "三");
  const carriedIn = next.format.tables["三"].dataCells.find((d) => d.row === T3_CARRIED_IN);
  if (placed3 && carriedIn) {
    ops.push({ op: "select", sheet: written.sheet, row: placed3.top + carriedIn.r, col: placed3.left + carriedIn.c });
  }
  return {
    result: { sheet: written.sheet, year: next.year, format: next.format.id, carried: next.carried },
    ops,
    missing: next.missing,
  };
}

/** In the open workbook: adds next year's sheet; one read, one write. */
export async function newYear(host: WorkbookHost): Promise<NewYearResult & { missing: string[] }> {
  return host.run(async (session) => {
    const snapshot = await session.read({ values: true });
    const previous = sourceReport(reportsFromGrid(snapshot), snapshot.activeSheet);
    const plan = planNewYear(previous, snapshot);
    await session.write(opsForHost(host, plan.ops));
    return { ...plan.result, missing: plan.missing, printSetup: setsUpPrinting(host), freezePanes: freezesPanes(host) };
  });
}
