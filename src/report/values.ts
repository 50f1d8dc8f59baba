/** Reading one cell's value: what number it holds, and what is wrong with how it is written (R7, R8). */
import type { CellKind } from "../format";
import type { RawValue, ValueProblem } from "./model";

export interface ParsedValue {
  /** The number read, or null when there is none. */
  value: number | null;
  problems: ValueProblem[];
}

/** Written in place of a number to mean "nothing": unfilled (R8), never 0. */
const PLACEHOLDERS = new Set(["无", "空", "暂无", "没有", "不适用", "n/a", "na", "null", "none"]);
/** Only slashes, dashes or lines: "/", "／", "—", "——", "-", "–", "－", "\". */
const PLACEHOLDER_MARKS = /^[/／\\＼\-－–—―─~～]+$/;

/** Excel's error values as read from a cell. */
const ERROR_VALUE =
  /^#(?:REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

const SPACES = /[\s\u3000\u00a0\u200b\ufeff]+/g;
const EDGE_SPACES = /^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g;

/** Digits and number punctuation in their full-width forms, mapped to ASCII. */
const FULL_WIDTH = /[\uff10-\uff19\uff0e\uff0c\uff0d\uff0b]/g;

/** Plain decimal notation: 12, -3, 1,234, 96171.6, .5 */
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

function checkKind(value: number, kind: CellKind): ValueProblem[] {
  const problems: ValueProblem[] = [];
  if (value < 0 && kind !== "signedCount") problems.push("negative");
  if (kind !== "amount" && !Number.isInteger(value)) problems.push("fraction");
  return problems;
}

/** The number a text holds, when it is written as a plain number (after full-width mapping). */
export function numberFromText(text: string): { value: number; fullWidth: boolean } | null {
  const trimmed = text.replace(EDGE_SPACES, "");
  let fullWidth = false;
  const ascii = trimmed.replace(FULL_WIDTH, (ch) => {
    fullWidth = true;
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
  if (ascii === "" || !/\d/.test(ascii) || !NUMBER_TEXT.test(ascii)) return null;
  const value = Number(ascii.replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  return { value: Object.is(value, -0) ? 0 : value, fullWidth };
}

export function isPlaceholder(text: string): boolean {
  const t = text.replace(SPACES, "");
  return PLACEHOLDER_MARKS.test(t) || PLACEHOLDERS.has(t.toLowerCase());
}

export function isErrorValue(text: string): boolean {
  return ERROR_VALUE.test(text.trim());
}

/**
 * Reads a cell as the kind of value its data cell holds.
 * Numbers are kept as JavaScript numbers: exact for whole numbers up to 2^53.
 */
export function parseCellValue(raw: RawValue, kind: CellKind): ParsedValue {
  if (raw === null || raw === undefined) return { value: null, problems: ["blank"] };
  if (typeof raw === "boolean") return { value: null, problems: ["notNumber"] };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { value: null, problems: ["notNumber"] };
    const value = Object.is(raw, -0) ? 0 : raw;
    return { value, problems: checkKind(value, kind) };
  }
  const text = String(raw);
  if (text.replace(SPACES, "") === "") return { value: null, problems: ["blank"] };
  if (isErrorValue(text)) return { value: null, problems: ["errorValue"] };
  if (isPlaceholder(text)) return { value: null, problems: ["placeholder"] };
  const parsed = numberFromText(text);
  if (!parsed) return { value: null, problems: ["notNumber"] };
  const first: ValueProblem = parsed.fullWidth ? "fullWidth" : "numberAsText";
  return { value: parsed.value, problems: [first, ...checkKind(parsed.value, kind)] };
}

/** Whether a cell holds something that stands in a data position: a number, a placeholder or an error value. */
export function isValueLike(raw: RawValue): boolean {
  if (typeof raw === "number") return Number.isFinite(raw);
  if (typeof raw !== "string") return false;
  if (raw.replace(SPACES, "") === "") return false;
  return isErrorValue(raw) || isPlaceholder(raw) || numberFromText(raw) !== null;
}
