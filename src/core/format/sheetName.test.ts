import { sheetNameForYear, uniqueSheetName } from "./sheetLayout";

describe("sheet names of inserted and written reports", () => {
  test("the year alone when free; with the unit when another body's report of that year is there", () => {
    expect(sheetNameForYear(2025, ["Sheet1"], "胡集乡")).toBe("2025年报表");
    expect(sheetNameForYear(2025, ["2025年报表"], "胡集乡")).toBe("2025年报表-胡集乡");
    expect(sheetNameForYear(2025, ["2025年报表", "2025年报表-李集镇"], "胡集乡")).toBe("2025年报表-胡集乡");
  });

  test("a number only for the same unit's second sheet of a year, or where the unit is unknown", () => {
    expect(sheetNameForYear(2025, ["2025年报表", "2025年报表-胡集乡"], "胡集乡")).toBe("2025年报表-胡集乡(2)");
    expect(sheetNameForYear(2025, ["2025年报表", "2025年报表-胡集乡", "2025年报表-胡集乡(2)"], "胡集乡")).toBe(
      "2025年报表-胡集乡(3)",
    );
    expect(sheetNameForYear(2025, ["2025年报表"], null)).toBe("2025年报表(2)");
    expect(sheetNameForYear(2025, ["2025年报表"], "  ")).toBe("2025年报表(2)");
  });

  test("taken names are compared case-insensitively, as Excel does", () => {
    expect(uniqueSheetName("Report", ["REPORT"], "Town")).toBe("Report-Town");
  });

  test("a long unit or one with characters Excel refuses still gives a valid name of at most 31 characters", () => {
    const unit = "郸城县人民政府办公室政务公开科[信息]/网站:管理*中心?（试点）";
    const name = sheetNameForYear(2025, ["2025年报表"], unit);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(name.startsWith("2025年报表-郸城县人民政府办公室")).toBe(true);
    const again = sheetNameForYear(2025, ["2025年报表", name], unit);
    expect(again.length).toBeLessThanOrEqual(31);
    expect(again.endsWith("(2)")).toBe(true);
  });
});
