#!/usr/bin/env node
"use strict";
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("命令行尚未编译：请先在项目根目录运行 npm install（或 npm run build:cli）。\n");
  process.exit(2);
}

// A reader that stops early (`… | head -1`) closes the pipe: end quietly, with the status so far.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err && err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/** Exits once everything written to stdout and stderr has been handed over (a pipe may still hold 64 KB). */
function exitWhenFlushed(code) {
  process.exitCode = code;
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}

require(entry)
  .main(process.argv.slice(2))
  .then(exitWhenFlushed)
  .catch((err) => {
    process.stderr.write(`内部错误：${err && err.stack ? err.stack : err}\n`);
    exitWhenFlushed(2);
  });
