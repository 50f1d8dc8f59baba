/**
 * Which cells to flag after a check, and with what: one flag per cell, the strongest level, every message.
 * A grouped finding (many cells, no single suspect: a blank table's 未填写) puts its message on its first
 * cell only; its other cells are coloured without a message.
 */
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

/** Cells a finding lists beyond which, with no suspect, it is one message (as the engine groups 未填写). */
const GROUPED_CELLS = 4;

function isGrouped(finding: Finding): boolean {
  return finding.suspect === null && finding.cells.length >= GROUPED_CELLS;
}

function formatNumber(value: number): string {
  return String(value);
}

/** The flag ops for these findings: every involved cell with a ref, the suspect marked distinctly. */
export function flagOps(findings: readonly Finding[]): WriteOp[] {
  const byCell = new Map<string, PendingFlag>();
  const mark = (ref: { sheet: string; row: number; col: number }, level: FlagLevel, message: string | null) => {
    const key = `${ref.sheet}\u0000${ref.row}\u0000${ref.col}`;
    const flag = byCell.get(key) ?? { ...ref, level, messages: [] };
    if (STRENGTH[level] > STRENGTH[flag.level]) flag.level = level;
    if (message !== null && !flag.messages.includes(message)) flag.messages.push(message);
    byCell.set(key, flag);
  };
  for (const finding of findings) {
    const level: FlagLevel = finding.severity === "error" ? "error" : "warning";
    const grouped = isGrouped(finding);
    finding.cells.forEach((cell, i) => {
      if (cell.ref) mark(cell.ref, level, grouped && i > 0 ? null : finding.message);
    });
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
