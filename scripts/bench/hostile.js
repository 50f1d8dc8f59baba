/**
 * Hostile inputs (issue 12 items 6–7): `check` on each of scripts/bench/hostileInputs.js's files — a stray cell in
 * XFD1048576, a table name covering the whole sheet, 12 MB of repeated labels, a 1 MB line, zip bombs of 1 and 2 GB
 * of XML (true and lying sizes) — each in a fresh process. Budget (DESIGN.md): answered within 10 s and 1 GB.
 * Needs the compiled command line (npm run build:cli).
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { writeHostileInputs } = require("./hostileInputs");

const ROOT = path.resolve(__dirname, "..", "..");
const CHILD = path.join(__dirname, "hostileChild.js");
const BUDGET_MS = 10_000;
const BUDGET_MB = 1024;

function measure(file) {
  const out = execFileSync(process.execPath, [CHILD, file], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    timeout: 120_000,
  });
  return JSON.parse(out.trim().split("\n").pop());
}

module.exports = {
  title: "hostile inputs: check answers each within 10 s and 1 GB (time, peak memory)",
  async run() {
    if (!fs.existsSync(path.join(ROOT, "lib", "cli", "main.js"))) {
      execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dt-bench-hostile-"));
    try {
      const files = { ...writeHostileInputs(path.join(dir, "1g"), { bombMb: 1024 }) };
      const twoGb = writeHostileInputs(path.join(dir, "2g"), { bombMb: 2048 });
      for (const [name, file] of Object.entries(twoGb)) if (name.startsWith("zip-bomb")) files[name] = file;
      const results = [];
      for (const [name, file] of Object.entries(files)) {
        let run;
        try {
          run = measure(file);
        } catch (error) {
          run = { error: String(error.message || error).split("\n")[0] };
        }
        if (run.error) {
          results.push({
            label: `${name}: failed (${run.error})`,
            value: "—",
            unit: "",
            budget: "answered",
            ok: false,
          });
          continue;
        }
        results.push(
          {
            label: `${name} (exit ${run.status}): time`,
            value: run.ms,
            unit: "ms",
            budget: `≤ ${BUDGET_MS}`,
            ok: run.ms <= BUDGET_MS,
          },
          {
            label: `${name}: peak memory`,
            value: run.maxRssMb,
            unit: "MB",
            budget: `≤ ${BUDGET_MB}`,
            ok: run.maxRssMb <= BUDGET_MB,
          },
        );
      }
      return results;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

if (require.main === module) {
  module.exports.run().then((results) => {
    for (const r of results)
      process.stdout.write(
        `  ${r.label}: ${r.value} ${r.unit} (budget ${r.budget} ${r.unit}) ${r.ok ? "OK" : "OVER"}\n`,
      );
  });
}
