/**
 * One measurement of the check-many benchmark, in a fresh process so that its peak memory is its own:
 *   node checkManyChild.js open DIR    — ExcelJS alone opens every .xlsx in DIR, one at a time
 *   node checkManyChild.js check DIR   — `check DIR --json` in-process, through the command line's own code
 * Prints one JSON line: { mode, files, ms, maxRssMb }.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

async function openAll(dir) {
  const ExcelJS = require(path.join(ROOT, "node_modules", "exceljs"));
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(dir, f));
  const start = performance.now();
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(file));
  }
  return { files: files.length, ms: performance.now() - start };
}

async function checkAll(dir) {
  const { main } = require(path.join(ROOT, "lib", "cli", "main.js"));
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).length;
  const write = process.stdout.write.bind(process.stdout);
  let printed = 0;
  process.stdout.write = (chunk) => {
    printed += chunk.length;
    return true;
  };
  const start = performance.now();
  let status;
  try {
    status = await main(["check", dir, "--json"]);
  } finally {
    process.stdout.write = write;
  }
  return { files, ms: performance.now() - start, status, printed };
}

async function run() {
  const [mode, dir] = process.argv.slice(2);
  const result = mode === "open" ? await openAll(dir) : await checkAll(dir);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ mode, ...result, maxRssMb: Math.round(maxRssMb) })}\n`);
}

run().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
