/**
 * context.sync() per user action (budget ≤ 2, DESIGN.md), counted by the Excel stand-in, through the real
 * features and the Office.js host — as the task pane runs them: warmed up at start-up, then insert, fill,
 * 校验, 清除标记, 生成新年度.
 */
"use strict";
const path = require("path");

const BUDGET = 2;

module.exports = {
  title: "context.sync() per user action (Excel stand-in, real features + Office.js host)",
  async run({ benchLib }) {
    const lib = (p) => require(path.join(benchLib, p));
    const { createStandinHost } = lib("standin/host.js");
    const { warmUp } = lib("hosts/office/index.js");
    const { insertTables } = lib("features/insert.js");
    const { checkWorkbook, clearFlags, selectCell } = lib("features/check.js");
    const { newYear } = lib("features/newYear.js");
    const { realisticReport } = lib("core/check/testing/fixtures.js");
    const { FORMATS, cellKey } = lib("core/format/index.js");
    const { sheetLayout } = lib("core/format/sheetLayout.js");

    const { host, view } = createStandinHost();
    const results = [];
    const count = async (label, action, budget = BUDGET) => {
      const before = view.syncCount;
      const value = await action();
      const syncs = view.syncCount - before;
      results.push({ label, value: syncs, unit: "syncs", budget: `≤ ${budget}`, ok: syncs <= budget });
      return value;
    };

    await count("task-pane start-up (sheet names, not a user action)", () => warmUp(host), 1);
    await count("插入表格 (insert)", () =>
      insertTables(host, { year: 2024, unit: "胡集乡", tables: ["二", "三", "四"] }),
    );
    // The user fills the tables (one number wrong), as typing into cells: no sync.
    const format = FORMATS["2021"];
    const layout = sheetLayout(format, ["二", "三", "四"], { unit: "胡集乡", year: 2024, prefix: "DT_2024" });
    const report = realisticReport({ seed: 7, year: 2024 });
    for (const placed of layout.tables) {
      for (const cell of format.tables[placed.table].dataCells) {
        let value = report.cells.get(cellKey(cell.table, cell.row, cell.column)).value;
        if (cell.row.includes("（二）部分公开") && cell.column === "自然人") value += 6;
        view.typeInto("2024年报表", placed.top + cell.r, placed.left + cell.c, String(value));
      }
    }
    const checked = await count("校验 (check, flags written)", () => checkWorkbook(host));
    await count("校验 again (old flags replaced)", () => checkWorkbook(host));
    const suspect = checked.reports[0].findings.find((f) => f.suspect && f.suspect.ref);
    if (suspect) await count("go to a finding's cell", () => selectCell(host, suspect.suspect.ref));
    await count("清除标记 (clear flags)", () => clearFlags(host));
    await count("生成新年度 (new year)", () => newYear(host));
    await count("校验 of both years (R5)", () => checkWorkbook(host));
    return results;
  },
};
