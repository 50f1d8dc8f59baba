import { T3_CARRIED_OUT, T3_RESULT_TOTAL, T3_TOTAL, shortCellName } from "../core/format";
import { realisticReport } from "../core/check/testing/fixtures";
import { CLIENTS, type TestClient } from "../../test/clients";
import { exceljsHost, newWorkbook } from "../hosts/exceljs";
import { FLAG_COMMENT_PREFIX, FLAG_FILLS } from "../hosts/flagMarker";
import { officeHost, warmUp } from "../hosts/office";
import { a1Ref, columnLetters } from "../hosts/types";
import type { Finding } from "../core/check/types";
import { checkWorkbook, clearFlags, selectCell } from "./check";
import { insertTables } from "./insert";
import {
  ALL_TABLES,
  cellAt,
  contents,
  flagsOf,
  key,
  picture,
  setReport,
  typeReport,
  withoutFlags,
} from "./__tests__/workbooks";

const SHEET = "2024年报表";
const PARTIAL = "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
const NATURAL = "自然人";
const BUSINESS = "法人或其他组织/商业企业";
/** A consistent report of a city's size: every rule holds. */
const consistent = () => realisticReport({ seed: 7, year: 2024 });
const partialAt = cellAt(2024, "三", PARTIAL, NATURAL);
const rightValue = consistent().cells.get(`三|${PARTIAL}|${NATURAL}`)!.value!;

/** The 2024 tables inserted into a fresh stand-in and filled with a consistent report. */
async function filledWorkbook(client: TestClient) {
  const standin = client.create();
  await insertTables(standin.host, { year: 2024, unit: "胡集乡", tables: ALL_TABLES });
  typeReport(standin.view, SHEET, 2024, consistent());
  return standin;
}

async function counted<T>(
  view: { syncCount: number },
  action: () => Promise<T>,
): Promise<{ result: T; syncs: number }> {
  const before = view.syncCount;
  const result = await action();
  return { result, syncs: view.syncCount - before };
}

/** Every cell a finding names, by "sheet!row,col". */
function involved(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    for (const c of f.cells) if (c.ref) out.add(key(c.ref));
    if (f.suspect?.ref) out.add(key(f.suspect.ref));
  }
  return out;
}

describe.each(CLIENTS)("on $name", (client) => {
  describe("校验 in Excel (stand-in): 2024 tables inserted, then filled", () => {
    test("a consistent report passes: no finding, no flag, nothing in the workbook changes, ≤ 2 syncs", async () => {
      const { host, view } = await filledWorkbook(client);
      const before = picture(view);
      const { result, syncs } = await counted(view, () => checkWorkbook(host));
      expect(syncs).toBeLessThanOrEqual(2);
      expect(result.reports).toHaveLength(1);
      expect(result.reports[0].report).toMatchObject({ year: 2024, format: "2021", unit: "胡集乡", source: SHEET });
      expect(result.reports[0].findings).toEqual([]);
      expect(result).toMatchObject({ errors: 0, warnings: 0, summary: "全部通过", flagged: 0 });
      expect(picture(view)).toEqual(before);
    });

    test("one wrong number: R2 and R3 name it as the suspect with the right value; flags on every involved cell", async () => {
      const { host, view } = await filledWorkbook(client);
      view.typeInto(SHEET, partialAt.row, partialAt.col, String(rightValue + 6));
      const before = picture(view);
      const { result, syncs } = await counted(view, () => checkWorkbook(host));
      expect(syncs).toBeLessThanOrEqual(2);

      const findings = result.reports[0].findings;
      expect(findings.map((f) => f.rule).sort()).toEqual(["R2", "R3"]);
      expect(result).toMatchObject({ errors: 2, warnings: 0, summary: "2 个错误，0 个警告" });
      const r2 = findings.find((f) => f.rule === "R2")!;
      const r3 = findings.find((f) => f.rule === "R3")!;
      expect(r2.imbalance).toBe(-6);
      expect(r2.cells.map((c) => c.column).every((c) => c === NATURAL)).toBe(true);
      expect(r2.cells.map((c) => c.row)).toContain(T3_RESULT_TOTAL);
      expect(r3.cells.map((c) => c.row).every((r) => r === PARTIAL)).toBe(true);
      expect(r3.cells.map((c) => c.column)).toContain(T3_TOTAL);
      for (const f of [r2, r3]) {
        expect(f.suspect).toMatchObject({
          row: PARTIAL,
          column: NATURAL,
          ref: { sheet: SHEET, row: partialAt.row, col: partialAt.col },
          value: rightValue + 6,
          suggested: rightValue,
        });
        expect(f.suspect!.reason).toMatch(/[\u4e00-\u9fff]/);
      }

      // Flags: exactly the involved cells; the suspect distinct from the others.
      const flags = flagsOf(view);
      const cells = involved(findings);
      expect(new Set(flags.keys())).toEqual(cells);
      expect(result.flagged).toBe(cells.size);
      const suspectKey = key({ sheet: SHEET, ...partialAt });
      expect(flags.get(suspectKey)).toBe("suspect");
      for (const [k, level] of flags) if (k !== suspectKey) expect(level).toBe("error");
      const sheet = view.sheets().find((s) => s.name === SHEET)!;
      const suspectCell = sheet.cell(partialAt.row, partialAt.col);
      expect(suspectCell.displayFill).toBe(FLAG_FILLS.suspect);
      expect(suspectCell.comment).toContain(FLAG_COMMENT_PREFIX);
      expect(suspectCell.comment).toContain(`建议值 ${rightValue}`);
      const total = cellAt(2024, "三", T3_RESULT_TOTAL, NATURAL);
      expect(sheet.cell(total.row, total.col).displayFill).toBe(FLAG_FILLS.error);
      expect(sheet.cell(total.row, total.col).comment).toContain("各项办理结果之和为");
      expect(sheet.cell(total.row, total.col).comment).not.toMatch(/\bR\d/);
      expect(FLAG_FILLS.suspect).not.toBe(FLAG_FILLS.error);

      // Values, formulas and the cells' own formatting untouched, in every cell of every sheet.
      expect(contents(view)).toEqual(
        before.map((p) => ({ name: p.name, cells: p.cells.map((row) => row.map((c) => [c.value, c.formula])) })),
      );
      expect(withoutFlags(picture(view))).toEqual(withoutFlags(before));
    });

    test("a user's formula in a total cell is read (its result) and kept", async () => {
      const { host, view } = await filledWorkbook(client);
      const total = cellAt(2024, "三", T3_RESULT_TOTAL, NATURAL);
      const first = cellAt(2024, "三", "三、本年度办理结果/（一）予以公开", NATURAL);
      const last = cellAt(2024, "三", "三、本年度办理结果/（六）其他处理/3.其他", NATURAL);
      const formula = `=SUM(${columnLetters(first.col)}${first.row + 1}:${columnLetters(last.col)}${last.row + 1})`;
      view.typeInto(SHEET, total.row, total.col, formula);
      view.typeInto(SHEET, partialAt.row, partialAt.col, String(rightValue + 6));
      const before = contents(view);
      const result = await checkWorkbook(host);
      // The formula follows the wrong cell, so R2 holds and R1 fails in 自然人 instead.
      expect(result.reports[0].findings.map((f) => f.rule)).toContain("R1");
      expect(result.reports[0].findings.map((f) => f.rule)).not.toContain("R2");
      expect(contents(view)).toEqual(before);
      const cell = view.sheets()[1].cell(total.row, total.col);
      expect(cell.formula).toBe(formula);
      expect(cell.flag).not.toBeNull();
    });

    test("清除标记 restores exactly what the cells looked like, a user's own fill included", async () => {
      const { host, view, Excel } = await filledWorkbook(client);
      view.typeInto(SHEET, partialAt.row, partialAt.col, String(rightValue + 6));
      const total = cellAt(2024, "三", T3_RESULT_TOTAL, NATURAL);
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(SHEET);
        const own = sheet.getRange(a1Ref(SHEET, partialAt.row, partialAt.col).split("!")[1]);
        own.format.fill.color = "#FFFF00";
        own.format.font.bold = true;
        sheet.getRange(a1Ref(SHEET, total.row, total.col).split("!")[1]).numberFormat = [["#,##0"]];
        context.workbook.comments.add(a1Ref(SHEET, total.row, total.col), "用户：请复核");
        await context.sync();
      });
      const before = picture(view);
      expect(before[1].cells[partialAt.row][partialAt.col]).toMatchObject({ fill: "#FFFF00", bold: true });

      await checkWorkbook(host);
      const flagged = picture(view)[1].cells[partialAt.row][partialAt.col];
      expect(flagged).toMatchObject({ flag: "suspect", displayFill: FLAG_FILLS.suspect, fill: "#FFFF00" });
      expect(view.sheets()[1].cell(total.row, total.col).comment).toBe("用户：请复核");

      const { result: removed, syncs } = await counted(view, () => clearFlags(host));
      expect(syncs).toBeLessThanOrEqual(2);
      expect(removed).toBeGreaterThan(2);
      expect(picture(view)).toEqual(before);
      expect(flagsOf(view).size).toBe(0);

      const again = await counted(view, () => clearFlags(host));
      expect(again.result).toBe(0);
      expect(again.syncs).toBeLessThanOrEqual(2);
      expect(picture(view)).toEqual(before);
    });

    test("clicking a finding selects its cell (and its sheet), within the budget", async () => {
      const { host, view } = await filledWorkbook(client);
      view.typeInto(SHEET, partialAt.row, partialAt.col, String(rightValue + 6));
      const result = await checkWorkbook(host);
      view.activate("Sheet1");
      const suspect = result.reports[0].findings[0].suspect!;
      const { syncs } = await counted(view, () => selectCell(host, suspect.ref!));
      expect(syncs).toBeLessThanOrEqual(2);
      expect(view.activeSheet()).toBe(SHEET);
      expect(view.selection()).toEqual({ sheet: SHEET, row: partialAt.row, col: partialAt.col });
    });

    test("a second check replaces the flags: none left on cells fixed since, the new error flagged", async () => {
      const { host, view } = await filledWorkbook(client);
      view.typeInto(SHEET, partialAt.row, partialAt.col, String(rightValue + 6));
      const first = await checkWorkbook(host);
      const firstCells = involved(first.reports[0].findings);
      expect(flagsOf(view).size).toBe(firstCells.size);

      view.typeInto(SHEET, partialAt.row, partialAt.col, String(rightValue));
      const out = cellAt(2024, "三", T3_CARRIED_OUT, BUSINESS);
      const outValue = Number(view.sheets()[1].cell(out.row, out.col).value);
      view.typeInto(SHEET, out.row, out.col, String(outValue + 10));
      const { result: second, syncs } = await counted(view, () => checkWorkbook(host));
      expect(syncs).toBeLessThanOrEqual(2);
      const findings = second.reports[0].findings;
      expect(findings.map((f) => f.rule).sort()).toEqual(["R1", "R3"]);
      for (const f of findings)
        expect(f.suspect).toMatchObject({ row: T3_CARRIED_OUT, column: BUSINESS, suggested: outValue });
      const flags = flagsOf(view);
      expect(new Set(flags.keys())).toEqual(involved(findings));
      for (const stale of firstCells) if (!involved(findings).has(stale)) expect(flags.has(stale)).toBe(false);
      expect(flags.has(key({ sheet: SHEET, ...partialAt }))).toBe(false);
      expect(flags.get(key({ sheet: SHEET, ...out }))).toBe("suspect");
      const fixed = view.sheets()[1].cell(partialAt.row, partialAt.col);
      expect(fixed).toMatchObject({ flag: null, comment: null, displayFill: fixed.fill });

      view.typeInto(SHEET, out.row, out.col, String(outValue));
      const clean = await checkWorkbook(host);
      expect(clean.summary).toBe("全部通过");
      expect(flagsOf(view).size).toBe(0);
    });

    test("the task pane just opened (a fresh host, warmed up): the first check of a many-sheet workbook is ≤ 2 syncs", async () => {
      const { host: inserter, view, Excel, isSetSupported } = client.create();
      await insertTables(inserter, { year: 2024, unit: "胡集乡", tables: ALL_TABLES });
      typeReport(view, SHEET, 2024, consistent());
      view.typeInto(SHEET, partialAt.row, partialAt.col, String(rightValue + 6));
      await Excel.run(async (context) => {
        context.workbook.worksheets.add("说明").getRange("A1").values = [["填报说明"]];
        await context.sync();
      });
      view.activate("Sheet1");

      const cold = officeHost({ excel: Excel, isSetSupported });
      const coldCheck = await counted(view, () => checkWorkbook(cold));
      expect(coldCheck.syncs).toBe(3);

      const pane = officeHost({ excel: Excel, isSetSupported });
      const warm = await counted(view, () => warmUp(pane));
      expect(warm.syncs).toBe(1);
      const { result, syncs } = await counted(view, () => checkWorkbook(pane));
      expect(syncs).toBeLessThanOrEqual(2);
      expect(result.errors).toBe(2);
      expect(flagsOf(view).get(key({ sheet: SHEET, ...partialAt }))).toBe("suspect");
      expect((await counted(view, () => clearFlags(pane))).syncs).toBeLessThanOrEqual(2);
    });
  });

  describe("校验 of an ExcelJS workbook (command line host)", () => {
    test("the same findings as in Excel; no flags written, the workbook unchanged", async () => {
      const workbook = newWorkbook();
      const host = exceljsHost(workbook);
      await insertTables(host, { year: 2024, unit: "胡集乡", tables: ALL_TABLES });
      const sheet = workbook.getWorksheet(SHEET)!;
      setReport(sheet, 2024, consistent());
      sheet.getRow(partialAt.row + 1).getCell(partialAt.col + 1).value = rightValue + 6;
      const before = await host.run((s) => s.read({ values: true }));
      const result = await checkWorkbook(host);
      expect(result.flagged).toBe(0);
      expect(await host.run((s) => s.read({ values: true }))).toEqual(before);

      const excel = await filledWorkbook(client);
      excel.view.typeInto(SHEET, partialAt.row, partialAt.col, String(rightValue + 6));
      const inExcel = await checkWorkbook(excel.host);
      expect(result.reports[0].findings).toEqual(inExcel.reports[0].findings);
      expect(result.reports[0].findings.map((f) => f.suspect && shortCellName(f.suspect))).toEqual([
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）·自然人",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）·自然人",
      ]);
    });
  });
});
