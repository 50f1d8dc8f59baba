import { KNOWN_TYPOS, pathLabels } from "../format";
/**
 * Tolerant matching of the official labels: half-width brackets, spaces inside labels, 1、 for 1.,
 * straight or curly quotes, and the typos seen in real reports.
 */
import { toSimplified } from "./traditional";

/**
 * The comparison form of a label: full-width forms folded (NFKC), whitespace and quotes removed,
 * 1、 and (1) written 1., dashes unified. Two labels mean the same when their keys are equal.
 */
export function labelKey(raw: string): string {
  let key = KEY_CACHE.get(raw);
  if (key === undefined) {
    if (KEY_CACHE.size >= KEY_CACHE_SIZE) KEY_CACHE.clear();
    key = computeKey(raw);
    KEY_CACHE.set(raw, key);
  }
  return key;
}

const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_SIZE = 20000;

function computeKey(raw: string): string {
  return toSimplified(raw.normalize("NFKC"))
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, "")
    .replace(/["'“”‘’「」『』]/g, "")
    .replace(/^\((\d{1,2})\)/, "$1.")
    .replace(/(\d)[、，,．。](?!\d)/g, "$1.")
    .replace(/[－—–―─]/g, "-")
    .replace(/〔/g, "[")
    .replace(/〕/g, "]")
    .toLowerCase();
}

/** A label with a trailing parenthesised note removed: 行政事业性收费(万元) → 行政事业性收费. */
export function withoutTrailingNote(key: string): string {
  return key.replace(/\([^()]*\)$/, "");
}

/** Length of the longest common subsequence of two strings. */
export function lcsLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Similarity of two keys in [0, 1]: 2·LCS / (|a| + |b|). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length + b.length === 0) return 1;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}

export interface LabelMatch {
  /** The official label it means. */
  label: string;
  /** 1 when it means that label for sure; lower for a guess from similar text. */
  score: number;
  /** Written exactly as the official label, character for character. */
  exact: boolean;
  /** A known typo of the official label (worth telling the user). */
  typo: boolean;
}

export const MATCH_THRESHOLD = 0.8;

/** The official label (among candidates) a raw label means, or null when none is close enough. */
export function matchLabel(
  raw: string,
  candidates: readonly string[],
  threshold: number = MATCH_THRESHOLD,
): LabelMatch | null {
  const key = labelKey(raw);
  if (key === "") return null;
  const typoOf = KNOWN_TYPOS[key];
  let best: LabelMatch | null = null;
  for (const label of candidates) {
    if (raw === label) return { label, score: 1, exact: true, typo: false };
    const candidateKey = labelKey(label);
    let match: LabelMatch;
    if (candidateKey === key) match = { label, score: 1, exact: false, typo: false };
    else if (typoOf !== undefined && labelKey(typoOf) === candidateKey)
      match = { label, score: 0.95, exact: false, typo: true };
    else match = { label, score: similarity(key, candidateKey), exact: false, typo: false };
    if (!best || match.score > best.score) best = match;
  }
  return best && best.score >= threshold ? best : null;
}

/** The numbering of a label: 一、 (top), （一） (group), 1. (item), and the text after it. */
export interface LabelParts {
  top: string | null;
  group: string | null;
  item: number | null;
  text: string;
}

const NUMERAL = "[一二三四五六七八九十]+";
const TOP = new RegExp(`^(${NUMERAL})、`);
const GROUP = new RegExp(`^\\((${NUMERAL})\\)`);
const ITEM = /^(\d{1,2})\.(?!\d)/;

/** Splits a label (raw or key) into its numbering and text. */
export function labelParts(raw: string): LabelParts {
  let rest = labelKey(raw);
  let top: string | null = null;
  let group: string | null = null;
  let item: number | null = null;
  let m = TOP.exec(rest);
  if (m) {
    top = m[1];
    rest = rest.slice(m[0].length);
  }
  m = GROUP.exec(rest);
  if (m) {
    group = m[1];
    rest = rest.slice(m[0].length);
  }
  m = ITEM.exec(rest);
  if (m) {
    item = Number(m[1]);
    rest = rest.slice(m[0].length);
  }
  return { top, group, item, text: rest };
}

/** Joins the numbering and text of several label cells of one row (outer cells first). */
export function combineParts(cells: readonly string[]): LabelParts {
  const combined: LabelParts = { top: null, group: null, item: null, text: "" };
  for (const cell of cells) {
    const parts = labelParts(cell);
    combined.top = parts.top ?? combined.top;
    combined.group = parts.group ?? combined.group;
    if (parts.item !== null) combined.item = parts.item;
    if (parts.text !== "" || parts.item !== null || parts.group !== null || parts.top !== null) {
      combined.text = parts.text;
    }
  }
  return combined;
}

const PATH_PARTS = new Map<string, LabelParts>();
const GROUP_TEXTS = new Map<string, string>();
/** The score of a row naming only the group of an item row: too low to match it. */
const NAMES_GROUP = 0.3;

/** The text of the group label of a row path (其他处理 for …/（六）其他处理/1.…), "" when it has none. */
function groupText(rowPath: string): string {
  let text = GROUP_TEXTS.get(rowPath);
  if (text === undefined) {
    const group = pathLabels(rowPath)
      .map(labelParts)
      .find((parts) => parts.group !== null && parts.item === null);
    text = group?.text ?? "";
    GROUP_TEXTS.set(rowPath, text);
  }
  return text;
}
const OBSERVED_PARTS = new Map<string, LabelParts>();

/**
 * How well the label cells of a row name a row path of table 三 (outer cells first): 0 … 1.
 * Numbering that contradicts the path gives 0; abbreviated text (（六）1.逾期不补正) scores by how
 * much of it the official text explains.
 */
export function rowLabelScore(cells: readonly string[], rowPath: string): number {
  const cellsKey = cells.join("\u0001");
  let observed = OBSERVED_PARTS.get(cellsKey);
  if (!observed) {
    if (OBSERVED_PARTS.size >= KEY_CACHE_SIZE) OBSERVED_PARTS.clear();
    observed = combineParts(cells);
    OBSERVED_PARTS.set(cellsKey, observed);
  }
  let expected = PATH_PARTS.get(rowPath);
  if (!expected) {
    expected = combineParts(pathLabels(rowPath));
    PATH_PARTS.set(rowPath, expected);
  }
  const markers: (keyof LabelParts)[] = ["top", "group", "item"];
  // "（六）其他处理" alone names the group, not one of its items (the group written as one row).
  if (observed.item === null && expected.item !== null && observed.group !== null && observed.text !== "") {
    if (observed.text === groupText(rowPath)) return NAMES_GROUP;
  }
  let matched = 0;
  for (const marker of markers) {
    const seen = observed[marker];
    if (seen === null) continue;
    if (seen !== expected[marker]) return 0;
    matched += 1;
  }
  // The official leaf labels carry numbering the observation may lack: compare texts only.
  const t = observed.text;
  const e = expected.text;
  if (t === e) return 1;
  if (t === "") return matched > 0 && observed.group !== null ? 0.7 : 0;
  const lcs = lcsLength(t, e);
  const cover = lcs / t.length;
  if (matched > 0) return cover >= 0.5 ? 0.6 + 0.4 * cover : 0.2 + 0.4 * cover;
  const dice = (2 * lcs) / (t.length + e.length);
  return Math.max(dice, t.length >= 4 ? 0.9 * cover : 0);
}

/** Whether two labels are the same in key form (variants of writing, not of wording). */
export function sameLabel(a: string, b: string): boolean {
  return labelKey(a) === labelKey(b);
}
