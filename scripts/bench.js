#!/usr/bin/env node
/**
 * npm run bench: the budgets of DESIGN.md, measured in one run (after npm run build).
 *
 * Each measurement is a part in scripts/bench/ listed in PARTS below, a CommonJS module:
 *   module.exports = { title: "…", async run(ctx) { return [result, …]; } }
 * where a result is { label, value, unit, budget, ok } (budget: text such as "≤ 2") or { label, skipped: "why" }.
 * ctx: { root, dist, benchLib } — benchLib is the compiled TypeScript the parts need (tsconfig.bench.json).
 * Other files in scripts/bench/ (child processes, helpers) are not parts. The county office's measurement
 * (check on many .xlsx vs ExcelJS's open time) is the part "county": until scripts/bench/county.js exists,
 * the run says it is not measured yet.
 *
 * Prints one line per result with its budget and OK / OVER; exits 1 when something is over its budget.
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PARTS_DIR = path.join(__dirname, "bench");
const BENCH_LIB = path.join(ROOT, "lib", "bench");
/** The parts, in the order they run. */
const PARTS = ["syncs", "requests", "engine", "bundle", "startup", "county", "hostile", "documents"];
/** The county office's check on many .xlsx files (DESIGN.md budget: within 1.5× ExcelJS's open time). */
const COUNTY_PART = "county";

function log(line = "") {
  process.stdout.write(`${line}\n`);
}

/** Compiles what the parts run (features, hosts, stand-in, engine) for Node into lib/bench. */
function compile() {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.bench.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}

function parts() {
  return PARTS.filter((name) => fs.existsSync(path.join(PARTS_DIR, `${name}.js`))).map((name) => ({
    name,
    ...require(path.join(PARTS_DIR, `${name}.js`)),
  }));
}

function line(result) {
  if (result.skipped) return `  ${result.label}: 跳过 · skipped — ${result.skipped}`;
  const verdict = result.ok ? "OK" : "OVER";
  return `  ${result.label}: ${result.value} ${result.unit} (budget ${result.budget} ${result.unit}) ${verdict}`;
}

async function main() {
  compile();
  const ctx = { root: ROOT, dist: path.join(ROOT, "dist"), benchLib: BENCH_LIB };
  const tally = { ok: 0, over: 0, skipped: 0 };
  const found = parts();
  for (const part of found) {
    log(part.title);
    let results;
    try {
      results = await part.run(ctx);
    } catch (error) {
      results = [{ label: part.name, value: "failed", unit: "", budget: "—", ok: false }];
      log(`  ${part.name} failed: ${error && error.stack ? error.stack : error}`);
    }
    for (const result of results) {
      log(line(result));
      if (result.skipped) tally.skipped += 1;
      else if (result.ok) tally.ok += 1;
      else tally.over += 1;
    }
  }
  if (!found.some((p) => p.name === COUNTY_PART)) {
    log("county office: check on many .xlsx vs ExcelJS open time");
    log(`  not measured yet: add scripts/bench/${COUNTY_PART}.js (a part, see the top of scripts/bench.js)`);
    tally.skipped += 1;
  }
  log();
  log(`${tally.ok} OK, ${tally.over} OVER, ${tally.skipped} skipped`);
  return tally.over > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`bench failed: ${error && error.stack ? error.stack : error}\n`);
    process.exit(2);
  },
);
