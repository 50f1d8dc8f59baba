/** Which cells to flag after a check, and with what: one flag per cell, the strongest level, every message. */
import { shortCellName } from "../core/format";
import type { Finding } from "../core/check/types";
import type { FlagLevel, WriteOp } from "../hosts/types";

const STRENGTH: Record<FlagLevel, number> = { warning: 0, error: 1, suspect: 2 };

interface PendingFlag {
  sheet: string;
  row: number;
  col: number;
  level: FlagLevel;
  messages: string[];
}

function formatNumber(value: number): string {
  return String(value);
}

/** The flag ops for these findings: every involved cell with a ref, the suspect marked distinctly. */
export function flagOps(findings: readonly Finding[]): WriteOp[] {
  const byCell = new Map<string, PendingFlag>();
  const mark = (ref: { sheet: string; row: number; col: number }, level: FlagLevel, message: string) => {
    const key = `${ref.sheet}\u0000${ref.row}\u0000${ref.col}`;
    const flag = byCell.get(key) ?? { ...ref, level, messages: [] };
    if (STRENGTH[level] > STRENGTH[flag.level]) flag.level = level;
    if (!flag.messages.includes(message)) flag.messages.push(message);
    byCell.set(key, flag);
  };
  for (const finding of findings) {
    const level: FlagLevel = finding.severity === "error" ? "error" : "warning";
    for (const cell of finding.cells) {
      if (cell.ref) mark(cell.ref, level, finding.message);
    }
    const suspect = finding.suspect;
    if (suspect?.ref) {
      // A warning's suspect is painted as a warning: only errors get the strong suspect colour.
      mark(
        suspect.ref,
        finding.severity === "error" ? "suspect" : "warning",
        `最可能填错：${shortCellName(suspect)}，建议值 ${formatNumber(suspect.suggested)}。${suspect.reason}`,
      );
    }
  }
  return [...byCell.values()].map((flag) => ({
    op: "flag",
    sheet: flag.sheet,
    row: flag.row,
    col: flag.col,
    level: flag.level,
    message: flag.messages.join("\n"),
  }));
}
