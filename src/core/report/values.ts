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

/** Units an amount (万元) may be written with: the power of ten that takes the number to 万元. */
const AMOUNT_UNITS: Record<string, number> = { 元: -4, 千元: -1, 万元: 0, 万: 0, 亿元: 4, 亿: 4 };
/** Units a count may be written with (件数, 条, 个 …). */
const COUNT_UNITS = new Set(["件", "条", "个", "项", "次", "份", "宗", "起", "例", "家", "人次"]);
/** A number, then a unit, optionally in brackets: "251000元", "96171.6 万元", "12件", "5（万元）". */
const WITH_UNIT = /^(.*?[\d\uff10-\uff19])\s*[（(]?\s*([\u4e00-\u9fff]{1,2})\s*[)）]?$/;

/**
 * Moves the decimal point of a plain decimal numeral by `shift` places (−4: 元 → 万元), on the digits
 * themselves so that no floating-point error enters: "251000" → "25.1", "3940" → "0.394".
 */
export function shiftDecimal(numeral: string, shift: number): string {
  const negative = numeral.startsWith("-");
  const unsigned = numeral.replace(/^[+-]/, "");
  const [whole, fraction = ""] = unsigned.split(".");
  let digits = whole + fraction;
  let point = whole.length + shift;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const frac = digits.slice(point).replace(/0+$/, "");
  const text = frac === "" ? int : `${int}.${frac}`;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

export interface UnitNumber {
  /** The number in the cell's own unit (万元 for amounts). */
  value: number;
  unit: string;
  fullWidth: boolean;
}

/**
 * A number written with a unit that fits the cell: for an amount 元, 千元, 万元, 亿元 (converted to 万元),
 * for a count 件, 条, 个 … (the number as written). Null when the text is no such thing.
 */
export function numberWithUnit(text: string, kind: CellKind): UnitNumber | null {
  const m = WITH_UNIT.exec(text.replace(EDGE_SPACES, ""));
  if (!m) return null;
  const [, numeral, unit] = m;
  const shift = kind === "amount" ? AMOUNT_UNITS[unit] : COUNT_UNITS.has(unit) ? 0 : undefined;
  if (shift === undefined) return null;
  const parsed = numberFromText(numeral);
  if (!parsed) return null;
  const plain = numeral
    .replace(EDGE_SPACES, "")
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/,/g, "");
  const value = shift === 0 ? parsed.value : Number(shiftDecimal(plain, shift));
  if (!Number.isFinite(value)) return null;
  return { value: Object.is(value, -0) ? 0 : value, unit, fullWidth: parsed.fullWidth };
}

/** A number (with or without its unit) followed by a note in brackets: "22（其中修订16件）", "55(含自然失效29件)". */
const WITH_NOTE = /^(.*?[\d\uff10-\uff19][\u4e00-\u9fff]{0,2})\s*[（(]([^（）()]*[\u4e00-\u9fff][^（）()]*)[)）]$/;

/** The number written before a note in brackets, in the cell's unit; null when the text is no such thing. */
export function numberWithNote(text: string, kind: CellKind): { value: number; fullWidth: boolean } | null {
  const m = WITH_NOTE.exec(text.replace(EDGE_SPACES, ""));
  if (!m) return null;
  const head = m[1];
  return numberFromText(head) ?? numberWithUnit(head, kind);
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
  if (!parsed) {
    const withUnit = numberWithUnit(text, kind);
    if (!withUnit) {
      const withNote = numberWithNote(text, kind);
      if (!withNote) return { value: null, problems: ["notNumber"] };
      const problems: ValueProblem[] = ["withNote", ...(withNote.fullWidth ? (["fullWidth"] as const) : [])];
      return { value: withNote.value, problems: [...problems, ...checkKind(withNote.value, kind)] };
    }
    const problems: ValueProblem[] = ["withUnit", ...(withUnit.fullWidth ? (["fullWidth"] as const) : [])];
    return { value: withUnit.value, problems: [...problems, ...checkKind(withUnit.value, kind)] };
  }
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

/** Text holding a number in a data position: a plain number, a placeholder, or a number with its unit or a note. */
export function isValueText(text: string): boolean {
  if (isValueLike(text)) return true;
  return parseCellValue(text, "amount").value !== null || parseCellValue(text, "count").value !== null;
}
