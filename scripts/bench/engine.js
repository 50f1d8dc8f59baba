/** Engine time per report (budget ≤ 1 ms, DESIGN.md): checkReport on a city-size report with last year's. */
"use strict";
const path = require("path");

const BUDGET_MS = 1;

module.exports = {
  title: "checking one full report in the engine",
  async run({ benchLib }) {
    const { benchEngine } = require(path.join(benchLib, "check", "bench.js"));
    return [
      ["consistent report", "clean"],
      ["report with errors (suspects, suggestions)", "errors"],
    ].map(([label, variant]) => {
      const ms = benchEngine(3000, variant);
      return { label, value: ms.toFixed(3), unit: "ms", budget: `≤ ${BUDGET_MS}`, ok: ms <= BUDGET_MS };
    });
  },
};
