/**
 * `check` on many workbooks against ExcelJS alone (DESIGN.md budget: check ≤ 1.5 × the time ExcelJS needs to
 * open the same files), and peak memory at 100 and 1,000 files (it must stay flat: one file at a time).
 *
 * Generates N report workbooks (laid out like `template`, consistent random numbers of a city's size) into a
 * temporary folder, then, each in a fresh process so that time and peak RSS are its own:
 *   open   ExcelJS alone: workbook.xlsx.load(bytes) for every file, one at a time (the fastest way ExcelJS opens)
 *   check  `check FOLDER --json` in-process through the command line's own code (lib/cli/main.js)
 * Each is run `repeats` times, alternating, and the fastest run is kept (the machine is shared).
 *
 *   node scripts/bench/checkMany.js [--files 1000] [--repeats 2] [--keep DIR]
 *   const { benchCheckMany } = require("./bench/checkMany"); await benchCheckMany({ files: 1000 })
 * Needs the compiled command line (npm run build:cli). Exit status 1 when over budget.
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const LIB = path.join(ROOT, "lib");
const CHILD = path.join(__dirname, "checkManyChild.js");
const BUDGET = 1.5;

function ensureBuilt() {
  if (fs.existsSync(path.join(LIB, "cli", "main.js"))) return;
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
}

/** N workbooks like `template`, filled with consistent city-size reports (R1–R6 hold). */
async function generate(dir, count) {
  const { realisticReport } = require(path.join(LIB, "core", "check", "testing", "fixtures.js"));
  const { reportSheetOps } = require(path.join(LIB, "features", "reportSheet.js"));
  const { exceljsHost, newWorkbook, saveXlsx } = require(path.join(LIB, "hosts", "exceljs", "index.js"));
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < count; i += 1) {
    const report = realisticReport({ seed: i + 1, year: 2024 });
    const unit = `乡镇${i + 1}`;
    const workbook = newWorkbook();
    await exceljsHost(workbook).run(async (session) => {
      const sheet = reportSheetOps(report, await session.read({ values: false }), { unit, year: 2024 });
      await session.write(sheet.ops);
    });
    const file = path.join(dir, `report-${String(i + 1).padStart(5, "0")}.xlsx`);
    await saveXlsx(workbook, file);
    files.push(file);
  }
  return files;
}

function measure(mode, dir) {
  const out = execFileSync(process.execPath, [CHILD, mode, dir], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(out.trim().split("\n").pop());
  if (mode === "check" && result.status !== 0)
    throw new Error(`check found problems in generated files (exit ${result.status})`);
  return result;
}

/** Runs open and check `repeats` times, alternating; keeps the fastest time and the highest peak memory. */
function compare(dir, repeats) {
  const best = { open: null, check: null };
  for (let i = 0; i < repeats; i += 1) {
    for (const mode of ["open", "check"]) {
      const run = measure(mode, dir);
      const kept = best[mode];
      best[mode] = kept
        ? { ...kept, ms: Math.min(kept.ms, run.ms), maxRssMb: Math.max(kept.maxRssMb, run.maxRssMb) }
        : run;
    }
  }
  return {
    files: best.check.files,
    openMs: Math.round(best.open.ms),
    checkMs: Math.round(best.check.ms),
    ratio: Math.round((best.check.ms / best.open.ms) * 100) / 100,
    openRssMb: best.open.maxRssMb,
    checkRssMb: best.check.maxRssMb,
  };
}

async function benchCheckMany(options = {}) {
  const count = options.files ?? 1000;
  const repeats = options.repeats ?? 2;
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  ensureBuilt();
  const root = options.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), "dt-bench-many-"));
  const all = path.join(root, "all");
  try {
    log(`生成 ${count} 个报表工作簿于 ${all} …`);
    const start = performance.now();
    const files = fs.existsSync(all) && fs.readdirSync(all).length === count ? null : await generate(all, count);
    const generateMs = Math.round(performance.now() - start);
    const small = Math.min(100, count);
    const first = path.join(root, `first${small}`);
    if (!fs.existsSync(first)) {
      fs.mkdirSync(first);
      for (const file of (files ?? fs.readdirSync(all).map((f) => path.join(all, f))).slice(0, small).sort()) {
        fs.copyFileSync(file, path.join(first, path.basename(file)));
      }
    }
    log(`测量 ${small} 个文件 …`);
    const atSmall = compare(first, repeats);
    log(`测量 ${count} 个文件 …`);
    const atAll = compare(all, repeats);
    return {
      files: count,
      generateMs,
      budget: BUDGET,
      withinBudget: atAll.ratio <= BUDGET,
      [small]: atSmall,
      [count]: atAll,
    };
  } finally {
    if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
  }
}

function describe(result) {
  const lines = [];
  for (const key of Object.keys(result).filter((k) => /^\d+$/.test(k))) {
    const r = result[key];
    lines.push(
      `${String(r.files).padStart(5)} 个文件：ExcelJS 打开 ${r.openMs} ms，check ${r.checkMs} ms（${r.ratio} 倍）；` +
        `峰值内存 check ${r.checkRssMb} MB，ExcelJS ${r.openRssMb} MB`,
    );
  }
  lines.push(`预算：check ≤ ${result.budget} 倍 ExcelJS 打开时间 —— ${result.withinBudget ? "满足" : "超出"}`);
  return lines.join("\n");
}

module.exports = { benchCheckMany, describe, BUDGET };

if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  benchCheckMany({
    files: value("--files") ? Number(value("--files")) : undefined,
    repeats: value("--repeats") ? Number(value("--repeats")) : undefined,
    keep: value("--keep"),
  })
    .then((result) => {
      process.stdout.write(`${describe(result)}\n${JSON.stringify(result)}\n`);
      process.exitCode = result.withinBudget ? 0 : 1;
    })
    .catch((error) => {
      process.stderr.write(`${error.stack || error}\n`);
      process.exitCode = 2;
    });
}
