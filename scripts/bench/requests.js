/**
 * Requests per user action on Microsoft's Office.js client (excel-web-16.00.js in jsdom, answered by the host
 * bridge over the stand-in): for each action, the largest request in bytes, the requests sent (the client's
 * clean-up after a run left out) and the flags written. Budgets (issue 11): any request ≤ 1 MB whatever the
 * workbook, and largest ÷ flags ≤ 300 bytes where flags are written. Prints one line per action:
 *   request bytes ACTION: largest N bytes, R requests, F flags
 */
"use strict";
const path = require("path");

const MAX_REQUEST = 1024 * 1024;
const PER_FLAG = 300;

module.exports = {
  title: "request bytes per user action (Microsoft's Office.js client over the host bridge)",
  async run({ benchLib }) {
    const lib = (p) => require(path.join(benchLib, p));
    const { createOfficeJsClient } = lib("standin/richApi/officeJs.js");
    const { insertTables } = lib("features/insert.js");
    const { checkWorkbook, clearFlags } = lib("features/check.js");
    const { realisticReport } = lib("core/check/testing/fixtures.js");
    const { FORMATS, cellKey } = lib("core/format/index.js");
    const { sheetLayout } = lib("core/format/sheetLayout.js");

    const results = [];
    const measure = async (client, action, run) => {
      const from = client.requests.length;
      const value = await run();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const sent = client.requests.slice(from).filter((r) => !r.cleanup);
      const largest = sent.reduce((max, r) => Math.max(max, r.bytes), 0);
      const flags = value && typeof value.flagged === "number" ? value.flagged : 0;
      process.stdout.write(
        `  request bytes ${action}: largest ${largest} bytes, ${sent.length} requests, ${flags} flags\n`,
      );
      results.push({
        label: `${action}: largest request`,
        value: largest,
        unit: "bytes",
        budget: `≤ ${MAX_REQUEST}`,
        ok: largest <= MAX_REQUEST,
      });
      if (flags > 0) {
        const perFlag = Math.round(largest / flags);
        results.push({
          label: `${action}: largest request ÷ flags`,
          value: perFlag,
          unit: "bytes/flag",
          budget: `≤ ${PER_FLAG}`,
          ok: perFlag <= PER_FLAG,
        });
      }
      return value;
    };

    const format = FORMATS["2021"];
    const typeInto = (view, sheet, prefix, fill) => {
      const layout = sheetLayout(format, ["二", "三", "四"], { unit: "胡集乡", year: 2024, prefix });
      for (const placed of layout.tables) {
        for (const cell of format.tables[placed.table].dataCells) {
          const value = fill(cell);
          if (value !== null) view.typeInto(sheet, placed.top + cell.r, placed.left + cell.c, String(value));
        }
      }
    };

    // One report, filled, with 10 numbers typed wrong.
    const one = createOfficeJsClient();
    await measure(one, "insert", () =>
      insertTables(one.host, { year: 2024, unit: "胡集乡", tables: ["二", "三", "四"] }),
    );
    const report = realisticReport({ seed: 7, year: 2024 });
    let wrong = 0;
    typeInto(one.view, "2024年报表", "DT_2024", (cell) => {
      let value = report.cells.get(cellKey(cell.table, cell.row, cell.column)).value;
      if (cell.table === "三" && wrong < 10 && cell.column === "自然人") {
        wrong += 1;
        value += 7;
      }
      return value;
    });
    const checked = await measure(one, "校验 one filled report with 10 errors", () => checkWorkbook(one.host));
    process.stdout.write(`    (${checked.errors} errors, ${checked.warnings} warnings found)\n`);

    // Twelve report sheets left blank but for one number each.
    const many = createOfficeJsClient();
    for (let i = 0; i < 12; i += 1) {
      const inserted = await insertTables(many.host, { year: 2024, unit: "胡集乡", tables: ["二", "三", "四"] });
      const prefix = inserted.names[0].replace(/_TITLE$/, "");
      let typed = false;
      typeInto(many.view, inserted.sheet, prefix, () => (typed ? null : ((typed = true), 1)));
    }
    await measure(many, "校验 12 blank report sheets", () => checkWorkbook(many.host));
    await measure(many, "清除标记 after 校验 of 12 sheets", () => clearFlags(many.host));
    return results;
  },
};
