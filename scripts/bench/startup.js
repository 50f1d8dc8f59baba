/**
 * Start-up (budget ≤ 1 s): from navigation to the task pane's buttons enabled, in the browser preview
 * (dist/preview.html: the Excel stand-in and the production task pane), in real Chromium, served on localhost.
 * Each run in a fresh browser context (nothing cached); the median of the runs is held to the budget.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { serveStatic } = require("../serve");

const BUDGET_MS = 1000;
const RUNS = 5;
const { CHROMIUM, hasChromium, launchChromium, taskPaneReadyAt } = require("../../test/browser/chromium");

async function startupOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "zh-CN" });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    return await taskPaneReadyAt(page, 30_000);
  } finally {
    await context.close();
  }
}

module.exports = {
  title: "start-up of the task pane (browser preview, Chromium)",
  async run({ dist }) {
    const label = "page load → task-pane buttons enabled";
    if (!hasChromium()) return [{ label, skipped: `未找到 Chromium（${CHROMIUM}）` }];
    if (!fs.existsSync(path.join(dist, "preview.html"))) {
      return [{ label, skipped: "dist/preview.html 不存在：先运行 npm run build" }];
    }
    const server = await serveStatic(dist, { port: 0, quiet: true });
    const browser = await launchChromium();
    try {
      const times = [];
      for (let i = 0; i < RUNS; i += 1) times.push(await startupOnce(browser, `${server.url}/preview.html`));
      const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
      return [
        {
          label: `${label}, median of ${RUNS} (${times.join(", ")} ms)`,
          value: median,
          unit: "ms",
          budget: `≤ ${BUDGET_MS}`,
          ok: median <= BUDGET_MS,
        },
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
