/** The findings of one report as the pane lists them: the suspect cells first (one entry each), then the rest. */
import type { Finding, Severity, Suspect } from "../core/check/types";

export interface SuspectGroup {
  suspect: Suspect;
  /** The findings this one cell explains. */
  findings: Finding[];
  severity: Severity;
}

export interface GroupedFindings {
  suspects: SuspectGroup[];
  /** Findings no single cell explains (candidates, unfilled cells, notes …), in their order. */
  rest: Finding[];
}

const suspectKey = (s: Suspect) =>
  s.ref ? `${s.ref.sheet}\u0000${s.ref.row}\u0000${s.ref.col}` : `${s.row}|${s.column}`;

/** Groups the findings that one suspect cell explains; two typos give two entries, not four errors. */
export function groupBySuspect(findings: readonly Finding[]): GroupedFindings {
  const groups = new Map<string, SuspectGroup>();
  const rest: Finding[] = [];
  for (const finding of findings) {
    const suspect = finding.suspect;
    if (!suspect) {
      rest.push(finding);
      continue;
    }
    const key = suspectKey(suspect);
    const group = groups.get(key) ?? { suspect, findings: [], severity: finding.severity };
    group.findings.push(finding);
    if (finding.severity === "error") group.severity = "error";
    groups.set(key, group);
  }
  return { suspects: [...groups.values()], rest };
}
