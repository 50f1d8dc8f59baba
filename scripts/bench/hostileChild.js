/**
 * One measurement of the hostile-inputs bench, in a fresh process so that its peak memory is its own:
 *   node hostileChild.js FILE   — `check FILE --json` in-process, through the command line's own code
 * Prints one JSON line: { status, ms, maxRssMb }.
 */
"use strict";
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

async function run() {
  const { main } = require(path.join(ROOT, "lib", "cli", "main.js"));
  const quiet = () => true;
  const out = process.stdout.write.bind(process.stdout);
  process.stdout.write = quiet;
  process.stderr.write = quiet;
  const start = performance.now();
  let status;
  try {
    status = await main(["check", process.argv[2], "--json"]);
  } finally {
    process.stdout.write = out;
  }
  const ms = performance.now() - start;
  out(
    `${JSON.stringify({ status, ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  );
}

run().catch((error) => {
  process.stdout.write(`${JSON.stringify({ error: String(error && error.stack ? error.stack : error) })}\n`);
  process.exit(1);
});
