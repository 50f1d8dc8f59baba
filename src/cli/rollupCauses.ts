/**
 * After `rollup --force`: a finding on the summary that a part's own error explains, traced to that part and its
 * cell ("由李集镇 J23 引起"), so the office knows whom to ask rather than looking at the summary's cell.
 */
import { shortCellName } from "../core/format";
import { columnLetters } from "../core/grid/address";
import type { Finding, FindingCell } from "../core/check/types";
import type { ReadPart } from "./parts";

const cellsKey = (cells: readonly FindingCell[]) =>
  cells
    .map((c) => `${c.row}\u0000${c.column}`)
    .sort()
    .join("\u0001");

/** Where to look in the part: its address (J23) in a workbook, the cell's name in a text. */
function placeOf(cell: FindingCell): string {
  return cell.ref ? `${columnLetters(cell.ref.col)}${cell.ref.row + 1}` : shortCellName(cell);
}

/** The parts' errors of the same rule over the same cells as the summary's finding. */
function sameFailure(summary: Finding, part: Finding): boolean {
  return (
    part.severity === "error" &&
    part.rule === summary.rule &&
    part.table === summary.table &&
    cellsKey(part.cells) === cellsKey(summary.cells)
  );
}

/** "由李集镇 J23 引起" for each part whose error the summary's finding repeats; empty when none does. */
export function causesInParts(finding: Finding, parts: readonly ReadPart[]): string[] {
  const causes: string[] = [];
  for (const part of parts) {
    const own = part.findings.find((f) => sameFailure(finding, f));
    if (!own) continue;
    const cell = own.suspect ?? own.candidates?.[0] ?? own.cells[0];
    const where = cell ? ` ${placeOf(cell)}` : "";
    const file = part.name === part.source ? "" : `（${part.source}）`;
    causes.push(`由${part.name}${where} 引起${file}`);
  }
  return causes;
}
