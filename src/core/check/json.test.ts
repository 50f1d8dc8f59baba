import { setValue } from "../report/build";
import { checkReport } from "./engine";
import { countBySeverity, fileToJson, findingToJson, summaryLine, toCheckResult } from "./json";
import { table3Report } from "./testing/fixtures";
import type { Finding } from "./types";

const OPEN = "三、本年度办理结果/（一）予以公开";
const RESULT_TOTAL = "三、本年度办理结果/（七）总计";

function placed() {
  const report = table3Report("2021", [[OPEN, "自然人", 15]]);
  report.source = "Sheet1";
  // Cells as if read from a sheet: table 三 from row 6, data columns from D.
  let i = 0;
  for (const cell of report.cells.values()) {
    if (cell.def.table !== "三") continue;
    cell.ref = { sheet: i % 2 === 0 ? "Sheet1" : "2024年 报表", row: 5 + Math.floor(i / 7), col: 3 + (i % 7) };
    i += 1;
  }
  return report;
}

describe("findingToJson", () => {
  test("renders the DESIGN.md contract, refs as A1 addresses", () => {
    const report = placed();
    setValue(report, "三", OPEN, "自然人", 51);
    const findings = checkReport(report);
    const json = findings.map(findingToJson);
    expect(Object.keys(json[0])).toEqual(["severity", "rule", "table", "message", "imbalance", "cells", "suspect"]);
    const r2 = json.find((f) => f.rule === "R2");
    expect(r2).toMatchObject({
      severity: "error",
      table: "三",
      message: expect.stringContaining("（七）总计·自然人 为 15，但各项办理结果之和为 51（相差 36）"),
      imbalance: -36,
    });
    const totalCell = report.cells.get(`三|${RESULT_TOTAL}|自然人`);
    const openCell = report.cells.get(`三|${OPEN}|自然人`);
    const a1 = (ref: { sheet: string; row: number; col: number }) =>
      `${ref.sheet === "Sheet1" ? "Sheet1" : "'2024年 报表'"}!${String.fromCharCode(65 + ref.col)}${ref.row + 1}`;
    expect(r2?.cells[0]).toEqual({ row: RESULT_TOTAL, column: "自然人", ref: a1(totalCell!.ref!), value: 15 });
    expect(r2?.suspect).toEqual({
      row: OPEN,
      column: "自然人",
      ref: a1(openCell!.ref!),
      value: 51,
      suggested: 15,
      reason: expect.stringContaining("相邻两位数字顺序颠倒"),
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test("text input has null refs; blank values are null, unreadable ones their text; candidates only when present", () => {
    const f: Finding = {
      severity: "error",
      rule: "R4",
      table: "四",
      message: "m",
      imbalance: 1,
      cells: [
        { row: "", column: "行政复议/总计", ref: null, value: null },
        { row: "", column: "行政复议/结果维持", ref: null, value: "/" },
      ],
      suspect: null,
      candidates: [{ row: "", column: "行政复议/总计", ref: null, value: 5, suggested: 4, reason: "r" }],
    };
    expect(findingToJson(f)).toEqual({
      severity: "error",
      rule: "R4",
      table: "四",
      message: "m",
      imbalance: 1,
      cells: [
        { row: "", column: "行政复议/总计", ref: null, value: null },
        { row: "", column: "行政复议/结果维持", ref: null, value: "/" },
      ],
      suspect: null,
      candidates: [{ row: "", column: "行政复议/总计", ref: null, value: 5, suggested: 4, reason: "r" }],
    });
    expect("candidates" in findingToJson({ ...f, candidates: undefined })).toBe(false);
  });

  test("fileToJson: one entry of check --json", () => {
    const report = placed();
    report.unit = "胡集乡";
    expect(fileToJson("a.xlsx", report, [])).toEqual({
      file: "a.xlsx",
      format: "2021",
      year: 2024,
      unit: "胡集乡",
      tables: ["二", "三", "四"],
      findings: [],
    });
    expect(fileToJson("b.txt", null, [])).toMatchObject({ format: null, year: null, unit: null, tables: [] });
  });
});

describe("summary", () => {
  const finding = (severity: "error" | "warning"): Finding => ({
    severity,
    rule: "R1",
    table: "三",
    message: "",
    imbalance: 0,
    cells: [],
    suspect: null,
  });

  test("counts and the one-line summary", () => {
    expect(summaryLine([])).toBe("全部通过");
    const some = [finding("error"), finding("warning"), finding("error")];
    expect(countBySeverity(some)).toEqual({ errors: 2, warnings: 1, accepted: 0 });
    expect(summaryLine(some)).toBe("2 个错误，1 个警告");
    expect(summaryLine([finding("warning")])).toBe("0 个错误，1 个警告");
    expect(toCheckResult(some)).toEqual({ findings: some, errors: 2, warnings: 1, accepted: 0 });
  });
});
