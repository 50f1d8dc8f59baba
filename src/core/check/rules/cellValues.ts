/** R7 (a readable number of the right kind) and R8 (filled in), cell by cell, with the value the rules imply. */
import { cellName, TABLE_IDS, type TableId } from "../../format";
import { cellFindings, cellIsClean } from "../cellRules";
import { findingCell, impliedSuspect } from "../suspect";
import type { Finding } from "../types";
import type { RuleDefinition } from "./types";

/** Above this many unfilled cells in a table (with no value to suggest), they are reported as one finding. */
export const UNFILLED_GROUP_MIN = 4;

/**
 * A blank table gives one R8 finding listing its unfilled cells rather than one per cell; unfilled cells
 * whose value the other rules imply keep their own finding, with the suggestion.
 */
function groupUnfilled(table: TableId, findings: Finding[]): Finding[] {
  const plain = findings.filter((f) => f.rule === "R8" && !f.suspect);
  if (plain.length < UNFILLED_GROUP_MIN) return findings;
  const first = plain[0].cells[0];
  const grouped: Finding = {
    severity: "error",
    rule: "R8",
    table,
    message: `表${table}有 ${plain.length} 个单元格未填写（空白或“/”“—”等）：没有发生的事项也应填写 0。第一个是 ${cellName({ table, row: first.row, column: first.column })}`,
    imbalance: null,
    cells: plain.flatMap((f) => f.cells),
    suspect: null,
  };
  const rest = findings.filter((f) => !plain.includes(f));
  return [grouped, ...rest];
}

export const cellValues: RuleDefinition = {
  scope: "cell",
  rules: [
    {
      id: "R7",
      severity: "error",
      severityNote: "or warning for a number that was read but written oddly",
      title: "数值无法识别或写法不规范",
      doc: "every data cell holds a number of the right kind (see “R7 in detail”)",
      source: "form semantics",
    },
    {
      id: "R8",
      severity: "error",
      title: "未填写的单元格",
      doc:
        "a data cell is filled: blank, “/”, “—”, “无”, “-” are unfilled (0 must be written as 0); four or more unfilled " +
        "cells of a table with no implied value are one finding listing them all",
      source: "reviewers' practice",
    },
  ],
  run(report, ctx) {
    const byTable = new Map<TableId, Finding[]>(TABLE_IDS.map((t) => [t, []]));
    let analysis: ReturnType<typeof ctx.analysis> | null = null;
    for (const [key, cell] of report.cells) {
      if (cellIsClean(cell)) continue;
      const at = findingCell(report, key);
      const found = cellFindings(cell, cellName(cell.def), at);
      for (const f of found) {
        if (f.severity !== "error") continue;
        analysis ??= ctx.analysis();
        f.suspect =
          f.rule === "R8" || at.value === null || typeof at.value === "string"
            ? impliedSuspect(report, key, analysis.implied.get(key))
            : (analysis.loc.byCell.get(key) ?? null);
      }
      byTable.get(cell.def.table)?.push(...found);
    }
    return TABLE_IDS.flatMap((t) => groupUnfilled(t, byTable.get(t) ?? []));
  },
};
