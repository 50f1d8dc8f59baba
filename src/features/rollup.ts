/**
 * 汇总 (逐级汇总): adds the reports of several bodies up cell by cell, exactly, into a new sheet laid out like
 * the official template, with a 汇总明细 sheet listing each report's key figures. Written once: the command
 * line sums files into a new workbook, the task pane sums sheets of the open workbook (one read, one write).
 */
import { decodeCellKey, formatForYear, type FormatId, quotedFew, shortCellName, type TableId } from "../core/format";
import { namePrefix } from "../core/format/sheetLayout";
import { sumReports, type ReportSum } from "../core/check/sum";
import { reportsFromGrid } from "../core/report/fromGrid";
import type { Report } from "../core/report/model";
import { checkExpectedUnits, unitFromFileName, type ExpectedUnitsCheck } from "../core/report/unitName";
import type { WorkbookHost, WorkbookSnapshot, WriteOp } from "../hosts/types";
import { UserError } from "./errors";
import { detailOps, type DetailRow } from "./rollupDetail";
import { expectedUnitsLines } from "./rollupExpected";
import { uniqueSheetName } from "../core/format/sheetLayout";
import { freezesPanes, opsForHost, setsUpPrinting } from "./pageSetup";
import { reportSheetOps } from "./reportSheet";
import { partsName, summaryLinks } from "./rollupLinks";
import { partReports } from "./partReports";

/** One report to add up, with what to call it (unit, else file or sheet) and where it came from. */
export interface RollupPart {
  report: Report;
  name: string;
  /** Sheet (task pane) or file (command line): the 来源 column of 汇总明细. */
  source: string;
}

export interface RollupOptions {
  unit: string;
  /** The summary's report year; default: the parts' year. Parts of another year are refused. */
  year?: number | null;
  /** Name of the summary sheet before it is made unique (default: 2024年报表, as the template). */
  sheetBase?: string;
  /** Link the summary to its parts' sheets by a workbook name (…_PARTS) so that 校验 runs R11. */
  linkParts?: boolean;
  /** The units that must report (a county's list): who has not reported, who is not on it, who sent two. */
  expected?: readonly string[];
}

export interface RollupResult {
  sheet: string;
  detailSheet: string;
  unit: string;
  year: number;
  format: FormatId;
  tables: TableId[];
  parts: number;
  /** Reports lacking tables (counted as nothing there), e.g. “某镇：表二”. */
  lacking: string[];
  /** Reports with cells that hold no number (counted as nothing), e.g. “某镇：3 个单元格”. */
  gaps: string[];
  /** Reports whose year could not be read (taken as the summary's year). */
  unknownYear: string[];
  /** The parts against the list of units that must report, when one was given. */
  expected?: ExpectedUnitsCheck;
  /** False where the host could not set up printing. */
  printSetup?: boolean;
  /** False where the host could not freeze the label columns (Excel before ExcelApi 1.7): the pane says so. */
  freezePanes?: boolean;
}

export interface RollupPlan {
  result: RollupResult;
  ops: WriteOp[];
  /** The sum, as written. */
  summary: Report;
}

const quoted = (names: readonly string[]) => quotedFew(names, 8);

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Why the parts cannot be summed into one table, every reason at once (different formats, different years, no year),
 * each naming the reports concerned; empty when they can.
 */
export function rollupBasisProblems(parts: readonly RollupPart[], year?: number | null): string[] {
  return basisOf(parts, year).problems;
}

/** The summary's format and year, or why the parts cannot be summed (every reason at once). */
function basisOf(
  parts: readonly RollupPart[],
  year?: number | null,
): { problems: string[]; format: FormatId | null; year: number | null } {
  const refused = (problem: string) => ({ problems: [problem], format: null, year: null });
  if (parts.length === 0) return refused("没有可汇总的报告：请选择至少一份下级报告");
  const withTables = parts.filter((p) => p.report.format !== null && p.report.tables.length > 0);
  if (withTables.length === 0) return refused(`${quoted(parts.map((p) => p.name))} 中都未找到年报表格，无法汇总`);
  const problems: string[] = [];
  const formats = groupBy(withTables, (p) => p.report.format as FormatId);
  if (formats.size > 1) {
    const list = [...formats].map(([f, ps]) => `${quoted(ps.map((p) => p.name))} 为 ${f} 年版格式`).join("；");
    problems.push(`各报告的表格格式不同，不能汇总到同一张表：${list}`);
  }
  const known = withTables.filter((p) => p.report.year !== null);
  const years = groupBy(known, (p) => p.report.year as number);
  if (year !== undefined && year !== null) {
    const other = known.filter((p) => p.report.year !== year);
    if (other.length > 0) {
      const list = [...groupBy(other, (p) => p.report.year as number)]
        .map(([y, ps]) => `${quoted(ps.map((p) => p.name))} 是 ${y} 年度的`)
        .join("；");
      problems.push(`汇总年度为 ${year} 年，但 ${list}：不同年度的报告不能汇总`);
    }
  } else if (years.size > 1) {
    const list = [...years].map(([y, ps]) => `${quoted(ps.map((p) => p.name))} 是 ${y} 年度的`).join("；");
    problems.push(`各报告的年度不同，不能汇总：${list}`);
  }
  const target = year ?? known[0]?.report.year ?? null;
  if (target === null) {
    problems.push("无法确定各报告的年度（标题中应有“XXXX年政府信息公开工作年度报告”），请指定汇总年度");
  } else if (problems.length === 0) {
    const choice = formatForYear(target);
    if (!choice.ok) problems.push(choice.message);
  }
  return { problems, format: [...formats.keys()][0], year: target };
}

/** The format and year of the summary; refuses parts of different formats or years (clear Chinese message). */
export function rollupBasis(parts: readonly RollupPart[], year?: number | null): { format: FormatId; year: number } {
  const basis = basisOf(parts, year);
  if (basis.problems.length > 0 || basis.format === null || basis.year === null) {
    throw new UserError(basis.problems.join("\n"));
  }
  return { format: basis.format, year: basis.year };
}

function remarks(sum: ReportSum, index: number, part: RollupPart): string {
  const said: string[] = [];
  if (part.report.tables.length === 0) said.push("未找到年报表格，未计入");
  else {
    const lacking = sum.lacking.get(index);
    if (lacking) said.push(`未含表${lacking.join("、表")}，按不计入汇总`);
  }
  const gaps = sum.gaps.get(index);
  if (gaps) {
    const first = gaps.slice(0, 3).map((k) => shortCellName(decodeCellKey(k)));
    said.push(`${gaps.length} 个单元格无数值（${first.join("、")}${gaps.length > 3 ? " 等" : ""}），按不计入汇总`);
  }
  if (part.report.year === null) said.push("未能确定年度");
  return said.join("；");
}

/** The parts against a list of the units that must report (a part without a unit goes by its file's name). */
export function expectedUnits(parts: readonly RollupPart[], expected: readonly string[]): ExpectedUnitsCheck {
  if (expected.every((u) => u.trim() === "")) throw new UserError("应报单位名单是空的：请每行写一个单位名称");
  return checkExpectedUnits(
    expected,
    parts.map((p) => ({ name: p.report.unit ?? unitFromFileName(p.name), source: p.source })),
  );
}

/** The write operations adding the summary sheet and its 汇总明细 sheet to a workbook holding `existing`. */
export function planRollup(
  parts: readonly RollupPart[],
  options: RollupOptions,
  existing: Pick<WorkbookSnapshot, "sheets" | "names">,
): RollupPlan {
  const unit = (options.unit ?? "").trim();
  if (unit === "") throw new UserError("请填写汇总单位名称（例如：郸城县）");
  const { format, year } = rollupBasis(parts, options.year);
  const sum = sumReports(
    parts.map((p) => p.report),
    { format, year, unit },
  );
  const names = existing.names.map((n) => n.name);
  let prefix = namePrefix(year, names);
  while (names.some((n) => n.toUpperCase() === partsName(prefix).toUpperCase())) {
    prefix = namePrefix(year, [...names, `${prefix}_T3`]);
  }
  const written = reportSheetOps(sum.report, existing, { unit, year, sheetBase: options.sheetBase, prefix });
  const sheet = written.sheet;
  sum.report.source = sheet;
  const detailSheet = uniqueSheetName(`${year}年汇总明细`, [...existing.sheets.map((s) => s.name), sheet], unit);

  const rows: DetailRow[] = parts.map((part, i) => ({
    unit: part.report.unit ?? part.name,
    source: part.source,
    report: part.report,
    remark: remarks(sum, i, part),
  }));
  const detail = detailOps(detailSheet, `${unit}${year}年度汇总明细（各下级报告主要数据）`, rows, sum.report);
  const ops: WriteOp[] = [...written.ops, { op: "addSheet", sheet: detailSheet }, ...detail.ops];
  const expected = options.expected ? expectedUnits(parts, options.expected) : undefined;
  if (expected) {
    // Below the detail (after its 合计 row and a blank one): what the list of units says, kept with the file.
    const top = detail.sourcesBox.top + detail.sourcesBox.rows + 2;
    ops.push({
      op: "setValues",
      sheet: detailSheet,
      top,
      left: 0,
      values: expectedUnitsLines(expected).map((l) => [l]),
    });
  }
  if (options.linkParts) {
    ops.push({
      op: "addName",
      name: partsName(prefix),
      sheet: detailSheet,
      box: detail.sourcesBox,
      comment: "汇总表所汇总的下级报告（工作表）",
    });
  }
  const describe = (i: number) => parts[i].name;
  return {
    result: {
      sheet,
      detailSheet,
      unit,
      year,
      format,
      tables: sum.tables,
      parts: parts.length,
      lacking: [...sum.lacking].map(([i, tables]) => `${describe(i)}：表${tables.join("、表")}`),
      gaps: [...sum.gaps].map(([i, keys]) => `${describe(i)}：${keys.length} 个单元格`),
      unknownYear: parts.filter((p) => p.report.year === null && p.report.tables.length > 0).map((p) => p.name),
      ...(expected ? { expected } : {}),
    },
    ops,
    summary: sum.report,
  };
}

/** A sheet of the open workbook holding reports, as the 汇总 panel offers it. */
export interface RollupCandidate {
  sheet: string;
  /** Units and years of the reports on the sheet (a sheet may hold several). */
  reports: { unit: string | null; year: number | null; format: FormatId | null; tables: TableId[] }[];
  /** The sheet is itself a summary made by 汇总 (offered, but not chosen by default). */
  isSummary: boolean;
}

export interface RollupCandidates {
  sheets: RollupCandidate[];
  /** The most common report year among them (the year field's default), or null. */
  year: number | null;
}

/** What 汇总 can add up in the open workbook: every sheet that holds tables. One read. */
export async function rollupCandidates(host: WorkbookHost): Promise<RollupCandidates> {
  return host.run(async (session) => {
    const snapshot = await session.read({ values: true });
    const reports = reportsFromGrid(snapshot).filter((r) => r.tables.length > 0);
    const summaries = new Set(summaryLinks(snapshot).map((l) => l.summarySheet.toLowerCase()));
    const bySheet = groupBy(reports, (r) => r.source);
    const sheets = snapshot.sheets
      .filter((s) => bySheet.has(s.name))
      .map((s) => ({
        sheet: s.name,
        reports: (bySheet.get(s.name) ?? []).map((r) => ({
          unit: r.unit,
          year: r.year,
          format: r.format,
          tables: [...r.tables],
        })),
        isSummary: summaries.has(s.name.toLowerCase()),
      }));
    const years = groupBy(
      reports.filter((r) => r.year !== null && !summaries.has(r.source.toLowerCase())),
      (r) => r.year as number,
    );
    const year = [...years].sort((a, b) => b[1].length - a[1].length || b[0] - a[0])[0]?.[0] ?? null;
    return { sheets, year };
  });
}

export interface RollupSheetsInput {
  /** The sheets holding the reports to add up. */
  sheets: string[];
  unit: string;
  year?: number | null;
  /** The units that must report (pasted or read from a sheet). */
  expected?: readonly string[];
}

/**
 * The parts on the chosen sheets: on each sheet, the reports partReports picks (of the roll-up's year, or else
 * those the year check names rather than leaving them out).
 */
export function partsOnSheets(
  reports: readonly Report[],
  sheets: readonly string[],
  year?: number | null,
): RollupPart[] {
  const onSheet = (sheet: string) =>
    reports.filter((r) => r.source.toLowerCase() === sheet.toLowerCase() && r.tables.length > 0);
  const missing = sheets.filter((s) => onSheet(s).length === 0);
  if (missing.length > 0) throw new UserError(`工作表 ${quoted(missing)} 中未找到年报表格`);
  return sheets.flatMap((sheet) => {
    return partReports(onSheet(sheet), year).map((report) => ({
      report,
      name: report.unit ?? report.source,
      source: report.source,
    }));
  });
}

/** 汇总 in the open workbook: adds a summary sheet (linked to its parts for R11) and 汇总明细. One read, one write. */
export async function rollupSheets(host: WorkbookHost, input: RollupSheetsInput): Promise<RollupResult> {
  if (input.sheets.length === 0) throw new UserError("请至少选择一个含有下级报告的工作表");
  return host.run(async (session) => {
    const snapshot = await session.read({ values: true });
    const parts = partsOnSheets(reportsFromGrid(snapshot), input.sheets, input.year);
    const year = input.year ?? null;
    const plan = planRollup(
      parts,
      {
        unit: input.unit,
        year,
        sheetBase: `${year ?? rollupBasis(parts).year}年汇总表`,
        linkParts: true,
        expected: input.expected,
      },
      snapshot,
    );
    await session.write(opsForHost(host, plan.ops));
    return { ...plan.result, printSetup: setsUpPrinting(host), freezePanes: freezesPanes(host) };
  });
}
