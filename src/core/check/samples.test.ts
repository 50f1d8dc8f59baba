/** The known facts of ../shared/samples/README.md, checked on the real reports' numbers. */
import type { FormatId } from "../format";
import { describeShared, readSample } from "../../../test/shared";
import { checkReport } from "./engine";
import { NORMALISED_SAMPLES, resultRows, sampleReport } from "./testing/fixtures";
import type { Finding } from "./types";

const load = (file: string, format: FormatId, year: number) => sampleReport(readSample(file), format, year);
const rules = (findings: Finding[], ...ids: string[]) => findings.filter((f) => ids.includes(f.rule));

const PINGTAN = NORMALISED_SAMPLES.filter(([file]) => file.startsWith("pingtan-"));

describeShared("real reports (../shared/samples)", () => {
  test("平潭 2020: R2 fails in 自然人 and 总计, and （二）部分公开 is named as the row counted twice", () => {
    const findings = checkReport(load("pingtan-2020-format2019.txt", "2019", 2020));
    const r2 = rules(findings, "R2");
    expect(rules(findings, "R1", "R2", "R3", "R4")).toEqual(r2);
    expect(r2.map((f) => [f.cells[0].column, f.imbalance])).toEqual([
      ["自然人", -6],
      ["总计", -6],
    ]);
    expect(r2[0].message.split("。")[0]).toBe("（七）总计·自然人 为 20，但各项办理结果之和为 26（相差 6）");
    expect(r2[1].message.split("。")[0]).toBe("（七）总计·总计 为 21，但各项办理结果之和为 27（相差 6）");
    for (const f of r2) {
      expect(f.suspect).toBeNull();
      expect(f.message).toContain("（二）部分公开 这一行的数（自然人 6、总计 6）");
      expect(f.message).toContain("这一行像是被重复计算了");
    }
  });

  test("淮安 2024 passes R1–R4", () => {
    expect(rules(checkReport(load("huaian-city-2024.txt", "2021", 2024)), "R1", "R2", "R3", "R4")).toEqual([]);
  });

  test("上海 2019: the blank 总计 cells are R8 errors, and rules through them are not run", () => {
    const findings = checkReport(load("shanghai-govoffice-2019-format2019.txt", "2019", 2019));
    const unfilled = rules(findings, "R8").flatMap((f) => f.cells);
    const blankTotals = unfilled.filter((c) => c.column === "总计" && c.value === null);
    // The 总计 of every result row （一）…（六） is blank in the published table (19 rows in the 2019 format).
    expect(blankTotals.map((c) => c.row)).toEqual(resultRows("2019"));
    expect(rules(findings, "R3").filter((f) => f.cells[0].value === null)).toEqual([]);
  });

  test("R5 holds for 宿迁 2023→2024 and every consecutive 平潭 pair", () => {
    const suqian = checkReport(load("suqian-city-2024.txt", "2021", 2024), {
      previous: load("suqian-city-2023.txt", "2021", 2023),
    });
    expect(rules(suqian, "R5", "P1")).toEqual([]);
    for (let i = 1; i < PINGTAN.length; i++) {
      const findings = checkReport(load(...PINGTAN[i]), { previous: load(...PINGTAN[i - 1]) });
      expect([PINGTAN[i][0], rules(findings, "R5", "P1")]).toEqual([PINGTAN[i][0], []]);
    }
  });

  test("R6 holds for 宿迁 2023→2024 and 平潭 2021→2022, fails (warning) for 平潭 2022→2023, 2023→2024, 2024→2025", () => {
    const r6 = (i: number) => rules(checkReport(load(...PINGTAN[i]), { previous: load(...PINGTAN[i - 1]) }), "R6");
    const suqian = checkReport(load("suqian-city-2024.txt", "2021", 2024), {
      previous: load("suqian-city-2023.txt", "2021", 2023),
    });
    expect(rules(suqian, "R6")).toEqual([]);
    expect(r6(3)).toEqual([]);
    for (const i of [4, 5, 6]) {
      const found = r6(i);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((f) => f.severity === "warning")).toBe(true);
    }
    // 平潭 2023: 698 + 77 − 132 = 643, but 470.
    expect(r6(4)[0].message.split("。")[0]).toBe(
      "行政规范性文件·现行有效件数 为 470，但上年现行有效件数加本年制发件数减本年废止件数为 643（相差 173）",
    );
  });
});
