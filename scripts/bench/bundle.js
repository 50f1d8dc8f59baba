/**
 * Task-pane JavaScript, gzip, production build (budget ≤ 150 KB, DESIGN.md): what taskpane.html loads from
 * the add-in's own site (office.js comes from Microsoft's CDN and is not counted).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET_KB = 150;

/** The add-in's own scripts that taskpane.html loads (webpack injects them as <script src="…">). */
function scriptsOf(html) {
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^(https?:)?\/\//.test(src));
}

module.exports = {
  title: "task-pane bundle (production build, gzip -9)",
  async run({ dist }) {
    const html = path.join(dist, "taskpane.html");
    if (!fs.existsSync(html))
      return [{ label: "taskpane", skipped: "dist/taskpane.html 不存在：先运行 npm run build" }];
    const page = fs.readFileSync(html);
    const files = ["taskpane.html", ...scriptsOf(page.toString("utf8")).map((src) => src.replace(/^\.?\//, ""))];
    let total = 0;
    const parts = files.map((file) => {
      const gzip = zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
      total += gzip;
      return `${file} ${(gzip / 1024).toFixed(1)}`;
    });
    const kb = total / 1024;
    return [
      {
        label: `task pane (${parts.join(" + ")})`,
        value: kb.toFixed(1),
        unit: "KB",
        budget: `≤ ${BUDGET_KB}`,
        ok: kb <= BUDGET_KB,
      },
    ];
  },
};
