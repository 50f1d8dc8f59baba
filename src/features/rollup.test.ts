/** 汇总: the sum written like the template (ExcelJS, command line) and in the open workbook (stand-in, task pane). */
import { allDataCells, cellKey, FORMATS, T3_RESULT_TOTAL, T3_TOTAL, type TableId } from "../core/format";
import { sumReports } from "../core/check/sum";
import { realisticReport } from "../core/check/testing/fixtures";
import { emptyReport } from "../core/report/build";
import { reportsFromGrid } from "../core/report/fromGrid";
import type { Report } from "../core/report/model";
import { CLIENTS } from "../../test/clients";
import { exceljsHost, loadXlsx, newWorkbook } from "../hosts/exceljs";
import { officeHost, warmUp } from "../hosts/office";
import type { WorkbookHost, WorkbookSnapshot } from "../hosts/types";
import { checkWorkbook } from "./check";
import { UserError } from "./errors";
import { reportSheetOps } from "./reportSheet";
import { planRollup, rollupCandidates, rollupSheets, type RollupPart } from "./rollup";
import { KEY_FIGURES } from "./rollupDetail";
import { summaryLinks } from "./rollupLinks";

const EMPTY: Pick<WorkbookSnapshot, "sheets" | "names"> = { sheets: [], names: [] };
const UNITS = ["甲乡", "乙镇", "丙街道"];

function parts(year = 2024, units = UNITS): RollupPart[] {
  return units.map((unit, i) => {
    const report = realisticReport({ seed: 100 + i, year });
    report.unit = unit;
    return { report, name: unit, source: `${unit}.xlsx` };
  });
}

function expectSameNumbers(actual: Report, expected: Report, tables: readonly TableId[] = ["二", "三", "四"]) {
  const cells = allDataCells(FORMATS["2021"], tables);
  for (const def of cells) {
    const key = cellKey(def.table, def.row, def.column);
    expect([key, actual.cells.get(key)?.value]).toEqual([key, expected.cells.get(key)?.value]);
  }
}

/** Writes the plan into a new ExcelJS workbook, saves it to bytes and reads it back as a user's file. */
async function writtenAndReadBack(rollupParts: RollupPart[], unit = "某县") {
  const workbook = newWorkbook();
  const host = exceljsHost(workbook);
  const plan = await host.run(async (session) => {
    const made = planRollup(rollupParts, { unit }, await session.read({ values: false }));
    await session.write(made.ops);
    return made;
  });
  const bytes = await workbook.xlsx.writeBuffer();
  const reread = exceljsHost(await loadXlsx(bytes as ArrayBuffer));
  const snapshot = await reread.run((s) => s.read({ values: true }));
  return { plan, snapshot };
}

describe("planRollup written by ExcelJS (the rollup command)", () => {
  test("the workbook read back holds one report, the exact sum in every cell, titled and named like template", async () => {
    const input = parts();
    const { plan, snapshot } = await writtenAndReadBack(input);
    const expected = sumReports(
      input.map((p) => p.report),
      { format: "2021", year: 2024, unit: "某县" },
    ).report;
    const reports = reportsFromGrid(snapshot);
    expect(reports).toHaveLength(1);
    const [summary] = reports;
    expect(summary).toMatchObject({ format: "2021", year: 2024, unit: "某县", tables: ["二", "三", "四"] });
    expect(summary.source).toBe("2024年报表");
    expectSameNumbers(summary, expected);
    expect(plan.result).toMatchObject({ sheet: "2024年报表", detailSheet: "2024年汇总明细", parts: 3, year: 2024 });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["2024年报表", "2024年汇总明细"]);
    expect(snapshot.names.map((n) => n.name).sort()).toEqual(
      ["DT_2024_T2", "DT_2024_T3", "DT_2024_T4", "DT_2024_TITLE"].sort(),
    );
    const title = snapshot.sheets[0].values[0][0];
    expect(title).toBe("某县2024年政府信息公开工作年度报告");
  });

  test("汇总明细: one row per report with its key figures and source, and a 合计 row equal to the sum", async () => {
    const input = parts();
    const { snapshot } = await writtenAndReadBack(input);
    const detail = snapshot.sheets.find((s) => s.name === "2024年汇总明细")!;
    const rows = detail.values.map((row) => row.slice(0, 3 + KEY_FIGURES.length));
    const body = rows.slice(4 - detail.top);
    expect(body).toHaveLength(input.length + 1);
    input.forEach((part, i) => {
      const figures = KEY_FIGURES.map((f) => part.report.cells.get(cellKey(f.table, f.row, f.column))?.value);
      expect(body[i]).toEqual([i + 1, part.name, part.source, ...figures]);
    });
    const total = body[input.length];
    expect(total.slice(1, 3)).toEqual(["合计", "3 份报告"]);
    const resultTotal = KEY_FIGURES.findIndex((f) => f.row === T3_RESULT_TOTAL && f.column === T3_TOTAL);
    expect(total[3 + resultTotal]).toBe(
      input.reduce((s, p) => s + (p.report.cells.get(cellKey("三", T3_RESULT_TOTAL, T3_TOTAL))?.value ?? 0), 0),
    );
  });

  test("a report lacking a table counts as nothing there and is said so, in the result and in 汇总明细", async () => {
    const input = parts();
    const partial = emptyReport({ format: "2021", year: 2024, unit: "丁乡", tables: ["二"] }, 5);
    input.push({ report: partial, name: "丁乡", source: "丁乡.txt" });
    const { plan, snapshot } = await writtenAndReadBack(input);
    expect(plan.result.lacking).toEqual(["丁乡：表三、表四"]);
    const detail = snapshot.sheets.find((s) => s.name === "2024年汇总明细")!;
    const row = detail.values.find((r) => r[1] === "丁乡")!;
    expect(row.slice(3, 3 + KEY_FIGURES.length)).toEqual(KEY_FIGURES.map(() => null));
    expect(row[3 + KEY_FIGURES.length]).toBe("未含表三、表四，按不计入汇总");
    const [summary] = reportsFromGrid(snapshot);
    const licence = cellKey("二", "第二十条第（五）项/行政许可", "本年处理决定数量");
    expect(summary.cells.get(licence)?.value).toBe(
      input.reduce((s, p) => s + (p.report.cells.get(licence)?.value ?? 0), 0),
    );
  });

  test("reports of different years, or of a year other than the one asked, are refused with a clear message", () => {
    const mixed = [...parts(2024, ["甲乡"]), ...parts(2023, ["乙镇"])];
    expect(() => planRollup(mixed, { unit: "某县" }, EMPTY)).toThrow(
      new UserError("各报告的年度不同，不能汇总：“甲乡” 是 2024 年度的；“乙镇” 是 2023 年度的"),
    );
    expect(() => planRollup(parts(2024), { unit: "某县", year: 2023 }, EMPTY)).toThrow(
      /汇总年度为 2023 年，但 “甲乡”、“乙镇”、“丙街道” 是 2024 年度的：不同年度的报告不能汇总/,
    );
  });

  test("reports of different formats are refused", () => {
    const old = emptyReport({ format: "2019", year: 2024, unit: "旧表乡" }, 0);
    const input = [...parts(2024, ["甲乡"]), { report: old, name: "旧表乡", source: "旧表乡.xlsx" }];
    expect(() => planRollup(input, { unit: "某县" }, EMPTY)).toThrow(
      /各报告的表格格式不同，不能汇总到同一张表：“甲乡” 为 2021 年版格式；“旧表乡” 为 2019 年版格式/,
    );
  });

  test("a unit is required", () => {
    expect(() => planRollup(parts(), { unit: "  " }, EMPTY)).toThrow(UserError);
  });
});

/** Each body's tables pasted into a sheet of its own (labels only, no workbook names), as offices do. */
async function pasteParts(host: WorkbookHost, input: RollupPart[]): Promise<void> {
  await host.run(async (session) => {
    const ops = input.flatMap((part) => {
      const sheet = reportSheetOps(part.report, EMPTY, { unit: part.name, year: 2024, sheetBase: part.name });
      return sheet.ops.filter((op) => op.op !== "addName");
    });
    await session.write(ops);
  });
}

async function counted<T>(view: { syncCount: number }, action: () => Promise<T>) {
  const before = view.syncCount;
  const result = await action();
  return { result, syncs: view.syncCount - before };
}

describe.each(CLIENTS)("on $name", (client) => {
  describe("汇总 in the task pane (stand-in)", () => {
    async function paneWithParts() {
      const standin = client.create();
      const input = parts();
      await pasteParts(standin.host, input);
      const pane = officeHost({ excel: standin.Excel, isSetSupported: standin.isSetSupported });
      await warmUp(pane);
      return { ...standin, pane, input };
    }

    test("lists the sheets with reports, then adds the summary in one read and one write (≤ 2 syncs)", async () => {
      const { pane, view, input } = await paneWithParts();
      const candidates = await rollupCandidates(pane);
      expect(candidates.year).toBe(2024);
      expect(candidates.sheets.map((s) => [s.sheet, s.reports.map((r) => [r.unit, r.year])])).toEqual(
        UNITS.map((u) => [u, [[u, 2024]]]),
      );

      const { result, syncs } = await counted(view, () => rollupSheets(pane, { sheets: UNITS, unit: "某县" }));
      expect(syncs).toBeLessThanOrEqual(2);
      expect(syncs).toBeGreaterThan(0);
      expect(result).toMatchObject({ sheet: "2024年汇总表", detailSheet: "2024年汇总明细", parts: 3, year: 2024 });
      expect(result.freezePanes).toBe(true);
      expect(view.activeSheet()).toBe("2024年汇总表");
      const frozen = (name: string) => view.sheets().find((s) => s.name === name)?.frozen;
      expect(frozen("2024年汇总表")).toEqual({ rows: 0, columns: 3 });
      // 汇总明细: its title and two header rows, 序号 and 单位.
      expect(frozen("2024年汇总明细")).toEqual({ rows: 4, columns: 2 });

      const snapshot = await pane.run((s) => s.read({ values: true }));
      const summary = reportsFromGrid(snapshot).find((r) => r.source === "2024年汇总表")!;
      expect(summary).toMatchObject({ unit: "某县", year: 2024 });
      expectSameNumbers(
        summary,
        sumReports(
          input.map((p) => p.report),
          { format: "2021", year: 2024, unit: "某县" },
        ).report,
      );
      expect(summaryLinks(snapshot)).toEqual([
        { name: "DT_2024_PARTS", year: 2024, summarySheet: "2024年汇总表", partSheets: UNITS },
      ]);
      const again = await rollupCandidates(pane);
      expect(again.sheets.find((s) => s.sheet === "2024年汇总表")?.isSummary).toBe(true);
      expect(again.sheets.filter((s) => s.isSummary)).toHaveLength(1);
    });

    test("校验 afterwards runs R11: passes as written; a changed summary cell is an R11 error naming it", async () => {
      const { pane, view } = await paneWithParts();
      await rollupCandidates(pane);
      await rollupSheets(pane, { sheets: UNITS, unit: "某县" });
      const clean = await checkWorkbook(pane);
      expect(clean.errors).toBe(0);
      expect(clean.reports.map((r) => r.report.source).sort()).toEqual([...UNITS, "2024年汇总表"].sort());

      const snapshot = await pane.run((s) => s.read({ values: true }));
      const summary = reportsFromGrid(snapshot).find((r) => r.source === "2024年汇总表")!;
      const cell = summary.cells.get(cellKey("三", T3_RESULT_TOTAL, "自然人"))!;
      const sum = cell.value as number;
      view.typeInto("2024年汇总表", cell.ref!.row, cell.ref!.col, String(sum + 7));
      const checked = await checkWorkbook(pane);
      const r11 = checked.reports.flatMap((r) => r.findings).filter((f) => f.rule === "R11");
      expect(r11).toHaveLength(1);
      expect(r11[0]).toMatchObject({
        severity: "error",
        message: `（七）总计·自然人 为 ${sum + 7}，但各下级报告之和为 ${sum}（相差 7）`,
        suspect: { ref: cell.ref, value: sum + 7, suggested: sum },
      });
      expect(checked.flagged).toBeGreaterThan(0);
    });

    test("a part sheet listed in 汇总明细 that no longer holds a report is an R11 error", async () => {
      const { pane, view } = await paneWithParts();
      await rollupCandidates(pane);
      await rollupSheets(pane, { sheets: UNITS, unit: "某县" });
      view.typeInto("2024年汇总明细", 4, 2, "不存在的表");
      const checked = await checkWorkbook(pane);
      const r11 = checked.reports.flatMap((r) => r.findings).filter((f) => f.rule === "R11");
      expect(r11[0].message).toContain("“不存在的表” 不存在或其中未找到年报表格");
      expect(r11[0].severity).toBe("error");
    });

    test("sheets without reports, or of different years, are refused; nothing is written", async () => {
      const standin = client.create();
      const input = [...parts(2024, ["甲乡"]), ...parts(2023, ["乙镇"])];
      await standin.host.run(async (session) => {
        const ops = input.flatMap((part) =>
          reportSheetOps(part.report, EMPTY, {
            unit: part.name,
            year: part.report.year!,
            sheetBase: part.name,
          }).ops.filter((op) => op.op !== "addName"),
        );
        await session.write(ops);
      });
      const before = standin.view.sheets().map((s) => s.name);
      await expect(rollupSheets(standin.host, { sheets: ["甲乡", "乙镇"], unit: "某县" })).rejects.toThrow(
        /各报告的年度不同/,
      );
      // With the year given, a sheet of another year is named, not left out.
      await expect(rollupSheets(standin.host, { sheets: ["甲乡", "乙镇"], unit: "某县", year: 2024 })).rejects.toThrow(
        "汇总年度为 2024 年，但 “乙镇” 是 2023 年度的：不同年度的报告不能汇总",
      );
      await expect(rollupSheets(standin.host, { sheets: ["Sheet1"], unit: "某县" })).rejects.toThrow(
        "工作表 “Sheet1” 中未找到年报表格",
      );
      expect(standin.view.sheets().map((s) => s.name)).toEqual(before);
    });
  });
});
