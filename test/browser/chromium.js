/** Debian's Chromium as the browser tests and the start-up bench launch it (no downloads, no network). */
"use strict";
const fs = require("fs");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

function hasChromium() {
  return fs.existsSync(CHROMIUM);
}

/** Launches headless Chromium with playwright-core. */
function launchChromium() {
  const { chromium } = require("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** The task pane's action buttons: start-up ends when all are enabled. */
const TASK_PANE_BUTTONS = ["插入表格", "校验", "清除标记", "生成新年度"];

/** Waits until every task-pane button is enabled; resolves with performance.now() at that moment (ms). */
async function taskPaneReadyAt(page, timeout) {
  const handle = await page.waitForFunction(
    (names) => {
      const buttons = [...document.querySelectorAll("#container button")];
      const ready = names.every((n) => buttons.some((b) => b.textContent.trim() === n && !b.disabled));
      return ready ? performance.now() : false;
    },
    TASK_PANE_BUTTONS,
    { polling: "raf", timeout },
  );
  return Math.round(await handle.jsonValue());
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, TASK_PANE_BUTTONS, hasChromium, launchChromium, taskPaneReadyAt };
