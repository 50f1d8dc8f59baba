/**
 * Text written as text. Excel and WPS read what is written to a cell as typed input: "=…" (and "+…", "-…", "@…")
 * would become a live formula, so a file name or unit like =HYPERLINK(…) would be injected into the workbook.
 * A leading apostrophe makes the rest plain text (it is not part of the value read back). Formulas the tool
 * composes itself go through the setFormula op instead.
 */
import type { CellScalar } from "../core/grid/types";

const READ_AS_INPUT = /^[=+\-@']/;

/** What to write to Range.values / Value2 so that `value` is stored as itself ("" for an empty cell). */
export function asEntered(value: CellScalar): CellScalar | "" {
  if (value === null) return "";
  if (typeof value === "string" && READ_AS_INPUT.test(value)) return `'${value}`;
  return value;
}

/** Whether a cell's formula text is a formula, not a text constant that happens to start with "=". */
export function isFormula(formula: unknown, value: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}
