/** check --previous of the wrong year or unit (issue 12 item 5): a P1 warning, not a silent drop. */
import { realisticReport } from "../core/check/testing/fixtures";
import type { Report } from "../core/report/model";
import { checkReports } from "./checkReports";

function report(year: number, unit: string): Report {
  const r = realisticReport({ year, seed: year });
  r.unit = unit;
  return r;
}

const p1 = (reports: Report[], given: Report[]) =>
  checkReports(reports, given).map((c) => c.findings.filter((f) => f.rule === "P1").map((f) => f.message));

describe("last year's report given on the command line", () => {
  test("of the year before and the same unit: used, no warning", () => {
    const [checked] = checkReports([report(2024, "甲乡")], [report(2023, "甲乡")]);
    expect(checked.previous?.year).toBe(2023);
    expect(checked.findings.filter((f) => f.rule === "P1")).toEqual([]);
  });

  test("of another year: a P1 warning naming both years", () => {
    const [checked] = checkReports([report(2024, "甲乡")], [report(2022, "甲乡")]);
    expect(checked.previous).toBeNull();
    expect(p1([report(2024, "甲乡")], [report(2022, "甲乡")])).toEqual([
      [
        "作为上年报告提供的是 2022 年度（甲乡）的报告，本报告为 2024 年度（甲乡），需要甲乡 2023 年度的报告：" +
          "年度或单位不符，未与它核对上年结转和现行有效件数，请提供正确的上年报告",
      ],
    ]);
  });

  test("of another unit: a P1 warning naming it", () => {
    const [messages] = p1([report(2024, "甲乡")], [report(2023, "乙乡")]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("2023 年度（乙乡）");
    expect(messages[0]).toContain("未与它核对上年结转");
  });

  test("a workbook holding 2023 and 2024 with --previous 2023: only the 2024 report is paired, no warning on 2023", () => {
    const results = p1([report(2023, "甲乡"), report(2024, "甲乡")], [report(2023, "甲乡")]);
    expect(results).toEqual([[], []]);
  });

  test("without --previous: no warning", () => {
    expect(p1([report(2024, "甲乡")], [])).toEqual([[]]);
  });
});
