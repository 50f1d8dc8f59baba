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

module.exports = { CHROMIUM, CHROMIUM_ARGS, hasChromium, launchChromium };
