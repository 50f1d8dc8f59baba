import { T3_CARRIED_IN, T3_CARRIED_OUT } from "../core/format";
import { emptyReport, setValue } from "../core/report/build";
import type { Report } from "../core/report/model";
import { checkReports } from "./checkReports";
import { previousReport } from "./pairing";

function report(year: number | null, unit: string | null, source: string, carriedOut = 0, carriedIn = 0): Report {
  const r = emptyReport({ format: "2021", year, unit, source }, 0);
  for (const column of ["自然人", "总计"]) {
    setValue(r, "三", T3_CARRIED_OUT, column, carriedOut);
    setValue(r, "三", T3_CARRIED_IN, column, carriedIn);
    // 一 + 二 = （七）总计 + 四, every application carried in being settled as 予以公开.
    setValue(r, "三", "一、本年新收政府信息公开申请数量", column, carriedOut);
    setValue(r, "三", "三、本年度办理结果/（一）予以公开", column, carriedIn);
    setValue(r, "三", "三、本年度办理结果/（七）总计", column, carriedIn);
  }
  return r;
}

describe("last year's report for each report", () => {
  test("same body, year − 1; another body's report is not last year's", () => {
    const a2023 = report(2023, "甲乡", "甲2023");
    const b2023 = report(2023, "乙乡", "乙2023");
    const a2024 = report(2024, "甲乡", "甲2024");
    const c2024 = report(2024, "丙乡", "丙2024");
    const all = [b2023, a2023, a2024, c2024];
    expect(previousReport(a2024, all)).toBe(a2023);
    expect(previousReport(c2024, all)).toBeNull();
    expect(previousReport(a2023, all)).toBeNull();
  });

  test("a report that names no body pairs with last year's, preferring one that names the same body", () => {
    const unnamed2023 = report(2023, null, "无名2023");
    const a2024 = report(2024, "甲乡", "甲2024");
    expect(previousReport(a2024, [unnamed2023, a2024])).toBe(unnamed2023);
    const a2023 = report(2023, "甲乡", "甲2023");
    expect(previousReport(a2024, [unnamed2023, a2023])).toBe(a2023);
    expect(previousReport(report(null, "甲乡", "?"), [a2023])).toBeNull();
  });

  test("checkReports runs R5 against the workbook's own last year first, then --previous", () => {
    const a2023 = report(2023, "甲乡", "甲2023", 5);
    const right = report(2024, "甲乡", "甲2024", 0, 5);
    const wrong = report(2024, "甲乡", "甲2024", 0, 4);
    const inWorkbook = checkReports([a2023, right]);
    expect(inWorkbook.map((c) => c.previous?.source ?? null)).toEqual([null, "甲2023"]);
    expect(inWorkbook[1].findings).toEqual([]);

    const viaPrevious = checkReports([wrong], [a2023]);
    expect(viaPrevious[0].previous).toBe(a2023);
    expect(viaPrevious[0].findings.filter((f) => f.rule === "R5").map((f) => f.cells[0].column)).toEqual([
      "自然人",
      "总计",
    ]);

    // Without a year of its own, a report is checked against the one --previous report given.
    const yearless = report(null, "甲乡", "无年份", 0, 4);
    expect(checkReports([yearless], [a2023])[0].previous).toBe(a2023);
    expect(checkReports([yearless], [a2023, report(2022, "甲乡", "2022")])[0].previous).toBeNull();
  });
});
