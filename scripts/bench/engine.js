/** Engine time per report (budget ≤ 1 ms, DESIGN.md): checkReport on a city-size report with last year's. */
"use strict";
const fs = require("fs");
const path = require("path");

const BUDGET_MS = 1;
const PUBLISHED = path.resolve(__dirname, "..", "..", "..", "shared", "samples", "huaian-city-2024-raw-pdftotext.txt");

function msPerCheck(check, iterations) {
  for (let i = 0; i < 200; i += 1) check();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) check();
  return Number(process.hrtime.bigint() - start) / 1e6 / iterations;
}

function row(label, ms) {
  return { label, value: ms.toFixed(3), unit: "ms", budget: `≤ ${BUDGET_MS}`, ok: ms <= BUDGET_MS };
}

module.exports = {
  title: "checking one full report in the engine",
  async run({ benchLib }) {
    const { benchEngine } = require(path.join(benchLib, "core", "check", "bench.js"));
    const rows = [
      ["consistent report", "clean"],
      ["report with errors (suspects, suggestions)", "errors"],
    ].map(([label, variant]) => row(label, benchEngine(3000, variant)));
    const published = "published report with its prose (淮安 2024 text: tables, R10 on 2,100 characters)";
    if (!fs.existsSync(PUBLISHED)) return [...rows, { label: published, skipped: "../shared 不存在" }];
    const { reportFromText } = require(path.join(benchLib, "core", "report", "fromText.js"));
    const { checkReport } = require(path.join(benchLib, "core", "check", "engine.js"));
    const report = reportFromText(fs.readFileSync(PUBLISHED, "utf8"), PUBLISHED);
    return [
      ...rows,
      row(
        published,
        msPerCheck(() => checkReport(report), 2000),
      ),
    ];
  },
};
