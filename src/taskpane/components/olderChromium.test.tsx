/** @jest-environment jsdom */
/**
 * The pane's own layout uses only CSS that WPS's older embedded Chromium builds (down to 67, the pane's floor) lay
 * out: stacks are grids with row gaps, not flex boxes with gaps (flex gaps: Chromium 84), and focus is shown
 * through Tabster's attribute, not :focus-visible (Chromium 86, whose rules such a browser drops). Read from the
 * rules Griffel inserts for the pane as the user sees it: findings, the 已核实 form, the 汇总 form.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { realisticReport } from "../../core/check/testing/fixtures";
import { setValue } from "../../core/report/build";
import { reportSheetOps } from "../../features/reportSheet";
import { createStandinHost } from "../../standin/host";
import { createActions } from "../actions";
import { REVIEW, ROLLUP, S } from "../strings";
import { App } from "./App";

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

interface Rule {
  selector: string;
  style: CSSStyleDeclaration;
}

function styleRules(rules: CSSRuleList, out: Rule[] = []): Rule[] {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) out.push({ selector: rule.selectorText, style: rule.style });
    else if ("cssRules" in rule) styleRules((rule as CSSGroupingRule).cssRules, out);
  }
  return out;
}

/** The rules whose selector names one of the element's classes, by class. */
function rulesOf(element: Element, all: readonly Rule[]): Rule[] {
  const classes = Array.from(element.classList);
  return all.filter((r) => classes.some((c) => new RegExp(`\\.${c}(?![\\w-])`).test(r.selector)));
}

/** The pane's own elements (Fluent's components, class fui-…, are Fluent's; the provider is styled by the pane). */
function ownElements(): Element[] {
  return Array.from(document.body.querySelectorAll("[class]")).filter(
    (e) => e.classList.contains("fui-FluentProvider") || !Array.from(e.classList).some((c) => c.startsWith("fui-")),
  );
}

function problems(): string[] {
  const all = Array.from(document.styleSheets).flatMap((sheet) => styleRules(sheet.cssRules));
  const found: string[] = [];
  for (const element of ownElements()) {
    const rules = rulesOf(element, all);
    const own = rules.filter((r) => !/[\s>+~]/.test(r.selector.replace(/:[\w-]+(\([^)]*\))?/g, "")));
    const flex = own.some((r) => /^(inline-)?flex$/.test(r.style.getPropertyValue("display")));
    const gap = own.some((r) => ["gap", "row-gap", "column-gap"].some((p) => r.style.getPropertyValue(p) !== ""));
    const label = `${element.tagName.toLowerCase()} “${(element.textContent ?? "").slice(0, 12)}”`;
    if (flex && gap) found.push(`${label}: flex box with gaps`);
    if (rules.some((r) => r.selector.includes(":focus-visible"))) found.push(`${label}: :focus-visible`);
  }
  return [...new Set(found)];
}

test("findings, the 已核实 form and the 汇总 form use no flex gaps and no :focus-visible", async () => {
  const user = userEvent.setup();
  const { host } = createStandinHost();
  await host.run(async (session) => {
    const report = Object.assign(realisticReport({ seed: 5 }), { unit: "胡集乡" });
    setValue(report, "二", "第二十条第（一）项/规章", "现行有效件数", 2);
    const { ops } = reportSheetOps(report, await session.read({ values: false }), { unit: "胡集乡", year: 2024 });
    await session.write(ops);
  });
  render(<App actions={createActions(host, null)} today={new Date(2025, 0, 15)} />);
  await user.click(screen.getByRole("button", { name: S.check }));
  await screen.findByText("0 个错误，1 个警告");
  await user.click(screen.getByRole("button", { name: REVIEW.accept }));
  screen.getByRole("form", { name: REVIEW.accept });
  expect(ownElements().length).toBeGreaterThan(10);
  const withFindings = problems();
  await user.click(screen.getByRole("button", { name: ROLLUP.open }));
  await screen.findByRole("button", { name: ROLLUP.run });
  expect([...withFindings, ...problems()]).toEqual([]);
}, 60_000);
