#!/usr/bin/env node
"use strict";
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("命令行尚未编译：请先在项目根目录运行 npm install（或 npm run build:cli）。\n");
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    process.stderr.write(`内部错误：${err && err.stack ? err.stack : err}\n`);
    process.exit(2);
  });
