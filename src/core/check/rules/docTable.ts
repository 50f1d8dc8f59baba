/** The rule table of docs/rules.md, generated from the registry (npm run docs:rules; a test keeps them equal). */
import { RULES } from "./index";

export const TABLE_BEGIN =
  "<!-- rule table: generated from src/core/check/rules by `npm run docs:rules`; do not edit -->";
export const TABLE_END = "<!-- end of rule table -->";

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function ruleTable(): string {
  const lines = ["| id | checks | severity | where it comes from | scope |", "| --- | --- | --- | --- | --- |"];
  for (const definition of RULES) {
    for (const rule of definition.rules) {
      const severity = rule.severityNote ? `${rule.severity} (${rule.severityNote})` : rule.severity;
      lines.push(`| ${[rule.id, rule.doc, severity, rule.source, definition.scope].map(cell).join(" | ")} |`);
    }
  }
  return lines.join("\n");
}

/** `doc` with the text between the markers replaced by the generated table. */
export function withRuleTable(doc: string): string {
  const begin = doc.indexOf(TABLE_BEGIN);
  const end = doc.indexOf(TABLE_END);
  if (begin < 0 || end < begin) throw new Error("docs/rules.md has no rule-table markers");
  return `${doc.slice(0, begin)}${TABLE_BEGIN}\n\n${ruleTable()}\n\n${doc.slice(end)}`;
}
