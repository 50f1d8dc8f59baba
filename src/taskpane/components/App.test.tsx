/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding, RuleId } from "../../core/check/types";
import type { InsertResult, WorkbookCheck } from "../../features/api";
import type { RollupCandidates } from "../../features/rollup";
import { UserError } from "../../features/errors";
import { emptyReport } from "../../core/report/build";
import type { Actions } from "../types";
import { App } from "./App";
import { OWN_CHANGES_ECHO_MS } from "../oneAction";
import type { WorkbookChange } from "../../hosts/types";

const TODAY = new Date(2025, 0, 15);

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to reflow.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function fakeActions(overrides: Partial<Actions> = {}): jest.Mocked<Actions> {
  return {
    insert: jest.fn(async (): Promise<InsertResult> => ({
      sheet: "2024年报表",
      format: "2021",
      names: ["DT_2024_T3"],
    })),
    check: jest.fn(async () => checkResult()),
    clear: jest.fn(async () => 3),
    select: jest.fn(async () => undefined),
    newYear: jest.fn(async () => ({ sheet: "2025年报表", year: 2025, format: "2021" as const, carried: 7 })),
    ...overrides,
  } as jest.Mocked<Actions>;
}

const SHEET = "2024年报表";

const R2: Finding = {
  severity: "error",
  rule: "R2",
  table: "三",
  message: "（七）总计 应为 5，实为 6",
  imbalance: 1,
  cells: [{ row: "三、本年度办理结果/（七）总计", column: "自然人", ref: { sheet: SHEET, row: 29, col: 3 }, value: 6 }],
  suspect: {
    row: "三、本年度办理结果/（一）予以公开",
    column: "自然人",
    ref: { sheet: SHEET, row: 8, col: 3 },
    value: 4,
    suggested: 3,
    reason: "",
  },
};
const R4: Finding = {
  severity: "error",
  rule: "R4",
  table: "四",
  message: "行政复议 总计 应为 2，实为 3",
  imbalance: 1,
  cells: [{ row: "", column: "行政复议/总计", ref: { sheet: SHEET, row: 40, col: 4 }, value: 3 }],
  suspect: null,
};
const R6: Finding = {
  severity: "warning",
  rule: "R6",
  table: "二",
  message: "现行有效件数 与上年不衔接",
  imbalance: 2,
  cells: [{ row: "第二十条第（一）项/规章", column: "现行有效件数", ref: { sheet: SHEET, row: 5, col: 3 }, value: 2 }],
  suspect: null,
};

function checkResult(findings: Finding[] = [R2, R4, R6], flagsSupported = true): WorkbookCheck {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  return {
    sheet: SHEET,
    reports: [{ source: SHEET, report: emptyReport({ format: "2021", source: SHEET }), previous: null, findings }],
    errors,
    warnings,
    summary: errors + warnings === 0 ? "全部通过" : `${errors} 个错误，${warnings} 个警告`,
    flagged: flagsSupported ? findings.length : 0,
    flagsSupported,
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("task pane", () => {
  it("shows the controls with their Chinese labels, last year by default, all tables chosen", () => {
    render(<App actions={fakeActions()} today={TODAY} />);
    expect(screen.getByRole("spinbutton", { name: "报告年度" })).toHaveValue(2024);
    expect(screen.getByRole("textbox", { name: "单位名称" })).toHaveValue("");
    for (const name of [
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ]) {
      expect(screen.getByRole("checkbox", { name })).toBeChecked();
    }
    for (const name of ["插入表格", "校验", "清除标记", "生成新年度"]) {
      expect(screen.getByRole("button", { name })).toBeEnabled();
    }
  });

  it("refuses 2018 with a message and does not insert", async () => {
    const actions = fakeActions();
    const user = userEvent.setup();
    render(<App actions={actions} today={TODAY} />);
    const year = screen.getByRole("spinbutton", { name: "报告年度" });
    await user.clear(year);
    await user.type(year, "2018");
    expect(screen.getByText(/报告年度须为 2019 至 2026 之间/)).toBeInTheDocument();
    expect(year).toHaveAttribute("aria-invalid", "true");
    await user.click(screen.getByRole("button", { name: "插入表格" }));
    await user.type(year, "{Enter}");
    expect(actions.insert).not.toHaveBeenCalled();
    await user.clear(year);
    await user.type(year, "2019");
    expect(screen.queryByText(/报告年度须为/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "插入表格" })).toBeEnabled();
  });

  it("refuses a year after next year", async () => {
    const user = userEvent.setup();
    render(<App actions={fakeActions()} today={TODAY} />);
    const year = screen.getByRole("spinbutton", { name: "报告年度" });
    await user.clear(year);
    await user.type(year, "2027");
    expect(screen.getByText(/报告年度须为/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "插入表格" })).toBeDisabled();
  });

  it("calls insert with the typed input, shows progress, then the result", async () => {
    const pending = deferred<InsertResult>();
    const actions = fakeActions({ insert: jest.fn(() => pending.promise) });
    const user = userEvent.setup();
    render(<App actions={actions} today={TODAY} />);
    const year = screen.getByRole("spinbutton", { name: "报告年度" });
    await user.clear(year);
    await user.type(year, "2023");
    await user.type(screen.getByRole("textbox", { name: "单位名称" }), " 测试乡 ");
    await user.click(screen.getByRole("checkbox", { name: "二、主动公开政府信息情况" }));
    await user.click(screen.getByRole("button", { name: "插入表格" }));

    expect(actions.insert).toHaveBeenCalledWith({ year: 2023, unit: "测试乡", tables: ["三", "四"] });
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("正在插入表格…")).toBeInTheDocument();
    for (const name of ["插入表格", "校验", "清除标记", "生成新年度"]) {
      expect(screen.getByRole("button", { name })).toBeDisabled();
    }

    await act(async () => pending.resolve({ sheet: "2023年报表", format: "2021", names: [] }));
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.getByText("已在工作表“2023年报表”插入表格三、四（2021 年格式）。")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "校验" })).toBeEnabled();
  });

  it("says where Excel could not set up printing (no ExcelApi 1.9), after inserting and after 生成新年度", async () => {
    const actions = fakeActions({
      insert: jest.fn(async () => ({ sheet: "2024年报表", format: "2021" as const, names: [], printSetup: false })),
      newYear: jest.fn(async () => ({
        sheet: "2025年报表",
        year: 2025,
        format: "2021" as const,
        carried: 7,
        printSetup: false,
      })),
    });
    const user = userEvent.setup();
    render(<App actions={actions} today={TODAY} />);
    await user.type(screen.getByRole("textbox", { name: "单位名称" }), "测试乡");
    await user.click(screen.getByRole("button", { name: "插入表格" }));
    expect(await screen.findByText(/已在工作表“2024年报表”插入表格.*ExcelApi 1\.9.*A4/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "生成新年度" }));
    expect(await screen.findByText(/已生成 2025 年度工作表.*ExcelApi 1\.9.*A4/)).toBeInTheDocument();
  });

  it("says where Excel could not freeze the label columns (no ExcelApi 1.7), with the note on printing", async () => {
    const actions = fakeActions({
      insert: jest.fn(async () => ({
        sheet: "2024年报表",
        format: "2021" as const,
        names: [],
        printSetup: false,
        freezePanes: false,
      })),
    });
    const user = userEvent.setup();
    render(<App actions={actions} today={TODAY} />);
    await user.type(screen.getByRole("textbox", { name: "单位名称" }), "测试乡");
    await user.click(screen.getByRole("button", { name: "插入表格" }));
    expect(
      await screen.findByText(/已在工作表“2024年报表”插入表格.*ExcelApi 1\.9.*A4.*ExcelApi 1\.7.*冻结窗格/),
    ).toBeInTheDocument();
  });

  it("says nothing about printing or frozen panes where they were set up", async () => {
    const actions = fakeActions({
      insert: jest.fn(async () => ({
        sheet: "2024年报表",
        format: "2021" as const,
        names: [],
        printSetup: true,
        freezePanes: true,
      })),
    });
    const user = userEvent.setup();
    render(<App actions={actions} today={TODAY} />);
    await user.type(screen.getByRole("textbox", { name: "单位名称" }), "测试乡");
    await user.click(screen.getByRole("button", { name: "插入表格" }));
    expect(await screen.findByText(/已在工作表“2024年报表”插入表格/)).toBeInTheDocument();
    expect(screen.queryByText(/ExcelApi 1\.9/)).not.toBeInTheDocument();
    expect(screen.queryByText(/冻结窗格/)).not.toBeInTheDocument();
  });

  it("asks for at least one table", async () => {
    const actions = fakeActions();
    const user = userEvent.setup();
    render(<App actions={actions} today={TODAY} />);
    for (const name of [
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ]) {
      await user.click(screen.getByRole("checkbox", { name }));
    }
    await user.click(screen.getByRole("button", { name: "插入表格" }));
    expect(screen.getByRole("alert")).toHaveTextContent("请至少选择一个表格。");
    expect(actions.insert).not.toHaveBeenCalled();
  });

  it("lists the suspect cells first, one entry each with its cause, then the other findings by table", async () => {
    const actions = fakeActions();
    const user = userEvent.setup();
    render(<App actions={actions} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));

    expect(await screen.findByText("2 个错误，1 个警告")).toBeInTheDocument();
    expect(screen.getByText("已校验工作表“2024年报表”。已在表格中标出 3 个单元格。")).toBeInTheDocument();
    const findings = screen.getByRole("region", { name: "校验发现的问题" });
    const headings = within(findings)
      .getAllByRole("heading")
      .map((h) => h.textContent);
    expect(headings).toEqual([
      SHEET,
      "1 处可能填错：",
      "二、主动公开政府信息情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ]);
    expect(within(findings).getByText("2 处错误，1 处警告")).toBeInTheDocument();
    const suspects = within(findings).getByRole("region", { name: "1 处可能填错：" });
    const item = within(suspects).getByRole("button");
    expect(item).toHaveTextContent("D9 应为 3（现为 4）");
    expect(item).toHaveTextContent("（七）总计 应为 5，实为 6");
    expect(item).toHaveAccessibleName(/^错误：D9 应为 3/);
    expect(item).toHaveAttribute("title", "定位到 D9（规则 R2）");

    await user.click(item);
    expect(actions.select).toHaveBeenCalledWith({ sheet: SHEET, row: 8, col: 3 });

    // Without a suspect the click goes to the first cell of the rule.
    const table4 = within(findings).getByRole("region", { name: `${SHEET} 四、政府信息公开行政复议、行政诉讼情况` });
    await user.click(within(table4).getByRole("button"));
    expect(actions.select).toHaveBeenLastCalledWith({ sheet: SHEET, row: 40, col: 4 });
  });

  it("two typos: one group of two suspects with their causes, however many rules each breaks", async () => {
    const typo = (row: number, col: number, value: number, suggestedValue: number, cause: string, rule: RuleId) => ({
      ...R2,
      rule,
      message: `${rule} 的等式不成立`,
      suspect: {
        row: "三、本年度办理结果/（一）予以公开",
        column: "自然人",
        ref: { sheet: SHEET, row, col },
        value,
        suggested: suggestedValue,
        reason: "只有把本格改为…",
        cause,
      },
    });
    const findings = [
      typo(22, 9, 281, 218, "相邻两位数字颠倒", "R2"),
      typo(22, 9, 281, 218, "相邻两位数字颠倒", "R3"),
      typo(24, 3, 17, 71, "相邻两位数字颠倒", "R2"),
      typo(24, 3, 17, 71, "相邻两位数字颠倒", "R1"),
    ];
    const user = userEvent.setup();
    render(<App actions={fakeActions({ check: jest.fn(async () => checkResult(findings)) })} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));
    const group = await screen.findByRole("region", { name: "2 处可能填错：" });
    const items = within(group).getAllByRole("button");
    expect(items.map((b) => `${b.textContent?.replace(/^错误/, "").split("）")[0]}）`)).toEqual([
      "J23 应为 218（现为 281，相邻两位数字颠倒）",
      "D25 应为 71（现为 17，相邻两位数字颠倒）",
    ]);
    expect(items[0]).toHaveAttribute("title", "定位到 J23（规则 R2、R3）");
  });

  it("no rule id in any text the pane shows (only in tooltips)", async () => {
    const user = userEvent.setup();
    const { container } = render(<App actions={fakeActions()} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("region", { name: "校验发现的问题" });
    expect(container.textContent).not.toMatch(/\b[RFP]\d+\b/);
    for (const el of container.querySelectorAll("[aria-label]")) {
      expect(el.getAttribute("aria-label")).not.toMatch(/\b[RFP]\d+\b/);
    }
  });

  it("warnings look different from errors", async () => {
    const user = userEvent.setup();
    render(<App actions={fakeActions()} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));
    const findings = await screen.findByRole("region", { name: "校验发现的问题" });
    const error = within(findings).getByRole("button", { name: /^错误：行政复议/ });
    const warning = within(findings).getByRole("button", { name: /^警告：现行有效件数/ });
    expect(error).toHaveAttribute("data-severity", "error");
    expect(warning).toHaveAttribute("data-severity", "warning");
    expect(error.className).not.toBe(warning.className);
  });

  it("a sheet with no numbers yet says 尚未填写 once; a summary equal to its parts says so", async () => {
    const result = checkResult([]);
    result.reports[0].verdict = "unfilled";
    result.reports.push({ ...result.reports[0], source: "2024年汇总表", verdict: "passed", parts: 3 });
    result.sheet = null;
    const user = userEvent.setup();
    render(<App actions={fakeActions({ check: jest.fn(async () => result) })} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));
    const findings = await screen.findByRole("region", { name: "校验发现的问题" });
    expect(within(findings).getByText("尚未填写：表中还没有填入数字。")).toBeInTheDocument();
    expect(within(findings).getByText("全部通过：汇总数等于 3 个下级工作表之和。")).toBeInTheDocument();
    expect(screen.getByText(/已校验整个工作簿。/)).toBeInTheDocument();
  });

  it("checks the active sheet by default; the switch checks the whole workbook", async () => {
    const actions = fakeActions();
    const user = userEvent.setup();
    render(<App actions={actions} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("region", { name: "校验发现的问题" });
    expect(actions.check).toHaveBeenLastCalledWith("active");
    await user.click(screen.getByRole("switch", { name: "只校验当前工作表" }));
    await user.click(screen.getByRole("button", { name: "校验" }));
    await waitFor(() => expect(actions.check).toHaveBeenLastCalledWith("all"));
  });

  /** Moves the pane's clock on (Date.now), as if the user waited. */
  let clockOffset = 0;
  const laterBy = (ms: number) => {
    clockOffset += ms;
  };
  beforeEach(() => {
    clockOffset = 0;
    const now = Date.now.bind(Date);
    jest.spyOn(Date, "now").mockImplementation(() => now() + clockOffset);
  });
  afterEach(() => jest.restoreAllMocks());

  it("marks the results out of date when the workbook changes, and a new check clears the mark", async () => {
    let changed: ((change: WorkbookChange) => void) | null = null;
    const watchChanges = jest.fn(async (listener: (change: WorkbookChange) => void) => {
      changed = listener;
      return () => {
        changed = null;
      };
    });
    const user = userEvent.setup();
    render(<App actions={fakeActions({ watchChanges })} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("region", { name: "校验发现的问题" });
    await waitFor(() => expect(changed).not.toBeNull());
    expect(screen.queryByText(/结果可能已过时/)).not.toBeInTheDocument();
    // Just after the pane's own action, a change of unknown source may be the echo of its writes: ignored.
    act(() => changed?.({ notOwn: false }));
    expect(screen.queryByText(/结果可能已过时/)).not.toBeInTheDocument();
    laterBy(OWN_CHANGES_ECHO_MS);
    act(() => changed?.({ notOwn: false }));
    expect(screen.getByText(/结果可能已过时/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("region", { name: "校验发现的问题" });
    expect(screen.queryByText(/结果可能已过时/)).not.toBeInTheDocument();
    // A change the host says is not the add-in's (Excel from ExcelApi 1.14) counts at once.
    await waitFor(() => expect(changed).not.toBeNull());
    act(() => changed?.({ notOwn: true }));
    expect(screen.getByText(/结果可能已过时/)).toBeInTheDocument();
  });

  it("without change events, coming back to the pane marks the results out of date", async () => {
    const user = userEvent.setup();
    render(<App actions={fakeActions()} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("region", { name: "校验发现的问题" });
    laterBy(OWN_CHANGES_ECHO_MS);
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    expect(screen.getByText(/结果可能已过时/)).toBeInTheDocument();
  });

  it("one action at a time: while 汇总 runs, 校验 and every other button are disabled and refused", async () => {
    const pending = deferred<RollupCandidates>();
    const actions = fakeActions({
      rollupCandidates: jest.fn(() => pending.promise),
      rollup: jest.fn(),
    });
    const user = userEvent.setup();
    render(<App actions={actions} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "汇总下级报告…" }));
    expect(screen.getByText("正在查找含年报表格的工作表…")).toBeInTheDocument();
    for (const name of ["插入表格", "校验", "清除标记", "生成新年度"]) {
      expect(screen.getByRole("button", { name })).toBeDisabled();
    }
    // Even a programmatic click (no pointer-events check) does not start a second Excel.run.
    act(() => screen.getByRole("button", { name: "校验" }).click());
    expect(actions.check).not.toHaveBeenCalled();
    await act(async () => pending.resolve({ year: 2024, sheets: [] }));
    expect(screen.getByRole("button", { name: "校验" })).toBeEnabled();
  });

  it("an old banner never stays beside a new result", async () => {
    const user = userEvent.setup();
    const actions = fakeActions({
      clear: jest.fn(async () => {
        throw new UserError("工作簿已被保护。");
      }),
    });
    render(<App actions={actions} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("工作簿已被保护。")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("region", { name: "校验发现的问题" });
    expect(screen.queryByText("工作簿已被保护。")).not.toBeInTheDocument();
  });

  it("says a missing unit name under the field before insert is pressed, with the placeholder's example", async () => {
    const actions = fakeActions();
    const user = userEvent.setup();
    render(<App actions={actions} today={TODAY} />);
    const unit = screen.getByRole("textbox", { name: "单位名称" });
    await user.click(unit);
    await user.tab();
    expect(screen.getByText("请填写单位名称，如：胡集乡")).toBeInTheDocument();
    expect(unit).toHaveAttribute("placeholder", "如：胡集乡");
    await user.click(screen.getByRole("button", { name: "插入表格" }));
    expect(actions.insert).not.toHaveBeenCalled();
  });

  it("says 全部通过 for the check and for its sheet, and lists no finding when the check is clean", async () => {
    const user = userEvent.setup();
    render(<App actions={fakeActions({ check: jest.fn(async () => checkResult([])) })} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));
    const findings = await screen.findByRole("region", { name: "校验发现的问题" });
    expect(screen.getAllByText("全部通过")).toHaveLength(2);
    expect(within(findings).getByRole("heading", { name: SHEET })).toBeInTheDocument();
    expect(within(findings).queryAllByRole("button")).toHaveLength(0);
  });

  it("says when this Excel cannot flag cells, and still lists the findings", async () => {
    const user = userEvent.setup();
    render(<App actions={fakeActions({ check: jest.fn(async () => checkResult([R2], false)) })} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));
    expect(await screen.findByText(/不支持在表格中标记单元格/)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "校验发现的问题" })).toBeInTheDocument();
  });

  it("says which cells Excel refused to mark (too large a request), and still lists every finding", async () => {
    const user = userEvent.setup();
    const refused: WorkbookCheck = {
      ...checkResult([R2, R4]),
      flagged: 0,
      unmarked: [{ cells: 2, sheets: [SHEET], reason: "Excel 拒绝了写入：RequestPayloadSizeLimitExceeded" }],
    };
    render(<App actions={fakeActions({ check: jest.fn(async () => refused) })} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));
    expect(
      await screen.findByText(
        /“2024年报表”中 2 个单元格（Excel 拒绝了写入：RequestPayloadSizeLimitExceeded）未能在表格中标出/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/已在表格中标出/)).toBeNull();
    expect(screen.getByRole("region", { name: "校验发现的问题" })).toBeInTheDocument();
  });

  it("groups findings by sheet when the workbook holds several reports", async () => {
    const two = checkResult([R2]);
    two.reports.push({
      ...two.reports[0],
      source: "2023年报表",
      findings: [{ ...R6, cells: [{ ...R6.cells[0], ref: { sheet: "2023年报表", row: 5, col: 3 } }] }],
    });
    const user = userEvent.setup();
    render(<App actions={fakeActions({ check: jest.fn(async () => two) })} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));
    const findings = await screen.findByRole("region", { name: "校验发现的问题" });
    expect(within(findings).getByRole("heading", { name: "2024年报表" })).toBeInTheDocument();
    expect(within(findings).getByRole("heading", { name: "2023年报表" })).toBeInTheDocument();
    expect(within(findings).getByRole("region", { name: "2023年报表 二、主动公开政府信息情况" })).toBeInTheDocument();
    expect(within(findings).getByText("1 处警告")).toBeInTheDocument();
  });

  it("shows a UserError's message as it is, and other errors as 操作失败", async () => {
    const user = userEvent.setup();
    const actions = fakeActions({
      newYear: jest.fn(async () => {
        throw new UserError("工作簿中没有可作为上一年度的表格。");
      }),
      clear: jest.fn(async () => {
        throw new Error("boom");
      }),
    });
    render(<App actions={actions} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "生成新年度" }));
    expect(await screen.findByText("工作簿中没有可作为上一年度的表格。")).toBeInTheDocument();
    expect(screen.getByText("出错了")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("操作失败：boom")).toBeInTheDocument();
  });

  it("reports clear and new year, and drops stale findings", async () => {
    const actions = fakeActions();
    const user = userEvent.setup();
    render(<App actions={actions} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("region", { name: "校验发现的问题" });
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("已清除 3 个校验标记，单元格已恢复原样式。")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "校验发现的问题" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "生成新年度" }));
    await waitFor(() =>
      expect(
        screen.getByText("已生成 2025 年度工作表“2025年报表”，“二、上年结转”已填入 7 个单元格。"),
      ).toBeInTheDocument(),
    );
    expect(actions.clear).toHaveBeenCalledTimes(1);
    expect(actions.newYear).toHaveBeenCalledTimes(1);
  });

  it("warns about columns that could not be carried into the new year", async () => {
    const user = userEvent.setup();
    const newYear = jest.fn(async () => ({
      sheet: "2025年报表",
      year: 2025,
      format: "2021" as const,
      carried: 6,
      missing: ["法人或其他组织/其他"],
    }));
    render(<App actions={fakeActions({ newYear })} today={TODAY} />);
    await user.click(screen.getByRole("button", { name: "生成新年度" }));
    expect(
      await screen.findByText(/已填入 6 个单元格。.*无法读取，已留空，请核对后填写：法人或其他组织\/其他。/),
    ).toBeInTheDocument();
  });

  it("disables every action when Excel lacks the requirement set", () => {
    render(
      <App
        actions={fakeActions()}
        today={TODAY}
        unsupported="此版本的 Excel 不支持本加载项需要的 ExcelApi 1.4，请更新 Office 后再使用。"
      />,
    );
    expect(screen.getByText(/不支持本加载项需要的 ExcelApi 1.4/)).toBeInTheDocument();
    for (const name of ["插入表格", "校验", "清除标记", "生成新年度"]) {
      expect(screen.getByRole("button", { name })).toBeDisabled();
    }
  });

  it("a 校验 with warnings only is shown as a warning, errors as an error, nothing found as a success", async () => {
    for (const [findings, intent] of [
      [[R6], "warning"],
      [[R2, R6], "error"],
      [[], "success"],
    ] as const) {
      const user = userEvent.setup();
      const { unmount } = render(
        <App actions={fakeActions({ check: jest.fn(async () => checkResult([...findings])) })} today={TODAY} />,
      );
      await user.click(screen.getByRole("button", { name: "校验" }));
      const shown = await screen.findAllByText(checkResult([...findings]).summary);
      const bar = shown.map((e) => e.closest("[data-intent]")).find((e) => e !== null);
      expect(bar).toHaveAttribute("data-intent", intent);
      unmount();
    }
  });
});
