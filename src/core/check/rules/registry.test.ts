import * as fs from "fs";
import * as path from "path";
import { realisticReport } from "../testing/fixtures";
import { checkReport, ruleContext } from "../engine";
import type { RuleId } from "../types";
import { ruleTable, withRuleTable } from "./docTable";
import { RULE_META, RULES, ruleTitle } from "./index";

const ROOT = path.resolve(__dirname, "..", "..", "..", "..");
const DOC = path.join(ROOT, "docs", "rules.md");

/** Every id of the RuleId union, checked by the compiler in both directions. */
const ALL_IDS: Record<RuleId, true> = {
  R1: true,
  R2: true,
  R3: true,
  R4: true,
  R5: true,
  R6: true,
  R7: true,
  R8: true,
  R9: true,
  R10: true,
  R11: true,
  P1: true,
  F0: true,
  F1: true,
  F2: true,
  F3: true,
  F4: true,
  F5: true,
  F6: true,
  F7: true,
  F8: true,
  F9: true,
  T1: true,
  T2: true,
  T3: true,
  T4: true,
};

describe("the rule registry", () => {
  test("every rule id is defined exactly once, with a title and a description", () => {
    const ids = RULES.flatMap((d) => d.rules.map((r) => r.id));
    expect([...ids].sort()).toEqual(Object.keys(ALL_IDS).sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULE_META.values()) {
      expect(rule.title).toMatch(/\p{Script=Han}/u);
      expect(rule.doc.length).toBeGreaterThan(5);
      expect(ruleTitle(rule.id)).toBe(rule.title);
    }
  });

  test("no two kinds of finding share a title: a summary of many files never lists two kinds under one name", () => {
    const titles = [...RULE_META.values()].map((r) => r.title);
    const shared = titles.filter((t, i) => titles.indexOf(t) !== i);
    expect(shared).toEqual([]);
  });

  test("a definition's findings carry only its own ids", () => {
    const report = realisticReport({ seed: 7 });
    const cell = [...report.cells.values()].find((c) => c.def.table === "三" && (c.value ?? 0) > 3)!;
    cell.value = (cell.value ?? 0) + 1;
    cell.raw = cell.value;
    const found = checkReport(report);
    expect(found.length).toBeGreaterThan(0);
    const ctx = ruleContext(report);
    const run = RULES.flatMap((definition) => {
      const own = new Set(definition.rules.map((r) => r.id));
      const findings = definition.run(report, ctx);
      for (const f of findings) expect(own.has(f.rule)).toBe(true);
      return findings;
    });
    // The engine lists what the definitions found, nothing more, nothing less.
    expect(run.length).toBe(found.length);
    expect(found.some((f) => f.rule === "R2" || f.rule === "R3" || f.rule === "R1")).toBe(true);
  });

  test("docs/rules.md's rule table is the one generated from the registry (npm run docs:rules)", () => {
    const doc = fs.readFileSync(DOC, "utf8");
    expect(doc).toContain(ruleTable());
    expect(withRuleTable(doc)).toBe(doc);
  });

  test("docs/rules.md points to nothing outside the repository", () => {
    const doc = fs.readFileSync(DOC, "utf8");
    expect(doc).not.toMatch(/\/work\/|\(\.\.\/\.\.|`\.\.\/shared|file:\/\//);
    for (const [, target] of doc.matchAll(/\]\(([^)#]+)/g)) {
      if (/^https?:/.test(target)) continue;
      expect(fs.existsSync(path.resolve(path.dirname(DOC), target))).toBe(true);
    }
  });
});
