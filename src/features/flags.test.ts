import type { Finding } from "../core/check/types";
import type { WriteOp } from "../hosts/types";
import { flagOps } from "./flags";

const at = (row: number, col: number) => ({ sheet: "2024年报表", row, col });
const cell = (row: number, col: number, column = "自然人") => ({ row: "r", column, ref: at(row, col), value: 1 });

function finding(partial: Partial<Finding>): Finding {
  return {
    severity: "error",
    rule: "R2",
    table: "三",
    message: "消息",
    imbalance: 1,
    cells: [],
    suspect: null,
    ...partial,
  };
}

describe("flags for findings", () => {
  test("one flag per cell, at its strongest level, with every message; the suspect marked as such", () => {
    const ops = flagOps([
      finding({
        rule: "R2",
        message: "列不平",
        cells: [cell(10, 3), cell(11, 3)],
        suspect: { ...cell(11, 3), row: "三、本年度办理结果/（一）予以公开", suggested: 4, reason: "原因" },
      }),
      finding({ rule: "R3", message: "行不平", cells: [cell(11, 3), cell(11, 9, "总计")] }),
      finding({ severity: "warning", rule: "R6", message: "提醒", cells: [cell(11, 9, "总计"), cell(2, 2)] }),
    ]);
    const byCell = new Map<string, WriteOp>(ops.map((op) => [op.op === "flag" ? `${op.row},${op.col}` : "", op]));
    expect(ops).toHaveLength(4);
    expect(byCell.get("10,3")).toMatchObject({ level: "error", message: "列不平" });
    const suspect = byCell.get("11,3");
    expect(suspect).toMatchObject({ level: "suspect", sheet: "2024年报表" });
    expect(suspect && suspect.op === "flag" && suspect.message.split("\n")).toEqual([
      "列不平",
      "最可能填错：（一）予以公开·自然人，建议值 4。原因",
      "行不平",
    ]);
    expect(byCell.get("11,9")).toMatchObject({ level: "error", message: "行不平\n提醒" });
    expect(byCell.get("2,2")).toMatchObject({ level: "warning", message: "提醒" });
  });

  test("a warning's suspect is painted as a warning, not in the strong suspect colour; no rule id in any message", () => {
    const ops = flagOps([
      finding({
        severity: "warning",
        rule: "R9",
        message: "乡镇一般没有规章",
        cells: [cell(5, 2)],
        suspect: { ...cell(5, 2), suggested: 0, reason: "应为 0" },
      }),
    ]);
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ level: "warning" });
    expect(ops[0].op === "flag" && ops[0].message).not.toMatch(/R\d/);
  });

  test("cells without a workbook address (published text) get no flag", () => {
    expect(flagOps([finding({ cells: [{ row: "r", column: "c", ref: null, value: 1 }] })])).toEqual([]);
  });
});
