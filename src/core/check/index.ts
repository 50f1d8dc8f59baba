/** The rule engine's public face: check a report, render findings. (The benchmark lives in ./bench.) */
export { checkReport, noteFinding, type CheckOptions } from "./engine";
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
