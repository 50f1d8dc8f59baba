/**
 * The rule engine: a Report and its reference data in, Findings out. It runs every definition of the registry
 * (./rules) and lists the findings: the readers' notes and P1 first, then table by table (二, 三, 四), then the
 * roll-up's R11 findings.
 */
import { FORMATS, TABLE_IDS, type TableId } from "../format";
import type { Report } from "../report/model";
import { evaluate } from "./evaluate";
import { ruleInstances } from "./instances";
import { RULES, type RuleContext, type RuleRefs, type RuleScope } from "./rules";
import type { Analysis } from "./rules/types";
import { localise } from "./suspect";
import type { Finding } from "./types";

/** Reference data for the check (last year's report, the parts of a summary): the rules' one way to other reports. */
export type CheckOptions = RuleRefs;

/** Where a scope's findings are listed. */
const PLACE: Record<RuleScope, "head" | "tables" | "tail"> = {
  reading: "head",
  "cross-year": "head",
  cell: "tables",
  table: "tables",
  report: "tables",
  parts: "tail",
  file: "tail",
};

function analyse(report: Report, previous: Report | null): Analysis {
  const format = report.format ? FORMATS[report.format] : null;
  const evaluation = evaluate(format ? ruleInstances(format) : [], report, previous);
  return { ...evaluation, loc: localise(report, evaluation.evaluated) };
}

/** What the rules are given: the reference data, and the linear rules' analysis, computed on first use. */
export function ruleContext(report: Report, refs: CheckOptions = {}): RuleContext {
  let analysis: Analysis | null = null;
  return { refs, analysis: () => (analysis ??= analyse(report, refs.previous ?? null)) };
}

export function checkReport(report: Report, refs: CheckOptions = {}): Finding[] {
  const ctx = ruleContext(report, refs);
  const head: Finding[] = [];
  const tail: Finding[] = [];
  const byTable = new Map<TableId, Finding[]>(TABLE_IDS.map((t) => [t, []]));
  for (const definition of RULES) {
    const place = PLACE[definition.scope];
    for (const f of definition.run(report, ctx)) {
      if (place === "head") head.push(f);
      else if (place === "tail") tail.push(f);
      else if (f.table !== null) byTable.get(f.table)?.push(f);
      // A finding about the whole report (its text: T1, T3, T4) follows the tables'.
      else tail.push(f);
    }
  }
  return [...head, ...TABLE_IDS.flatMap((t) => byTable.get(t) ?? []), ...tail];
}
