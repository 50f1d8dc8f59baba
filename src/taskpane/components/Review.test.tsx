/** @jest-environment jsdom */
/** 标为已核实 in the task pane, with the real features on the Excel stand-in. */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { REVIEW_SHEET } from "../../core/check/review";
import type { RuleId } from "../../core/check/types";
import { realisticReport } from "../../core/check/testing/fixtures";
import { setValue } from "../../core/report/build";
import { reportSheetOps } from "../../features/reportSheet";
import { createStandinHost } from "../../standin/host";
import { createActions } from "../actions";
import { REVIEW, S } from "../strings";
import { App } from "./App";
import { Findings } from "./Findings";

const RULES = "第二十条第（一）项/规章";
const REASON = "本乡转发的市政府规章，按上级口径填报";

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

test("a warning marked 已核实 with a reason: listed apart on the next 校验, kept in a hidden sheet; 撤销核实 brings it back", async () => {
  const user = userEvent.setup();
  const { host, view } = createStandinHost();
  await host.run(async (session) => {
    const report = Object.assign(realisticReport({ seed: 5 }), { unit: "胡集乡" });
    setValue(report, "二", RULES, "现行有效件数", 2);
    const { ops } = reportSheetOps(report, await session.read({ values: false }), { unit: "胡集乡", year: 2024 });
    await session.write(ops);
  });
  render(<App actions={createActions(host, null)} today={new Date(2025, 0, 15)} />);
  await user.click(screen.getByRole("button", { name: S.check }));
  await screen.findByText("0 个错误，1 个警告");

  await user.click(screen.getByRole("button", { name: REVIEW.accept }));
  const form = screen.getByRole("form", { name: REVIEW.accept });
  await user.click(within(form).getByRole("button", { name: REVIEW.confirm }));
  expect(within(form).getByRole("alert").textContent).toBe(REVIEW.noReason);
  await user.type(within(form).getByRole("textbox", { name: new RegExp(REVIEW.reasonLabel) }), REASON);
  await user.type(within(form).getByRole("textbox", { name: REVIEW.byLabel }), "张三");
  await user.click(within(form).getByRole("button", { name: REVIEW.confirm }));

  await screen.findByText("全部通过（另有 1 个已核实）");
  const accepted = await screen.findByText(new RegExp(`已核实：${REASON}（张三，\\d{4}-\\d{2}-\\d{2}）`));
  expect(accepted.closest("[data-review='accepted']")).not.toBeNull();
  expect(view.sheets().find((s) => s.name === REVIEW_SHEET)?.visible).toBe(false);
  expect(screen.queryByRole("button", { name: REVIEW.accept })).toBeNull();

  await user.click(screen.getByRole("button", { name: REVIEW.withdraw }));
  await screen.findByText("0 个错误，1 个警告");
  await waitFor(() => expect(screen.getByRole("button", { name: REVIEW.accept })).toBeTruthy());
}, 60_000);

test("an error of the tables' sums (R1–R4) offers no 标为已核实; another rule's warning does", () => {
  const cell = {
    row: "三、本年度办理结果/（七）总计",
    column: "自然人",
    ref: { sheet: "表", row: 29, col: 3 },
    value: 6,
  };
  const finding = (rule: RuleId, severity: "error" | "warning", message: string) => ({
    severity,
    rule,
    table: "三" as const,
    message,
    imbalance: null,
    cells: [cell],
    suspect: null,
  });
  const result = {
    sheet: null,
    reports: [
      {
        source: "表",
        report: { ...realisticReport({ seed: 1 }), source: "表" },
        previous: null,
        findings: [finding("R2", "error", "合计不符"), finding("R10", "warning", "正文与表格不符")],
      },
    ],
    errors: 1,
    warnings: 1,
    summary: "1 个错误，1 个警告",
    flagged: 0,
    flagsSupported: true,
  };
  const review = { onAccept: jest.fn(), onWithdraw: jest.fn(), disabled: false, reviewer: "", setReviewer: jest.fn() };
  render(<Findings result={result} onSelect={jest.fn()} review={review} />);
  const items = screen.getAllByRole("listitem");
  expect(items.map((li) => within(li).queryByRole("button", { name: REVIEW.accept }) !== null)).toEqual([false, true]);
});
