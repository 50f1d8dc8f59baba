/**
 * A rule of the registry: what it checks (for people and for docs/rules.md) and how it runs. A definition holds
 * one rule, or a family whose rules are found together (R1–R6 share one search for the suspect cell).
 */
import type { TableId } from "../../format";
import type { Report } from "../../report/model";
import type { Evaluation } from "../evaluate";
import type { Localisation } from "../suspect";
import type { PartReport } from "../parts";
import type { Finding, RuleId, Severity } from "../types";

export type { RuleId };

/** What a rule looks at: the readers' notes, a cell, a table's relations, the report, other reports, the file. */
export type RuleScope = "reading" | "cell" | "table" | "report" | "cross-year" | "parts" | "file";

export interface RuleMeta {
  id: RuleId;
  severity: Severity;
  /** When some findings differ from `severity`, in words (docs/rules.md). */
  severityNote?: string;
  /** What the findings are about, in plain Chinese, for summaries people read (ids stay in --json). */
  title: string;
  /** What it checks (docs/rules.md). */
  doc: string;
  /** Where the rule comes from (docs/rules.md). */
  source: string;
}

/** Reference data: reports other than the one checked. Rules read them only from here. */
export interface RuleRefs {
  /** Last year's report, for the cross-year rules (R5, R6) and P1. */
  previous?: Report | null;
  /** Reports given as last year's that fit no report checked (another year or unit): P1 says so. */
  previousUnmatched?: readonly Report[];
  /** The reports a summary adds up (R11): one list per roll-up the summary is linked to. */
  rollups?: readonly RollupRef[];
}

/** A summary's parts, as its roll-up lists them; `missing`: listed part sheets that hold no report. */
export interface RollupRef {
  parts: readonly PartReport[];
  missing?: { list: string; sheets: readonly string[] };
}

/** The linear rules evaluated on the report, with the cells that explain their failures. */
export interface Analysis extends Evaluation {
  loc: Localisation;
}

export interface RuleContext {
  refs: RuleRefs;
  /** Computed once per check, on first use. */
  analysis(): Analysis;
}

export interface RuleDefinition {
  rules: readonly RuleMeta[];
  scope: RuleScope;
  /** Findings of this definition's rules, each with its table (or null for the whole report). */
  run(report: Report, ctx: RuleContext): Finding[];
}

export type TableFinding = Finding & { table: TableId };
