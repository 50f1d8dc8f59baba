/** 已核实: the review key follows the finding's figures; R1–R4 errors cannot be accepted; the store reads back. */
import { emptyReport, setValue } from "../report/build";
import { realisticReport } from "./testing/fixtures";
import { checkReport } from "./engine";
import { countBySeverity, findingToJson, summaryLine } from "./json";
import { REVIEW_SHEET, applyReviews, cannotAccept, reviewKey, reviewOf, reviewRows, reviewsFromSheets } from "./review";

const RULES = "第二十条第（一）项/规章";
const AT = "2025-01-20T08:30:00.000Z";

function township(value: number) {
  const r = emptyReport({ format: "2021", year: 2024, unit: "胡集乡" }, 0);
  setValue(r, "二", RULES, "现行有效件数", value);
  return r;
}

const sheetOf = (rows: ReturnType<typeof reviewRows>) => ({
  name: REVIEW_SHEET,
  top: 0,
  left: 0,
  values: rows,
  formulas: rows.map((r) => r.map(() => null)),
  merges: [],
  hidden: true,
});

describe("review key and matching", () => {
  test("an accepted warning carries its review; the same figure elsewhere in time keeps it; a changed figure drops it", () => {
    const [warning] = checkReport(township(2));
    expect(warning.rule).toBe("R9");
    const stored = reviewOf(warning, "本乡转发的市政府规章，确属填报口径", "张三", AT);
    const [again] = applyReviews(checkReport(township(2)), [stored]);
    expect(again.review).toEqual({
      status: "accepted",
      reason: "本乡转发的市政府规章，确属填报口径",
      by: "张三",
      at: AT,
    });
    expect(findingToJson(again).review).toEqual(again.review);
    expect("review" in findingToJson(warning)).toBe(false);

    const [changed] = applyReviews(checkReport(township(3)), [stored]);
    expect(changed.rule).toBe("R9");
    expect(changed.review).toBeUndefined();
    expect(reviewKey(changed)).not.toBe(reviewKey(warning));
  });

  test("a review of one sheet does not accept the same finding on another sheet", () => {
    const [warning] = checkReport(township(2));
    const onSheet = { ...warning, cells: warning.cells.map((c) => ({ ...c, ref: { sheet: "甲", row: 5, col: 3 } })) };
    const other = { ...warning, cells: warning.cells.map((c) => ({ ...c, ref: { sheet: "乙", row: 5, col: 3 } })) };
    const stored = reviewOf(onSheet, "理由", "", AT);
    expect(applyReviews([onSheet, other], [stored]).map((f) => f.review !== undefined)).toEqual([true, false]);
  });

  test("R1–R4 errors cannot be accepted, even with a stored review of the same key", () => {
    const report = realisticReport({ seed: 3 });
    setValue(report, "四", "", "行政复议/结果维持", 999);
    const errors = checkReport(report).filter((f) => f.severity === "error");
    expect(errors.map((f) => f.rule)).toContain("R4");
    for (const f of errors.filter((e) => ["R1", "R2", "R3", "R4"].includes(e.rule))) {
      expect(cannotAccept(f)).toContain("不能标为已核实");
      expect(applyReviews([f], [reviewOf(f, "理由", "", AT)])[0].review).toBeUndefined();
    }
    const [warning] = checkReport(township(1));
    expect(cannotAccept(warning)).toBeNull();
  });

  test("accepted findings are counted apart", () => {
    const findings = checkReport(township(2));
    const accepted = applyReviews(findings, [reviewOf(findings[0], "理由", "", AT)]);
    expect(countBySeverity(findings)).toEqual({ errors: 0, warnings: 1, accepted: 0 });
    expect(countBySeverity(accepted)).toEqual({ errors: 0, warnings: 0, accepted: 1 });
    expect(summaryLine(accepted)).toBe("全部通过（另有 1 个已核实）");
  });
});

describe("the review sheet", () => {
  test("rows read back as written; a later review of the same finding replaces the earlier", () => {
    const [warning] = checkReport(township(2));
    const first = reviewOf(warning, "第一次", "张三", AT);
    const second = reviewOf(warning, "=第二次，以等号开头", "李四", "2025-01-21T00:00:00.000Z");
    const rows = reviewRows([first, second]);
    expect(rows).toHaveLength(2);
    expect(reviewsFromSheets([sheetOf(rows)])).toEqual([second]);
  });

  test("a sheet moved down, blank rows, a row someone typed and no such sheet at all", () => {
    const [warning] = checkReport(township(2));
    const review = reviewOf(warning, "理由", "", AT);
    const rows = [["说明"], [], ...reviewRows([review]), [null, "乱写的一行"], [null]];
    expect(reviewsFromSheets([sheetOf(rows)])).toEqual([review]);
    expect(reviewsFromSheets([{ ...sheetOf(rows), name: "Sheet1" }])).toEqual([]);
    expect(reviewsFromSheets([])).toEqual([]);
  });
});
