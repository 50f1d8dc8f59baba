/**
 * What evaluators deduct points for in a report's text (国办公开办函〔2021〕30号): 总体情况 longer than a thousand
 * characters (T1), the text repeating last year's (T2), 信息处理费 charged by the report's own account while 第六部分
 * says none (T3), one of the six required parts missing (T4). Text input only (`Report.prose`).
 */
import type { Report } from "../report/model";
import type { Finding } from "./types";

/** The six parts of the official format, with the words that make a numbered heading that part's. */
export const REPORT_PARTS = [
  { no: "一", title: "总体情况", words: /总体情况|总体概况|基本情况/ },
  { no: "二", title: "主动公开政府信息情况", words: /主动公开/ },
  { no: "三", title: "收到和处理政府信息公开申请情况", words: /申请/ },
  { no: "四", title: "政府信息公开行政复议、行政诉讼情况", words: /复议|诉讼/ },
  { no: "五", title: "存在的主要问题及改进情况", words: /问题|改进/ },
  { no: "六", title: "其他需要报告的事项", words: /其他需要报告|其他事项|其他需报告/ },
] as const;

export interface FoundPart {
  index: number;
  /** Where its heading line starts and where the part ends (the next part's heading, or the end). */
  start: number;
  end: number;
  text: string;
}

const HEADING_LINE = /^[\s\u3000#*]*([一二三四五六])\s*[、.．]\s*(.{0,40})$/;

/**
 * The parts found, in order: a line “一、总体情况” … “六、其他需要报告的事项” (numeral and words must both fit, so
 * the sub-headings inside 总体情况 — 一、主动公开情况, 二、依申请公开情况 — are not taken for parts).
 */
export function findParts(prose: string): FoundPart[] {
  const found: { index: number; start: number }[] = [];
  let offset = 0;
  for (const line of prose.split("\n")) {
    const m = HEADING_LINE.exec(line);
    if (m) {
      const index = REPORT_PARTS.findIndex((p) => p.no === m[1]);
      const last = found[found.length - 1]?.index ?? -1;
      if (index > last && REPORT_PARTS[index].words.test(m[2])) found.push({ index, start: offset });
    }
    offset += line.length + 1;
  }
  return found.map((p, i) => {
    const end = found[i + 1]?.start ?? prose.length;
    return { ...p, end, text: prose.slice(p.start, end) };
  });
}

const visible = (text: string) => text.replace(/[\s\u3000]/g, "");

/** The report's own words: its text without headings of the tables' parts and without whitespace. */
function narrativeLength(prose: string): number {
  return visible(
    prose
      .split("\n")
      // Neither headings nor a copied sample's “#” note lines are the report's own words.
      .filter((l) => !HEADING_LINE.test(l) && !/^\s*#/.test(l))
      .join(""),
  ).length;
}

/** Text long enough to be the report's narrative (not only the tables' headings of a copied table block). */
const NARRATIVE_MIN = 200;
export const OVERVIEW_MAX = 1000;
/** A narrative without any of the parts' headings, long enough to be a report's text. */
const NARRATIVE_FULL = 600;
/** Overlap with last year's text above which T2 warns. */
export const SIMILARITY_WARN = 0.6;
const SHINGLE = 8;

const finding = (rule: "T1" | "T2" | "T3" | "T4", message: string): Finding => ({
  severity: "warning",
  rule,
  table: null,
  message,
  imbalance: null,
  cells: [],
  suspect: null,
});

/** T1 and T4 (one report's text) and T3 (its text against its table 三). */
export function reportTextFindings(report: Report): Finding[] {
  const prose = report.prose ?? "";
  if (narrativeLength(prose) < NARRATIVE_MIN) return [];
  const parts = findParts(prose);
  const findings: Finding[] = [];
  const overview = parts.find((p) => p.index === 0);
  if (overview) {
    const length = visible(overview.text).length;
    if (length > OVERVIEW_MAX) {
      findings.push(
        finding(
          "T1",
          `“一、总体情况”约 ${length} 字，超过一千字：年度报告格式要求总体情况“重在聚焦主题、简明客观，篇幅原则上不超过一千字”`,
        ),
      );
    }
  }
  const missing = REPORT_PARTS.filter((_, i) => !parts.some((p) => p.index === i));
  // Only a report (tables found) with its own words is held to the six parts: a part of 一、五、六 found, or a
  // narrative as long as a short report's; not a notice, a template, or the tables copied with a few notes.
  const ownWords = parts.some((p) => p.index === 0 || p.index >= 4) || narrativeLength(prose) >= NARRATIVE_FULL;
  if (missing.length > 0 && report.tables.length > 0 && ownWords) {
    findings.push(
      finding(
        "T4",
        `正文缺少${missing.map((p) => `“${p.no}、${p.title}”`).join("、")}：年度报告应包括格式规定的六个部分，“不能遗漏”`,
      ),
    );
  }
  const fees = feeContradiction(prose, parts);
  if (fees) findings.push(finding("T3", fees));
  return findings;
}

const NONE_CHARGED =
  /(?:未|没有|无|不)(?:收取|收费|产生|发生)[^。；\n]{0,12}(?:信息处理费|费用)|信息处理费[^。；\n\d]{0,6}(?:为\s*0(?![\d.])|为零|(?<![\d.])0\s*元|无)/;
const CHARGED =
  /(?<![未没无不免])(?:收取|收缴|缴纳)[^。；\n]{0,10}信息处理费\s*[^。；\n]{0,10}?(\d+(?:\.\d+)?)\s*(?:元|万元)/;

/** T3: 第六部分 says no 信息处理费 was charged, while the text elsewhere names an amount charged. */
function feeContradiction(prose: string, parts: readonly FoundPart[]): string | null {
  const six = parts.find((p) => p.index === 5);
  if (!six || !NONE_CHARGED.test(six.text)) return null;
  const outside = prose.slice(0, six.start) + prose.slice(six.end);
  const charged = CHARGED.exec(outside);
  if (charged && Number(charged[1]) > 0) {
    return `第六部分称未收取信息处理费，但正文写有“${charged[0].trim()}”：两处应一致（信息处理费的收取情况应在第六部分专门报告）`;
  }
  // Table 三's 逾期未按收费通知要求缴纳费用 is not a contradiction: a notice sent and not paid is no fee charged.
  return null;
}

/** Character 8-grams of the text, digits as one symbol (the year's figures differ even in copied text). */
function shingles(text: string): Set<string> {
  const plain = visible(text).replace(/[0-9０-９]+/g, "#");
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= plain.length; i++) out.add(plain.slice(i, i + SHINGLE));
  return out;
}

/** The share of this year's narrative (as 8-character pieces) found word for word in last year's, 0–1. */
export function textOverlap(current: string, last: string): number {
  const mine = shingles(current);
  if (mine.size === 0) return 0;
  const theirs = shingles(last);
  let shared = 0;
  for (const s of mine) if (theirs.has(s)) shared++;
  return shared / mine.size;
}

/** The narrative compared: the text without the tables' parts (二、三、四 are the tables, alike every year). */
function narrative(prose: string): string {
  const parts = findParts(prose);
  const tables = parts.filter((p) => p.index >= 1 && p.index <= 3);
  let text = prose;
  for (const p of [...tables].reverse()) text = text.slice(0, p.start) + text.slice(p.end);
  return text;
}

/** T2: the text repeats last year's report above the threshold. */
export function similarityFindings(report: Report, previous: Report | null | undefined): Finding[] {
  const now = report.prose ?? "";
  const before = previous?.prose ?? "";
  if (narrativeLength(now) < NARRATIVE_MIN || narrativeLength(before) < NARRATIVE_MIN) return [];
  const overlap = textOverlap(narrative(now), narrative(before));
  if (overlap < SIMILARITY_WARN) return [];
  const percent = Math.round(overlap * 100);
  const year = previous?.year ? `${previous.year} 年` : "上年";
  return [
    finding(
      "T2",
      `正文有 ${percent}% 与${year}报告逐字相同（按连续 8 个字计，数字不计）：年度报告格式通知把“内容雷同”列为应追究的问题，请按本年情况重写`,
    ),
  ];
}
