/**
 * The published prose made searchable for R10: whitespace gone (pdftotext breaks lines inside words and
 * numbers are written "3119 件"), full-width digits as ASCII, sentences split, each character mapped back
 * to the original so that a figure can be quoted as the report wrote it.
 */

export interface ProseText {
  /** The prose without whitespace, digits in ASCII. */
  text: string;
  /** For each character of `text`, its index in `original`. */
  at: number[];
  original: string;
}

export interface Sentence {
  start: number;
  end: number;
}

/** A line that starts a heading (一、 （二） 3.) begins a new sentence even without a full stop before it. */
const HEADING = /^[\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d))/;
const isSpace = (ch: string) =>
  ch <= " " || ch === "\u3000" || ch === "\u00a0" || ch === "\u200b" || ch === "\ufeff" || ch === "\u2028";
const SENTENCE_END = /[。；;！？!?]/g;
/** A bracket that only adds a remark (（含申请人主动撤回申请）): dropped so the figure after it is read. */
const REMARK = /[（(](?:含|包括|包含)[^（）()\d公开提供处理结转复议诉讼]*[)）]/g;

function toAscii(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : ch;
}

export function normaliseProse(original: string): ProseText {
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < original.length; i += 1) {
    const ch = original[i];
    if (ch === "\n" && HEADING.test(original.slice(i + 1, i + 40))) {
      chars.push("。");
      at.push(i);
      continue;
    }
    if (isSpace(ch)) continue;
    chars.push(toAscii(ch));
    at.push(i);
  }
  const joined = chars.join("");
  const remarks = [...joined.matchAll(REMARK)];
  if (remarks.length === 0) return { text: joined, at, original };
  const keep = new Array<boolean>(joined.length).fill(true);
  for (const m of remarks) {
    for (let k = m.index ?? 0; k < (m.index ?? 0) + m[0].length; k += 1) keep[k] = false;
  }
  return {
    text: chars.filter((_, k) => keep[k]).join(""),
    at: at.filter((_, k) => keep[k]),
    original,
  };
}

export function sentences(prose: ProseText): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of prose.text.matchAll(SENTENCE_END)) {
    const i = m.index ?? 0;
    if (i > start) out.push({ start, end: i });
    start = i + 1;
  }
  if (prose.text.length > start) out.push({ start, end: prose.text.length });
  return out;
}

/** The original wording of text[start, end): line breaks of the layout removed, runs of spaces made one. */
export function quote(prose: ProseText, start: number, end: number): string {
  const from = prose.at[start];
  const to = prose.at[end - 1] + 1;
  return prose.original
    .slice(from, to)
    .replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, "")
    .replace(/[ \t\u3000\u00a0]+/g, " ");
}

/** Digits (with thousands commas), or Chinese numerals for small numbers. */
export const NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+|[零〇一二两三四五六七八九十百千]+)";

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 零 → 0, 十一 → 11, 二十一 → 21, 一百零五 → 105; null for what is no number (一一, 十十). */
export function chineseNumber(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastPower = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[ch];
      continue;
    }
    const power = POWERS[ch];
    if (power === undefined || power >= lastPower) return null;
    total += (digit ?? 1) * power;
    digit = null;
    lastPower = power;
  }
  return total + (digit ?? 0);
}

export function readNumber(token: string): number | null {
  if (/^\d/.test(token)) {
    const value = Number(token.replace(/,/g, ""));
    return Number.isSafeInteger(value) ? value : null;
  }
  return chineseNumber(token);
}

/** The years a sentence names (2024年), with where. */
export function yearsIn(text: string, start: number, end: number): { year: number; at: number }[] {
  const out: { year: number; at: number }[] = [];
  for (const m of text.slice(start, end).matchAll(/((?:19|20)\d{2})年/g)) {
    out.push({ year: Number(m[1]), at: start + (m.index ?? 0) });
  }
  return out;
}
