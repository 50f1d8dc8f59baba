/**
 * Layouts that WPS's older embedded Chromium builds draw as Excel's does: a stack is a one-column grid with row
 * gaps (grid gaps: Chromium 66), a row of buttons is spaced by margins (flex gaps only from Chromium 84).
 */
import type { GriffelStyle } from "@fluentui/react-components";

/** Blocks one under the other, `gap` apart, each as wide as the stack (and never wider). */
export function stack(gap: string): GriffelStyle {
  return { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: gap };
}

/** Buttons side by side, `gap` apart; `wrap`: onto more lines, `gap` apart too, when the pane is narrow. */
export function buttonRow(gap: string, wrap = false): GriffelStyle {
  if (!wrap) return { display: "flex", "& > * + *": { marginLeft: gap } };
  return {
    display: "flex",
    flexWrap: "wrap",
    marginBottom: `calc(-1 * ${gap})`,
    "& > *": { marginRight: gap, marginBottom: gap },
  };
}
