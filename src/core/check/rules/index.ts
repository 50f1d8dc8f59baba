/**
 * The registry: every rule of 校验 and check, in the order their findings are listed. Adding a rule is one file
 * exporting a RuleDefinition and one line here.
 */
import { cellValues } from "./cellValues";
import { formulaRule } from "./formulas";
import { linearRules } from "./linear";
import { partsRule } from "./parts";
import { previousYear } from "./previousYear";
import { proseRule } from "./prose";
import { readingNotes } from "./readingNotes";
import { reportTextRule, textSimilarityRule } from "./reportText";
import { ruleMakingRule } from "./ruleMaking";
import type { RuleDefinition, RuleId, RuleMeta } from "./types";
import { unreadableFile } from "./unreadable";

export const RULES: readonly RuleDefinition[] = [
  readingNotes,
  previousYear,
  cellValues,
  linearRules,
  formulaRule,
  ruleMakingRule,
  proseRule,
  reportTextRule,
  textSimilarityRule,
  partsRule,
  unreadableFile,
];

/** Every rule's description, by id. */
export const RULE_META: ReadonlyMap<RuleId, RuleMeta> = new Map(RULES.flatMap((d) => d.rules.map((r) => [r.id, r])));

/** What a rule's findings are about, in plain Chinese (rule ids stay in --json and tooltips). */
export function ruleTitle(rule: string): string {
  return RULE_META.get(rule as RuleId)?.title ?? "其他问题";
}

export type { RollupRef, RuleContext, RuleDefinition, RuleId, RuleMeta, RuleRefs, RuleScope } from "./types";
