/**
 * The figures a report states in words (R10): “共受理政府信息公开申请21件”, “答复3050件（含上年度结转申请34件，
 * 另有103件顺延到下年度答复）”, “行政复议351件，其中结果维持72件”. Only wordings that say unambiguously what a
 * number counts are read; anything else is left alone (a figure not read gives no warning, a figure misread
 * would give a false one).
 */
import { NUMBER, normaliseProse, quote, readNumber, sentences, yearsIn } from "./proseText";

/** Table 四's groups as the prose names them. */
export type CaseGroup = "review" | "litigation" | "direct" | "afterReview";
export type CaseResult = "结果维持" | "结果纠正" | "其他结果" | "尚未审结";
export type ResultGroup = "（一）" | "（二）" | "（一）（二）" | "（三）" | "（四）" | "（五）" | "（六）";
export type DocumentRow = "规章" | "行政规范性文件";
export type DocumentColumn = "本年制发件数" | "本年废止件数" | "现行有效件数";

export type Topic =
  /** 受理/收到/新收 … 申请 N: 一、本年新收 (or 一 + 二). */
  | { kind: "received" }
  /** 办理 … 申请 N: 一, 一 + 二 or （七）总计. */
  | { kind: "handled" }
  /** 答复/办结 N: （七）总计. */
  | { kind: "answered" }
  | { kind: "carriedIn" }
  | { kind: "carriedOut" }
  | { kind: "result"; group: ResultGroup }
  | { kind: "cases"; group: CaseGroup; result: CaseResult | "总计" }
  | { kind: "documents"; row: DocumentRow; column: DocumentColumn };

export interface Claim {
  topic: Topic;
  value: number;
  /** The words as the report wrote them. */
  quote: string;
  /** Where in the normalised prose (for ordering). */
  at: number;
}

const N = `(?<n>${NUMBER})`;
const UNIT = "(?<u>件|条|个|宗|起|份|项|次|例)";
const DOC_UNIT = "(?<u>件|个|份|部|项|篇)";
/** Units after a Chinese numeral: 一个, 一次 are too often no count. */
const CHINESE_UNITS = new Set(["件", "条", "起", "宗", "部"]);
/** Characters of one clause: no punctuation, no digits. */
const P = "[^，,。；;：:、（）()\\d]";
/** Before a figure: it is approximate. */
const APPROXIMATE = /(?:约|近|逾|超过|超|不足|将近|大约)$/;
/** The other subjects a clause about applications may be about. */
const NOT_APPLICATIONS = /复议|诉讼|结转|上一?年|咨询|投诉|举报|信访|意见|建议|留言|来电|来信/;
const RESULT_WORDS = /予以公开|部分公开|不予公开|无法提供|不予处理|其他处理/;
/** Words that put a figure of 答复 elsewhere: another year, a result, a case. */
const NOT_ANSWERED = /复议|诉讼|下一?年|次年|顺延|结转|上一?年/;

interface Pattern {
  /** A cheap test first: the sentence holds one of the pattern's words. */
  words: RegExp;
  re: RegExp;
  topic: (m: RegExpExecArray, ctx: Context) => Topic | null;
}

interface Context {
  text: string;
  /** Start of the match in text. */
  start: number;
  /** Report year, for “结转至2026年”. */
  year: number | null;
}

/** Text of the clause before the match (since the last comma, colon or bracket). */
function clauseBefore(ctx: Context): string {
  const before = ctx.text.slice(0, ctx.start);
  const cut = Math.max(...["，", ",", "、", "：", ":", "（", "(", "）", ")"].map((c) => before.lastIndexOf(c)));
  return before.slice(cut + 1);
}

const nextYear = (text: string | undefined, ctx: Context): boolean => {
  const m = /^(\d{4})年/.exec(text ?? "");
  return !m || (ctx.year !== null && Number(m[1]) === ctx.year + 1);
};

const FOLLOWING_YEAR = "(?<y>下一?年度?|次年|(?:19|20)\\d{2}年度?)";
const RESULT_PATTERNS: [string, ResultGroup][] = [
  ["(?:予以公开|全部公开)(?:及|和|与|、|或|并)部分公开", "（一）（二）"],
  ["(?:予以公开|全部公开)", "（一）"],
  ["部分公开", "（二）"],
  ["不予公开", "（三）"],
  ["无法提供", "（四）"],
  ["不予处理", "（五）"],
  ["其他处理", "（六）"],
];

const DOCUMENT_ROW = (d: string): DocumentRow => (d === "规章" ? "规章" : "行政规范性文件");
const DOCUMENT = "(?<d>行政规范性文件|规范性文件|规章)";
const NOT_OWN_DOCUMENTS = /现行|有效|废止|清理|累计|各|指导|督促|审核|审查|备案|公开|政策|解读/;

const PATTERNS: Pattern[] = [
  {
    // 共受理政府信息公开申请21件, 收到依申请公开事项 0 条, 全年办理政府信息公开申请218件
    words: /受理|收到|新收|接收|接到|收办|办理/,
    re: new RegExp(`(?<v>受理|收到|新收|接收|接到|收办|办理)(?<b>${P}{0,24}?)${N}${UNIT}`, "g"),
    topic: (m, ctx) => {
      const b = m.groups?.b ?? "";
      if (!b.includes("申请") || !/公开|信息/.test(b) || NOT_APPLICATIONS.test(b)) return null;
      const before = ctx.text.slice(0, ctx.start);
      if (/(?:不予|不|未|没有|无法)$/.test(before)) return null;
      if (m.groups?.v === "办理" && /继续$|下一?年度?$|次年$/.test(before)) return null;
      return { kind: m.groups?.v === "办理" ? "handled" : "received" };
    },
  },
  {
    // 共收到70件申请, 收到21件政府信息公开申请
    words: /受理|收到|新收|接收|接到|收办/,
    re: new RegExp(`(?<v>受理|收到|新收|接收|接到|收办)了?${N}${UNIT}(?<b>${P}{0,14}?)申请(?!人|复议|诉讼)`, "g"),
    topic: (m) => {
      const b = m.groups?.b ?? "";
      if (NOT_APPLICATIONS.test(b) || (b !== "" && !/公开|信息/.test(b))) return null;
      return { kind: "received" };
    },
  },
  {
    // 政府信息公开申请共计81件
    words: /公开申请/,
    re: new RegExp(
      `(?:政府信息公开|依申请公开|信息公开)申请(?:数量|总数|总量|案件)?(?:共计|合计|总计|共|为|达)${N}${UNIT}`,
      "g",
    ),
    topic: () => ({ kind: "received" }),
  },
  {
    // 未收到政府信息公开申请: 0
    words: /(?:未|没有)(?:收到|受理|接到)/,
    re: new RegExp(`(?:未|没有)(?:收到|受理|接到)(?:过|任何)?(?<b>${P}{0,16}?)申请`, "g"),
    topic: (m) => {
      const b = m.groups?.b ?? "";
      return /公开|信息/.test(b) && !NOT_APPLICATIONS.test(b) ? { kind: "received" } : null;
    },
  },
  {
    // 答复3050件, 共办结148件
    words: /答复|办结|回复|处理完毕/,
    re: new RegExp(`(?<v>答复|办结|回复|处理完毕)了?(?<b>${P}{0,12}?)${N}${UNIT}`, "g"),
    topic: (m, ctx) => {
      const b = m.groups?.b ?? "";
      if (NOT_ANSWERED.test(b) || /率|答复|办结/.test(b) || (b !== "" && !/申请|公开|信息|案件/.test(b))) return null;
      const clause = clauseBefore(ctx);
      if (RESULT_WORDS.test(clause) || NOT_ANSWERED.test(clause)) return null;
      return { kind: "answered" };
    },
  },
  {
    // 含上年度结转申请34件, 包括上年结转信息公开申请30件
    words: /结转/,
    re: new RegExp(`上一?年度?${P}{0,6}?结转(?<c>${P}{0,12}?)${N}${UNIT}`, "g"),
    topic: (m) => (/下一?年|次年|复议|诉讼/.test(m.groups?.c ?? "") ? null : { kind: "carriedIn" }),
  },
  {
    // 结转下年度继续办理246件, 转下年度办理121件, 结转至2026年6件
    words: /转|顺延|延期/,
    re: new RegExp(`(?:结转|转入|转|顺延|延期)(?:至|到|入)?${FOLLOWING_YEAR}(?<c>${P}{0,10}?)${N}${UNIT}`, "g"),
    topic: (m, ctx) =>
      nextYear(m.groups?.y, ctx) && !/上一?年|复议|诉讼/.test(m.groups?.c ?? "") ? { kind: "carriedOut" } : null,
  },
  {
    // 另有103件顺延到下年度答复, 1件结转下年度继续办理
    words: /转入|结转|顺延|延期/,
    re: new RegExp(`${N}${UNIT}(?<c>${P}{0,12}?)(?:结转|转入|顺延|延期)(?:至|到|入)?${FOLLOWING_YEAR}`, "g"),
    topic: (m, ctx) =>
      nextYear(m.groups?.y, ctx) && !/上一?年|复议|诉讼/.test(m.groups?.c ?? "") ? { kind: "carriedOut" } : null,
  },
  ...RESULT_PATTERNS.map(([words, group]): Pattern => ({
    // 予以公开1191件, 予以公开及部分公开258件, 无法提供265件
    words: new RegExp(words),
    re: new RegExp(`${words}(?:答复|的)?(?:申请)?${N}${UNIT}`, "g"),
    topic: (_m, ctx) => {
      const before = ctx.text.slice(0, ctx.start);
      if (group === "（二）" && /(?:予以公开|全部公开)(?:及|和|与|、|或|并)$/.test(before)) return null;
      if (/复议|诉讼/.test(clauseBefore(ctx))) return null;
      return { kind: "result", group };
    },
  })),
  {
    // 制定规范性文件0件, 本年度制发的规范性文件88件
    words: /(?:制定|制发|出台|印发)[^。]*(?:规范性文件|规章)/,
    re: new RegExp(`(?:制定|制发|出台|印发)了?(?<b>${P}{0,10}?)${DOCUMENT}${N}${DOC_UNIT}`, "g"),
    topic: (m) =>
      NOT_OWN_DOCUMENTS.test(m.groups?.b ?? "")
        ? null
        : { kind: "documents", row: DOCUMENT_ROW(m.groups?.d ?? ""), column: "本年制发件数" },
  },
  {
    words: /废止[^。]*(?:规范性文件|规章)/,
    re: new RegExp(`废止了?(?<b>${P}{0,10}?)${DOCUMENT}${N}${DOC_UNIT}`, "g"),
    topic: (m) =>
      NOT_OWN_DOCUMENTS.test((m.groups?.b ?? "").replace(/废止/g, ""))
        ? null
        : { kind: "documents", row: DOCUMENT_ROW(m.groups?.d ?? ""), column: "本年废止件数" },
  },
  {
    words: /现行有效/,
    re: new RegExp(`现行有效的?${DOCUMENT}${N}${DOC_UNIT}`, "g"),
    topic: (m) => ({ kind: "documents", row: DOCUMENT_ROW(m.groups?.d ?? ""), column: "现行有效件数" }),
  },
];

/** Where a sentence names a group of table 四; "both" (行政复议、行政诉讼案件743件) names none. */
interface Marker {
  at: number;
  end: number;
  group: CaseGroup | "both";
}

const MARKERS: [RegExp, CaseGroup | "both"][] = [
  [
    /(?:行政复议|复议)(?:案件)?(?:和|及|与|、|或|以及)(?:行政诉讼|诉讼)|(?:行政诉讼|诉讼)(?:案件)?(?:和|及|与|、|或|以及)(?:行政复议|复议)/g,
    "both",
  ],
  [/未经复议直接起诉|直接起诉/g, "direct"],
  [/(?:经)?复议后(?:起诉|提起诉讼|提起行政诉讼)/g, "afterReview"],
  [/行政复议/g, "review"],
  [/行政诉讼|诉讼/g, "litigation"],
];

function markersIn(text: string): Marker[] {
  const taken: Marker[] = [];
  for (const [re, group] of MARKERS) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (taken.some((t) => at < t.end && end > t.at)) continue;
      taken.push({ at, end, group });
    }
  }
  return taken.sort((a, b) => a.at - b.at);
}

const CASE_TOTAL = new RegExp(`^(?:案件|案|申请)?(?:共计|合计|共)?${N}${UNIT}`);
const CASE_RESULT = new RegExp(`(?:结果)?(?<r>维持|纠正|其他结果|尚未审结|未审结)的?${N}${UNIT}`, "g");
const RESULT_NAME: Record<string, CaseResult> = {
  维持: "结果维持",
  纠正: "结果纠正",
  其他结果: "其他结果",
  尚未审结: "尚未审结",
  未审结: "尚未审结",
};

interface Found {
  topic: Topic;
  token: string;
  unit: string;
  start: number;
  end: number;
  /** Index of the number in the sentence text. */
  numberAt: number;
}

function caseFigures(text: string): Found[] {
  if (!/复议|诉讼|起诉/.test(text)) return [];
  const markers = markersIn(text);
  const found: Found[] = [];
  for (const marker of markers) {
    if (marker.group === "both") continue;
    // A bare 诉讼 counts only after 行政复议 in the same sentence (“行政复议7件，诉讼9件”).
    if (text.slice(marker.at, marker.end) === "诉讼" && !markers.some((m) => m.group === "review" && m.at < marker.at))
      continue;
    const m = CASE_TOTAL.exec(text.slice(marker.end));
    if (!m?.groups) continue;
    const numberAt = marker.end + m[0].length - m.groups.n.length - m.groups.u.length;
    const topic: Topic = { kind: "cases", group: marker.group, result: "总计" };
    found.push({
      topic,
      token: m.groups.n,
      unit: m.groups.u,
      start: marker.at,
      end: marker.end + m[0].length,
      numberAt,
    });
  }
  for (const m of text.matchAll(CASE_RESULT)) {
    const at = m.index ?? 0;
    const groups = m.groups ?? {};
    const owner = markers.filter((k) => k.end <= at).pop();
    if (!owner || owner.group === "both") continue;
    const topic: Topic = { kind: "cases", group: owner.group, result: RESULT_NAME[groups.r] };
    const end = at + m[0].length;
    found.push({
      topic,
      token: groups.n,
      unit: groups.u,
      start: at,
      end,
      numberAt: end - groups.n.length - groups.u.length,
    });
  }
  return found;
}

function patternFigures(text: string, year: number | null): Found[] {
  const found: Found[] = [];
  for (const pattern of PATTERNS) {
    if (!pattern.words.test(text)) continue;
    for (const m of text.matchAll(pattern.re)) {
      const start = m.index ?? 0;
      const topic = pattern.topic(m as RegExpExecArray, { text, start, year });
      if (!topic) continue;
      const groups = m.groups ?? {};
      const end = start + m[0].length;
      const token = groups.n ?? "零";
      const unit = groups.u ?? "件";
      const numberAt = groups.n === undefined ? start : m[0].lastIndexOf(groups.n + unit) + start;
      found.push({ topic, token, unit, start, end, numberAt });
    }
  }
  return found;
}

/** A sentence worth reading holds a number and a unit, or says that no application came. */
const COUNTED = /[\d零〇一二两三四五六七八九十百千](?:件|条|个|宗|起|份|项|次|例|部|篇)/;
const NONE_RECEIVED = /(?:未|没有)(?:收到|受理|接到)/;

const sameTopic = (a: Topic, b: Topic) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The figures of the prose, in order. `year` is the report's: a figure in a sentence that names another
 * year before it (“2022年，…共制定规范性文件0件”) is about that year and is not read.
 */
export function proseClaims(prose: string, year: number | null): Claim[] {
  const text = normaliseProse(prose);
  const claims: Claim[] = [];
  for (const sentence of sentences(text)) {
    const words = text.text.slice(sentence.start, sentence.end);
    if (!COUNTED.test(words) && !NONE_RECEIVED.test(words)) continue;
    const years = yearsIn(text.text, sentence.start, sentence.end);
    const figures = [...patternFigures(words, year), ...caseFigures(words)];
    for (const f of figures) {
      const value = readNumber(f.token);
      if (value === null) continue;
      if (!/^\d/.test(f.token) && !CHINESE_UNITS.has(f.unit)) continue;
      if (APPROXIMATE.test(words.slice(0, f.numberAt))) continue;
      const said = years.filter((y) => y.at < sentence.start + f.start).pop();
      if (said && said.year !== year) continue;
      const at = sentence.start + f.start;
      if (claims.some((c) => sameTopic(c.topic, f.topic) && c.value === value)) continue;
      claims.push({ topic: f.topic, value, quote: quote(text, at, sentence.start + f.end), at });
    }
  }
  return claims.sort((a, b) => a.at - b.at);
}
