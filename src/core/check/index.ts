/** The rule engine's public face: check a report against the registry of rules, render findings. */
export { checkReport, type CheckOptions } from "./engine";
export { noteFinding } from "./rules/readingNotes";
export { RULES, RULE_META, ruleTitle, type RuleDefinition, type RuleId, type RuleMeta, type RuleRefs } from "./rules";
export {
  cellToJson,
  countBySeverity,
  fileToJson,
  findingToJson,
  suspectToJson,
  summaryLine,
  toCheckResult,
  type FileJson,
  type FindingCellJson,
  type FindingJson,
  type SuspectJson,
} from "./json";
export { typingCause, type Cause, type CauseKind } from "./causes";
export type { CheckResult, Finding, FindingCell, Severity, Suspect } from "./types";
