/** 校验 as the clerk meets it: a verdict per sheet, the active sheet by default, typos grouped by suspect, edits seen. */
import { realisticReport } from "../core/check/testing/fixtures";
import { changeWatcher } from "../hosts/office";
import { CLIENTS, until, type TestClient } from "../../test/clients";
import { groupBySuspect } from "../taskpane/findingGroups";
import { checkWorkbook } from "./check";
import { insertTables } from "./insert";
import { newYear } from "./newYear";
import { ALL_TABLES, dataCellPositions, flagsOf, typeReport } from "./__tests__/workbooks";

const SHEET = "2024年报表";
const consistent = () => realisticReport({ seed: 7, year: 2024 });

async function filled(client: TestClient) {
  const standin = client.create();
  await insertTables(standin.host, { year: 2024, unit: "胡集乡", tables: ALL_TABLES });
  typeReport(standin.view, SHEET, 2024, consistent());
  return standin;
}

/** Two table 三 cells of two digits (digits differ), in different rows and columns: each a swap-typo target. */
function twoTypoCells() {
  const report = consistent();
  const picked: { key: string; value: number; row: string; column: string }[] = [];
  for (const [key, cell] of report.cells) {
    const v = cell.value;
    if (cell.def.table !== "三" || v === null || v < 12 || v > 98 || v % 10 === Math.floor(v / 10)) continue;
    if (v % 10 === 0) continue;
    if (picked.some((p) => p.row === cell.def.row || p.column === cell.def.column)) continue;
    if (!/（[一二三四五六]）|^[1-7]\./.test(cell.def.row.split("/").pop() ?? "")) continue;
    if (cell.def.column === "总计") continue;
    picked.push({ key, value: v, row: cell.def.row, column: cell.def.column });
    if (picked.length === 2) break;
  }
  return picked;
}

describe.each(CLIENTS)("on $name", (client) => {
  describe("校验: verdict per sheet, scope, grouping", () => {
    test("a fresh new year says 尚未填写 once (no flag on its blank cells); the filled year says 全部通过", async () => {
      const { host, view } = await filled(client);
      await newYear(host);
      const result = await checkWorkbook(host, "all");
      expect(result.sheet).toBeNull();
      const bySheet = new Map(result.reports.map((r) => [r.source, r]));
      expect(bySheet.get("2025年报表")).toMatchObject({ verdict: "unfilled", findings: [] });
      expect(bySheet.get(SHEET)).toMatchObject({ verdict: "passed", findings: [] });
      expect([...flagsOf(view).keys()].filter((k) => k.startsWith("2025年报表"))).toEqual([]);
      expect(result.errors).toBe(0);
    }, 120_000);

    test("the active sheet only by default (the one the user is on); the whole workbook on request", async () => {
      const { host, view } = await filled(client);
      await newYear(host);
      view.activate(SHEET);
      const active = await checkWorkbook(host, "active");
      expect(active.sheet).toBe(SHEET);
      expect(active.reports.map((r) => r.source)).toEqual([SHEET]);
      const all = await checkWorkbook(host, "all");
      expect(all.reports.map((r) => r.source).sort()).toEqual(["2024年报表", "2025年报表"].sort());
    }, 120_000);

    test("two typos (digits swapped): one group of two suspects, each with its value, its cause and every rule it breaks", async () => {
      const { host, view } = await filled(client);
      const { at } = dataCellPositions(2024);
      const typos = twoTypoCells();
      expect(typos).toHaveLength(2);
      for (const t of typos) {
        const pos = at.get(t.key)!;
        const swapped = Number(String(t.value).split("").reverse().join(""));
        view.typeInto(SHEET, pos.row, pos.col, String(swapped));
      }
      const result = await checkWorkbook(host, "active");
      const findings = result.reports[0].findings;
      expect(findings.length).toBeGreaterThanOrEqual(4);
      const { suspects, rest } = groupBySuspect(findings);
      expect(rest).toEqual([]);
      expect(suspects).toHaveLength(2);
      for (const t of typos) {
        const group = suspects.find((g) => g.suspect.row === t.row && g.suspect.column === t.column);
        expect(group).toBeDefined();
        expect(group!.suspect.suggested).toBe(t.value);
        expect(group!.suspect.cause).toBe("相邻两位数字颠倒");
        expect(group!.findings.length).toBeGreaterThanOrEqual(2);
      }
      for (const f of findings) expect(f.message).not.toMatch(/\bR\d/);
    }, 120_000);
  });

  describe("edits seen by the pane (WorksheetCollection.onChanged, ExcelApi 1.9)", () => {
    /** Every edit the workbook reports, in order, to a handler registered after the watcher's (so reached after it). */
    async function reportedEdits(standin: ReturnType<typeof client.create>) {
      const reported: { address: string; triggerSource?: string }[] = [];
      await standin.Excel.run(async (context) => {
        context.workbook.worksheets.onChanged.add(async (event) => {
          reported.push(event as { address: string; triggerSource?: string });
        });
        await context.sync();
      });
      return reported;
    }

    test("the user's typing reaches the listener until it is removed; the add-in's own writes, marked by Excel from ExcelApi 1.14, do not", async () => {
      const standin = client.create({ apiVersion: "1.14" });
      const watch = changeWatcher({ excel: standin.Excel, isSetSupported: standin.isSetSupported });
      expect(watch).not.toBeNull();
      const listener = jest.fn();
      const stop = await watch!(listener);
      const reported = await reportedEdits(standin);
      await insertTables(standin.host, { year: 2024, unit: "胡集乡", tables: ALL_TABLES });
      standin.view.typeInto(SHEET, 10, 3, "5");
      // Excel raises the insert's writes too (after its syncs), each marked as the add-in's own.
      await until(
        () => reported.some((e) => e.address === "D11") && reported.some((e) => e.triggerSource === "ThisLocalAddin"),
      );
      expect(reported.filter((e) => e.triggerSource !== "ThisLocalAddin").map((e) => e.address)).toEqual(["D11"]);
      expect(listener).toHaveBeenCalledTimes(1);
      stop();
      standin.view.typeInto(SHEET, 10, 3, "6");
      await until(() => reported.filter((e) => e.address === "D11").length > 1);
      expect(listener).toHaveBeenCalledTimes(1);
    }, 120_000);

    test("before ExcelApi 1.14 Excel does not say who wrote: the add-in's own writes reach the listener (the pane's own-action window takes them)", async () => {
      const standin = client.create({ apiVersion: "1.13" });
      const watch = changeWatcher({ excel: standin.Excel, isSetSupported: standin.isSetSupported });
      const listener = jest.fn();
      await watch!(listener);
      const reported = await reportedEdits(standin);
      await insertTables(standin.host, { year: 2024, unit: "胡集乡", tables: ALL_TABLES });
      await until(() => reported.length > 0);
      expect(reported.every((e) => e.triggerSource !== "ThisLocalAddin")).toBe(true);
      expect(listener).toHaveBeenCalled();
    }, 120_000);

    test("before ExcelApi 1.9 there is no watcher (the pane falls back to its focus)", () => {
      const standin = client.create({ apiVersion: "1.8" });
      expect(changeWatcher({ excel: standin.Excel, isSetSupported: standin.isSetSupported })).toBeNull();
    });
  });
});
