/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { realisticReport } from "../../core/check/testing/fixtures";
import { checkWorkbook } from "../../features/check";
import { UserError } from "../../features/errors";
import { reportSheetOps } from "../../features/reportSheet";
import { rollupCandidates, rollupSheets, type RollupCandidates, type RollupResult } from "../../features/rollup";
import { createStandinHost } from "../../standin/host";
import { officeHost, warmUp } from "../../hosts/office";
import { ROLLUP } from "../strings";
import { RollupPanel, type RollupActions } from "./RollupPanel";

const TODAY = new Date(2025, 0, 15);

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function renderPanel(actions: RollupActions, onDone?: (r: RollupResult) => void) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RollupPanel actions={actions} disabled={false} onDone={onDone} today={TODAY} />
    </FluentProvider>,
  );
}

const CANDIDATES: RollupCandidates = {
  year: 2024,
  sheets: [
    {
      sheet: "甲乡",
      reports: [{ unit: "甲乡", year: 2024, format: "2021", tables: ["二", "三", "四"] }],
      isSummary: false,
    },
    {
      sheet: "乙镇",
      reports: [{ unit: "乙镇", year: 2024, format: "2021", tables: ["二", "三", "四"] }],
      isSummary: false,
    },
    {
      sheet: "旧汇总",
      reports: [{ unit: "某县", year: 2024, format: "2021", tables: ["二", "三", "四"] }],
      isSummary: true,
    },
  ],
};

describe("RollupPanel", () => {
  test("lists the sheets (an earlier summary unticked), asks the unit, year defaulting to the parts' year", async () => {
    const user = userEvent.setup();
    const rollup = jest.fn(async (): Promise<RollupResult> => ({
      sheet: "2024年汇总表",
      detailSheet: "2024年汇总明细",
      unit: "某县",
      year: 2024,
      format: "2021",
      tables: ["二", "三", "四"],
      parts: 2,
      lacking: ["乙镇：表二"],
      gaps: [],
      unknownYear: [],
    }));
    const onDone = jest.fn();
    renderPanel({ rollupCandidates: async () => CANDIDATES, rollup }, onDone);
    await user.click(screen.getByRole("button", { name: ROLLUP.open }));
    const boxes = await screen.findAllByRole("checkbox");
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true, false]);
    expect(screen.getByText("旧汇总（某县，2024 年度）（已有的汇总表）")).toBeTruthy();
    expect((screen.getByRole("spinbutton") as HTMLInputElement).value).toBe("2024");

    await user.click(screen.getByRole("button", { name: ROLLUP.run }));
    expect(screen.getByRole("alert").textContent).toBe(ROLLUP.noUnit);
    expect(rollup).not.toHaveBeenCalled();

    await user.type(screen.getByPlaceholderText(ROLLUP.unitPlaceholder), "某县");
    await user.click(screen.getByRole("button", { name: ROLLUP.run }));
    await waitFor(() => expect(rollup).toHaveBeenCalledWith({ sheets: ["甲乡", "乙镇"], unit: "某县", year: 2024 }));
    const done = await screen.findByText(ROLLUP.doneTitle);
    expect(done.parentElement?.textContent).toContain("已汇总 2 份报告，生成工作表“2024年汇总表”和“2024年汇总明细”");
    expect(done.parentElement?.textContent).toContain("缺少表格，按不计入：乙镇：表二。");
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  test("a refusal is shown as it is", async () => {
    const user = userEvent.setup();
    const rollup = jest.fn(async (): Promise<RollupResult> => {
      throw new UserError("各报告的年度不同，不能汇总：……");
    });
    renderPanel({ rollupCandidates: async () => CANDIDATES, rollup });
    await user.click(screen.getByRole("button", { name: ROLLUP.open }));
    await user.type(await screen.findByPlaceholderText(ROLLUP.unitPlaceholder), "某县");
    await user.click(screen.getByRole("button", { name: ROLLUP.run }));
    const title = await screen.findByText(ROLLUP.errorTitle);
    expect(title.parentElement?.textContent).toContain("各报告的年度不同，不能汇总：……");
  });

  test("no sheet with tables: says so", async () => {
    const user = userEvent.setup();
    renderPanel({ rollupCandidates: async () => ({ sheets: [], year: null }), rollup: jest.fn() });
    await user.click(screen.getByRole("button", { name: ROLLUP.open }));
    expect(await screen.findByText(ROLLUP.noSheets)).toBeTruthy();
  });

  test("with the real features on the stand-in: the summary sheet is added (≤ 2 syncs) and 校验 passes on the workbook", async () => {
    const user = userEvent.setup();
    const { Excel, isSetSupported, view } = createStandinHost();
    const host = officeHost({ excel: Excel, isSetSupported });
    await host.run(async (session) => {
      const ops = ["甲乡", "乙镇"].flatMap((unit, i) =>
        reportSheetOps(
          realisticReport({ seed: 70 + i }),
          { sheets: [], names: [] },
          { unit, year: 2024, sheetBase: unit },
        ).ops.filter((op) => op.op !== "addName"),
      );
      await session.write(ops);
    });
    await warmUp(host);
    renderPanel({ rollupCandidates: () => rollupCandidates(host), rollup: (input) => rollupSheets(host, input) });
    await user.click(screen.getByRole("button", { name: ROLLUP.open }));
    const sheets = within(await screen.findByRole("group")).getAllByRole("checkbox");
    expect(sheets).toHaveLength(2);
    await user.type(screen.getByPlaceholderText(ROLLUP.unitPlaceholder), "某县");
    const before = view.syncCount;
    await user.click(screen.getByRole("button", { name: ROLLUP.run }));
    await screen.findByText(ROLLUP.doneTitle);
    expect(view.syncCount - before).toBeLessThanOrEqual(2);
    expect(view.sheets().map((s) => s.name)).toEqual(["Sheet1", "甲乡", "乙镇", "2024年汇总表", "2024年汇总明细"]);
    const checked = await checkWorkbook(host);
    expect(checked.errors).toBe(0);
    expect(checked.reports.map((r) => r.report.unit)).toEqual(expect.arrayContaining(["甲乡", "乙镇", "某县"]));
  });

  test("a pasted list of the units that must report: the result names who has not reported and who is not listed", async () => {
    const user = userEvent.setup();
    const { Excel, isSetSupported } = createStandinHost();
    const host = officeHost({ excel: Excel, isSetSupported });
    await host.run(async (session) => {
      const ops = ["甲乡", "乙镇"].flatMap((unit, i) =>
        reportSheetOps(
          realisticReport({ seed: 80 + i }),
          { sheets: [], names: [] },
          { unit, year: 2024, sheetBase: unit },
        ).ops.filter((op) => op.op !== "addName"),
      );
      await session.write(ops);
    });
    await warmUp(host);
    const rollup = jest.fn((input: Parameters<RollupActions["rollup"]>[0]) => rollupSheets(host, input));
    renderPanel({ rollupCandidates: () => rollupCandidates(host), rollup });
    await user.click(screen.getByRole("button", { name: ROLLUP.open }));
    await user.type(await screen.findByPlaceholderText(ROLLUP.unitPlaceholder), "某县");
    // As pasted from a sheet's column: a header, numbers and names with their 人民政府.
    await user.click(screen.getByRole("textbox", { name: ROLLUP.expectedLabel }));
    await user.paste("序号\t单位名称\n1\t甲乡人民政府\n2\t丙镇人民政府\n");
    await user.click(screen.getByRole("button", { name: ROLLUP.run }));
    const done = await screen.findByText(ROLLUP.doneTitle);
    expect(rollup).toHaveBeenCalledWith(expect.objectContaining({ expected: ["甲乡人民政府", "丙镇人民政府"] }));
    const text = done.parentElement?.textContent ?? "";
    expect(text).toContain("对照应报单位名单（2 个）：已报送 1 个，未报送 1 个，名单外报告 1 份。");
    expect(text).toContain("未报送（1 个）：丙镇人民政府。");
    expect(text).toContain("不在名单上的报告（1 份）：乙镇。");
  });
});
