/**
 * The county office's part of npm run bench: `check` on 1,000 report workbooks against ExcelJS alone
 * (budget: check ≤ 1.5 × ExcelJS's open time) and peak memory at 100 and 1,000 files (flat: the 1,000-file peak
 * within 1.5 × the 100-file peak). The measurement itself is scripts/bench/checkMany.js.
 */
"use strict";
const { benchCheckMany, BUDGET } = require("./checkMany");

const FILES = Number(process.env.BENCH_COUNTY_FILES || 1000);
const FLAT = 1.5;

module.exports = {
  title: `county office: check on ${FILES} .xlsx vs ExcelJS open time; peak memory`,
  async run() {
    const result = await benchCheckMany({ files: FILES, log: () => undefined });
    const all = result[FILES];
    const small = result[Math.min(100, FILES)];
    return [
      {
        label: `${FILES} files: check ${all.checkMs} ms / ExcelJS open ${all.openMs} ms`,
        value: all.ratio,
        unit: "×",
        budget: `≤ ${BUDGET}`,
        ok: all.ratio <= BUDGET,
      },
      {
        // Informational: at 100 files the first files (code not yet optimised by V8) weigh more.
        label: `${small.files} files: check ${small.checkMs} ms / ExcelJS open ${small.openMs} ms (for information)`,
        value: small.ratio,
        unit: "×",
        budget: "—",
        ok: true,
      },
      {
        label: `peak RSS of check at ${FILES} files (at ${small.files}: ${small.checkRssMb} MB)`,
        value: all.checkRssMb,
        unit: "MB",
        budget: `≤ ${Math.round(small.checkRssMb * FLAT)}`,
        ok: all.checkRssMb <= small.checkRssMb * FLAT,
      },
    ];
  },
};
