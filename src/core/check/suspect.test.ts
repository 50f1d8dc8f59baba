import { T3_CARRIED_IN, T3_CARRIED_OUT, T3_NEW, T3_RESULT_TOTAL, T3_TOTAL, type FormatId } from "../format";
import { emptyReport, getValue, setValue } from "../report/build";
import type { Report } from "../report/model";
import { checkReport } from "./engine";
import { table3Report } from "./testing/fixtures";
import type { Finding } from "./types";

const R = "三、本年度办理结果";
const OPEN = `${R}/（一）予以公开`;
const PARTIAL = `${R}/（二）部分公开（区分处理的，只计这一情形，不计其他情形）`;
const THIRD_PARTY = `${R}/（三）不予公开/4.保护第三方合法权益`;
const INTERNAL = `${R}/（三）不予公开/5.属于三类内部事务信息`;
const NO_INFO = `${R}/（四）无法提供/1.本机关不掌握相关政府信息`;
const UNCLEAR = `${R}/（四）无法提供/3.补正后申请内容仍不明确`;
const REPEAT = `${R}/（五）不予处理/2.重复申请`;
const NAT = "自然人";
const BIZ = "法人或其他组织/商业企业";
const SCI = "法人或其他组织/科研机构";
const OTHER = "法人或其他组织/其他";

/** A filled table 三 (2021 or 2019: the rows used exist in both). */
function base(format: FormatId = "2021"): Report {
  return table3Report(
    format,
    [
      [OPEN, NAT, 153],
      [OPEN, BIZ, 12],
      [OPEN, OTHER, 1],
      [PARTIAL, NAT, 46],
      [PARTIAL, BIZ, 3],
      [THIRD_PARTY, NAT, 17],
      [NO_INFO, NAT, 859],
      [NO_INFO, BIZ, 33],
      [REPEAT, NAT, 26],
      [UNCLEAR, NAT, 352],
      [UNCLEAR, BIZ, 2],
    ],
    { in: [118, 3, 0, 0, 0, 0], out: [125, 5, 0, 0, 1, 1] },
  );
}

const where = (f: Finding) => `${f.rule} ${f.rule === "R3" ? f.cells[0].row : f.cells[0].column}`;
const ruleFindings = (findings: Finding[]) => findings.filter((f) => /^R[1-6]$/.test(f.rule));

function expectSuspect(findings: Finding[], row: string, column: string, value: number, suggested: number) {
  const linear = ruleFindings(findings);
  expect(linear.length).toBeGreaterThan(0);
  for (const f of linear) {
    expect(f.suspect).toMatchObject({ row, column, value, suggested });
    expect(f.candidates).toBeUndefined();
  }
}

describe.each<FormatId>(["2021", "2019"])(
  "format %s: one wrong cell of table 三 is found where failures cross",
  (format) => {
    test.each<[string, string, string, number, string[]]>([
      ["a result cell", OPEN, NAT, 135, ["R2 自然人", `R3 ${OPEN}`]],
      ["a result row's 总计", PARTIAL, T3_TOTAL, 94, ["R2 总计", `R3 ${PARTIAL}`]],
      ["a （七）总计 cell", T3_RESULT_TOTAL, BIZ, 51, [`R1 ${BIZ}`, `R2 ${BIZ}`, `R3 ${T3_RESULT_TOTAL}`]],
      ["（七）总计·总计", T3_RESULT_TOTAL, T3_TOTAL, 1, ["R1 总计", "R2 总计", `R3 ${T3_RESULT_TOTAL}`]],
      ["a cell of 一、本年新收", T3_NEW, NAT, 1300, ["R1 自然人", `R3 ${T3_NEW}`]],
      ["a cell of 二、上年结转", T3_CARRIED_IN, BIZ, 30, [`R1 ${BIZ}`, `R3 ${T3_CARRIED_IN}`]],
      ["a cell of 四、结转下年度", T3_CARRIED_OUT, T3_TOTAL, 113, ["R1 总计", `R3 ${T3_CARRIED_OUT}`]],
    ])("%s", (_name, row, column, wrong, failed) => {
      const report = base(format);
      const right = getValue(report, "三", row, column) as number;
      setValue(report, "三", row, column, wrong);
      const findings = checkReport(report);
      expect(findings.map(where).sort()).toEqual([...failed].sort());
      expectSuspect(findings, row, column, wrong, right);
      expect(findings[0].suspect?.reason).toContain(`只有把本格改为 ${right}`);
    });
  },
);

/** Last year's report, whose 四、结转下年度 is base()'s 二、上年结转. */
function lastYear(): Report {
  const previous = table3Report("2021", [[OPEN, NAT, 500]], { out: [118, 3, 0, 0, 0, 0] });
  previous.year = 2023;
  return previous;
}

test("a wrong 二、上年结转 also breaks R5; the three failures cross at it", () => {
  const previous = lastYear();
  const report = base();
  setValue(report, "三", T3_CARRIED_IN, NAT, 181);
  const findings = checkReport(report, { previous });
  expect(findings.map(where).sort()).toEqual(["R1 自然人", "R3 二、上年结转政府信息公开申请数量", "R5 自然人"]);
  expectSuspect(findings, T3_CARRIED_IN, NAT, 181, 118);
  expect(findings[0].suspect?.reason).toContain(
    "“自然人”列的“一、本年新收与二、上年结转之和等于（七）总计与四、结转下年度之和”、“二、上年结转政府信息公开申请数量”行的“总计等于自然人与各类法人或其他组织之和”和“自然人”列的“二、上年结转等于上年报告的四、结转下年度继续办理”",
  );
});

test("last year's carry-over alone disagreeing names no suspect (last year's cells are not this year's to fix)", () => {
  const previous = lastYear();
  setValue(previous, "三", T3_CARRIED_OUT, NAT, 119);
  const findings = checkReport(base(), { previous });
  expect(findings.map(where)).toEqual(["R5 自然人"]);
  expect(findings[0].suspect).toBeNull();
});

describe("causes read off the numbers", () => {
  const wrongCell = (row: string, column: string, wrong: number) => {
    const report = base();
    setValue(report, "三", row, column, wrong);
    const findings = checkReport(report);
    return { findings, reason: ruleFindings(findings)[0].suspect?.reason ?? "" };
  };

  test("two adjacent digits swapped (153 → 135)", () => {
    expect(wrongCell(OPEN, NAT, 135).reason).toContain("现值 135 与应有值 153 只是相邻两位数字顺序颠倒");
  });

  test("a digit dropped (859 → 89) or added (352 → 3552)", () => {
    expect(wrongCell(NO_INFO, NAT, 89).reason).toContain("现值 89 比应有值 859 少了一位数字“5”，可能是漏录了一位");
    expect(wrongCell(UNCLEAR, NAT, 3552).reason).toContain("现值 3552 比应有值 352 多了一位数字“5”");
  });

  test("one digit changed (859 → 839)", () => {
    expect(wrongCell(NO_INFO, NAT, 839).reason).toContain("只有一位数字不同");
  });

  test("a value counted twice (46 → 92) and a value left at 0", () => {
    expect(wrongCell(PARTIAL, NAT, 92).reason).toContain("现值 92 正好是应有值 46 的两倍，像是重复计算了");
    expect(wrongCell(THIRD_PARTY, NAT, 0).reason).toContain("本格填的是 0，按等式应为 17，可能是漏填了");
  });

  test("no cause is claimed where the numbers show none", () => {
    const { reason } = wrongCell(NO_INFO, NAT, 611);
    expect(reason).toBe(
      "只有把本格改为 859，“自然人”列的“（七）总计等于各项办理结果之和”和“1.本机关不掌握相关政府信息”行的“总计等于自然人与各类法人或其他组织之和”才能同时成立，且不破坏其他等式",
    );
  });

  test("a sign: the negative count's own R7 error carries the suspect too", () => {
    const { findings } = wrongCell(THIRD_PARTY, NAT, -17);
    const r7 = findings.find((f) => f.rule === "R7") as Finding;
    expect(r7.message).toBe("4.保护第三方合法权益·自然人 为 -17，件数不能为负数");
    expect(r7.suspect).toMatchObject({ row: THIRD_PARTY, column: NAT, suggested: 17 });
    expect(r7.suspect?.reason).toContain("现值 -17 与应有值 17 只差正负号");
    expectSuspect(findings, THIRD_PARTY, NAT, -17, 17);
  });

  test("a row counted twice (平潭 2020): no single cell, the row is named in the message", () => {
    const report = table3Report("2019", [
      [OPEN, NAT, 6],
      [OPEN, OTHER, 1],
      [PARTIAL, NAT, 6],
      [NO_INFO, NAT, 4],
      [UNCLEAR, NAT, 3],
      [REPEAT, NAT, 3],
      [`${R}/（六）其他处理`, NAT, 4],
    ]);
    for (const [column, value] of [
      [NAT, 20],
      [T3_TOTAL, 21],
    ] as const) {
      setValue(report, "三", T3_RESULT_TOTAL, column, value);
      setValue(report, "三", T3_NEW, column, value);
    }
    const findings = checkReport(report);
    expect(findings.map(where)).toEqual(["R2 自然人", "R2 总计"]);
    for (const f of findings) {
      expect(f.suspect).toBeNull();
      expect(f.message).toContain(
        "（二）部分公开 这一行的数（自然人 6、总计 6）恰好等于各列各项办理结果之和比（七）总计多出的数：这一行像是被重复计算了",
      );
      expect(f.message).toContain("这不是改一个格子能解决的");
    }
    expect(findings[0].message.startsWith("（七）总计·自然人 为 20，但各项办理结果之和为 26（相差 6）。")).toBe(true);
  });

  test("a value in the wrong row: +17 in one row, −17 in another", () => {
    const report = base();
    setValue(report, "三", THIRD_PARTY, NAT, 0);
    setValue(report, "三", INTERNAL, NAT, 17);
    const findings = checkReport(report);
    expect(findings.map(where)).toEqual([`R3 ${THIRD_PARTY}`, `R3 ${INTERNAL}`]);
    for (const f of findings) {
      expect(f.suspect).toBeNull();
      expect(f.message).toContain(
        "“4.保护第三方合法权益”行的“总计等于自然人与各类法人或其他组织之和”差额为 +17，“5.属于三类内部事务信息”行的“总计等于自然人与各类法人或其他组织之和”差额为 -17，正好相反：像是有 17 填错了行",
      );
      // Either the 自然人 cell or the 总计 cell was put in the wrong row: both are said, neither is picked.
      expect(f.message).toContain("可能是把应填在");
      expect(f.message).toContain("把应填在 4.保护第三方合法权益·自然人 的 17 填到了 5.属于三类内部事务信息·自然人");
      expect(f.message).toContain("把应填在 5.属于三类内部事务信息·总计 的 17 填到了 4.保护第三方合法权益·总计");
    }
  });

  test("a value in the wrong column: the only pair of cells that fixes everything is named", () => {
    const report = base();
    setValue(report, "三", NO_INFO, BIZ, 0);
    setValue(report, "三", NO_INFO, SCI, 33);
    const findings = checkReport(report);
    expect(findings.map(where)).toEqual([`R2 ${BIZ}`, `R2 ${SCI}`]);
    expect(findings[0].suspect).toMatchObject({ row: NO_INFO, column: BIZ, value: 0, suggested: 33 });
    expect(findings[1].suspect).toMatchObject({ row: NO_INFO, column: SCI, value: 33, suggested: 0 });
    expect(findings[0].suspect?.reason).toContain("两格一多一少，相差都是 33，像是把数填错了位置");
  });
});

describe("two wrong cells", () => {
  test("named when exactly one pair of cells explains every failure", () => {
    const report = base();
    setValue(report, "三", OPEN, NAT, 158);
    setValue(report, "三", NO_INFO, BIZ, 36);
    const findings = checkReport(report);
    expect(findings.map(where).sort()).toEqual(["R2 自然人", `R2 ${BIZ}`, `R3 ${NO_INFO}`, `R3 ${OPEN}`].sort());
    for (const f of findings) {
      const expected = f.cells[0].column === NAT || f.cells[0].row === OPEN ? [OPEN, NAT, 153] : [NO_INFO, BIZ, 33];
      expect(f.suspect).toMatchObject({ row: expected[0], column: expected[1], suggested: expected[2] });
      expect(f.suspect?.reason).toContain("改一个格子解释不了");
    }
  });

  test("not named when several pairs would do", () => {
    const report = base();
    setValue(report, "三", OPEN, NAT, 158);
    setValue(report, "三", NO_INFO, BIZ, 38);
    const findings = checkReport(report);
    expect(findings.length).toBe(4);
    // +5 in 自然人 and +5 in 商业企业: (（一）, 商业企业) and (1.本机关…, 自然人) would do as well.
    for (const f of findings) expect(f.suspect).toBeNull();
  });
});

describe("ties are not broken at random", () => {
  const group = (values: number[]) => {
    const report = emptyReport({ format: "2021", year: 2024 });
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].forEach((c, i) =>
      setValue(report, "四", "", `行政复议/${c}`, values[i]),
    );
    return checkReport(report);
  };

  test("one R4 failure: every cell that could fix it is a candidate, none is the suspect", () => {
    const [f] = group([1, 2, 1, 0, 5]);
    expect(f.suspect).toBeNull();
    expect(f.candidates?.map((c) => [c.column, c.suggested])).toEqual([
      ["行政复议/总计", 4],
      ["行政复议/结果维持", 2],
      ["行政复议/结果纠正", 3],
      ["行政复议/其他结果", 2],
      ["行政复议/尚未审结", 1],
    ]);
    expect(f.message).toContain("中任何一格都能使等式成立，无法确定是哪一格");
  });

  test("a cell is no candidate when the value it would need is not allowed (a negative count)", () => {
    const [f] = group([2, 2, 0, 0, 3]);
    expect(f.candidates?.map((c) => [c.column, c.suggested])).toEqual([
      ["行政复议/总计", 4],
      ["行政复议/结果维持", 1],
      ["行政复议/结果纠正", 1],
    ]);
  });

  test("a unique typing slip among the candidates makes it the suspect, saying the others were possible", () => {
    const [f] = group([10, 5, 0, 0, 51]);
    expect(f.suspect).toMatchObject({ column: "行政复议/总计", value: 51, suggested: 15 });
    expect(f.suspect?.reason).toContain("只是相邻两位数字顺序颠倒");
    expect(f.suspect?.reason).toContain(
      "也能使“行政复议·总计等于结果维持、结果纠正、其他结果、尚未审结之和”成立，但只有本格的数看得出录入错误的痕迹",
    );
    expect(f.candidates).toBeUndefined();
  });
});

describe("blank cells", () => {
  test("the rules a blank alone kept from running say what it should hold", () => {
    const report = base();
    Object.assign(report.cells.get(`三|${OPEN}|${NAT}`) ?? {}, { raw: null, value: null, problems: ["blank"] });
    const [f] = checkReport(report);
    expect(f.rule).toBe("R8");
    expect(f.suspect).toMatchObject({ row: OPEN, column: NAT, value: null, suggested: 153 });
    expect(f.suspect?.reason).toBe(
      "按“自然人”列的“（七）总计等于各项办理结果之和”和“（一）予以公开”行的“总计等于自然人与各类法人或其他组织之和”推算，本格都应为 153",
    );
  });

  test("no suggestion when those rules disagree", () => {
    const report = base();
    Object.assign(report.cells.get(`三|${OPEN}|${NAT}`) ?? {}, { raw: "/", value: null, problems: ["placeholder"] });
    setValue(report, "三", T3_RESULT_TOTAL, NAT, 1460);
    const findings = checkReport(report);
    expect(findings[0].rule).toBe("R8");
    expect(findings[0].suspect).toBeNull();
  });
});
