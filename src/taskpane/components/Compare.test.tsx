/** @jest-environment jsdom */
/** 与上年对比 in the task pane, with the real features on the Excel stand-in. */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { realisticReport } from "../../core/check/testing/fixtures";
import { cellKey, T3_NEW, T3_TOTAL } from "../../core/format";
import { reportSheetOps } from "../../features/reportSheet";
import { createStandinHost } from "../../standin/host";
import { createActions } from "../actions";
import { COMPARE } from "../strings";
import { App } from "./App";

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

test("与上年对比: the comparison sheet with its chart is added and the sentences are shown", async () => {
  const user = userEvent.setup();
  const { host, view } = createStandinHost();
  const last = Object.assign(realisticReport({ seed: 41, year: 2023 }), { unit: "某县" });
  const current = Object.assign(realisticReport({ seed: 42, year: 2024, previous: last }), { unit: "某县" });
  for (const report of [last, current]) {
    await host.run(async (session) => {
      const { ops } = reportSheetOps(report, await session.read({ values: false }), {
        unit: "某县",
        year: report.year!,
        sheetBase: `${report.year}年报表`,
      });
      await session.write(ops);
    });
  }
  render(<App actions={createActions(host, null)} today={new Date(2025, 0, 15)} />);
  await user.click(screen.getByRole("button", { name: COMPARE.button }));
  const done = await screen.findByText(COMPARE.doneTitle);
  const text = done.parentElement?.textContent ?? "";
  const key = cellKey("三", T3_NEW, T3_TOTAL);
  expect(text).toContain("已将“2024年报表”与“2023年报表”逐格对比，写入工作表“2024与上年对比”（含主要指标的柱形图）");
  expect(text).toContain(`本年新收政府信息公开申请 ${current.cells.get(key)!.value} 件，较上年`);
  const sheet = view.sheets().find((s) => s.name === "2024与上年对比");
  expect(sheet?.charts).toHaveLength(1);
}, 60_000);
