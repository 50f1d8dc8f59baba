#!/usr/bin/env node
/** npm run docs:rules: writes the rule table of docs/rules.md from the registry (src/core/check/rules, built into lib/). */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DOC = path.join(ROOT, "docs", "rules.md");
const { withRuleTable } = require(path.join(ROOT, "lib", "core", "check", "rules", "docTable.js"));

const before = fs.readFileSync(DOC, "utf8");
const after = withRuleTable(before);
if (after === before) process.stdout.write("docs/rules.md: the rule table is up to date\n");
else {
  fs.writeFileSync(DOC, after);
  process.stdout.write("docs/rules.md: rule table written\n");
}
