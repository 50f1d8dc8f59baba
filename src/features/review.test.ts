/**
 * 标为已核实 on the Excel stand-in (Office.js adapter), Microsoft's Office.js client and the WPS stand-in: the review is kept in a hidden sheet,
 * shown on the next 校验 (not flagged, not counted), dropped when its figure changes, back when it is restored.
 */
import { setValue } from "../core/report/build";
import { realisticReport } from "../core/check/testing/fixtures";
import { REVIEW_SHEET } from "../core/check/review";
import type { Finding } from "../core/check/types";
import type { CellAddress } from "../core/report/model";
import { createStandinHost } from "../standin/host";
import { OFFICE_JS_CLIENT } from "../../test/clients";
import { createWpsStandinHost } from "../standin/wps/host";
import type { StandinView } from "../standin/view";
import type { WorkbookHost } from "../hosts/types";
import { checkWorkbook } from "./check";
import { reportSheetOps } from "./reportSheet";
import { acceptFindings, withdrawReviews } from "./review";
import { UserError } from "./errors";

const RULES = "第二十条第（一）项/规章";
const SHEET = "2024年报表";
const REASON = "本乡转发的市政府规章，按上级口径填报";

function township() {
  const report = Object.assign(realisticReport({ seed: 5 }), { unit: "胡集乡" });
  setValue(report, "二", RULES, "现行有效件数", 2);
  return report;
}

async function fill(host: WorkbookHost) {
  await host.run(async (session) => {
    const { ops } = reportSheetOps(township(), await session.read({ values: false }), {
      unit: "胡集乡",
      year: 2024,
      sheetBase: SHEET,
    });
    // Page setup is written only where the host can (not on WPS yet).
    await session.write(ops.filter((op) => op.op !== "pageSetup" || host.capabilities.pageSetup));
  });
}

const r9 = async (host: WorkbookHost) => {
  const checked = await checkWorkbook(host);
  const found = checked.reports.flatMap((r) => r.findings).filter((f) => f.rule === "R9");
  expect(found).toHaveLength(1);
  return { checked, finding: found[0] };
};

const sides: [string, () => { host: WorkbookHost; view: StandinView }][] = [
  ["Excel stand-in (Office.js adapter)", () => createStandinHost()],
  ["WPS stand-in", () => createWpsStandinHost()],
  ["Microsoft's Office.js client (over the stand-in)", () => OFFICE_JS_CLIENT.create()],
];

describe.each(sides)("已核实 on the %s", (_, make) => {
  test("accepted: kept in a hidden sheet, shown on the next 校验 unflagged and uncounted; a changed figure brings it back", async () => {
    const { host, view } = make();
    await fill(host);
    const first = await r9(host);
    expect(first.checked.warnings).toBe(1);
    expect(first.checked.errors).toBe(0);
    expect(first.finding.review).toBeUndefined();

    const before = view.syncCount;
    const [review] = await acceptFindings(host, {
      findings: [first.finding],
      reason: REASON,
      by: "张三",
      at: "2025-01-20T08:00:00.000Z",
    });
    expect(view.syncCount - before).toBeLessThanOrEqual(2);
    expect(review).toMatchObject({ rule: "R9", reason: REASON, by: "张三", sheet: SHEET });
    const store = view.sheets().find((s) => s.name === REVIEW_SHEET);
    expect(store?.visible).toBe(false);
    expect(
      view
        .sheets()
        .filter((s) => s.visible)
        .map((s) => s.name),
    ).not.toContain(REVIEW_SHEET);

    const second = await r9(host);
    expect(second.finding.review).toEqual({
      status: "accepted",
      reason: REASON,
      by: "张三",
      at: "2025-01-20T08:00:00.000Z",
    });
    expect(second.checked).toMatchObject({
      errors: 0,
      warnings: 0,
      flagged: 0,
      summary: "全部通过（另有 1 个已核实）",
    });
    expect(second.checked.reports.map((r) => [r.source, r.verdict])).toEqual([[SHEET, "passed"]]);

    const at = first.finding.cells[0].ref as CellAddress;
    view.typeInto(at.sheet, at.row, at.col, "3");
    const third = await r9(host);
    expect(third.finding.review).toBeUndefined();
    expect(third.checked.warnings).toBe(1);
    // The old finding (figure 2) is no longer in the workbook: accepting it is refused.
    await expect(acceptFindings(host, { findings: [first.finding], reason: REASON, by: "" })).rejects.toThrow(
      "已有改动",
    );

    view.typeInto(at.sheet, at.row, at.col, "2");
    expect((await r9(host)).finding.review?.reason).toBe(REASON);
    expect(await withdrawReviews(host, [first.finding])).toBe(true);
    expect((await r9(host)).finding.review).toBeUndefined();
    expect(await withdrawReviews(host, [first.finding])).toBe(false);
  }, 60_000);

  test("refused: an error of the tables' sums (R1–R4) and an empty reason", async () => {
    const { host } = make();
    await fill(host);
    const { finding } = await r9(host);
    const sums: Finding = { ...finding, rule: "R2", severity: "error" };
    await expect(acceptFindings(host, { findings: [sums], reason: REASON, by: "" })).rejects.toThrow(UserError);
    await expect(acceptFindings(host, { findings: [sums], reason: REASON, by: "" })).rejects.toThrow("不能标为已核实");
    await expect(acceptFindings(host, { findings: [finding], reason: "  ", by: "" })).rejects.toThrow("请写明核实理由");
  }, 60_000);
});
