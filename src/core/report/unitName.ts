/**
 * Unit names the way people write them: 胡集乡, 胡集乡人民政府, 胡集乡政府 and 郸城县胡集乡人民政府 are one body.
 * Used to match a county's list of the bodies that must report against the reports that arrived.
 */
import type { CellScalar } from "../grid/types";

/** Endings that name the same body's government or office rather than another body, longest first. */
const SAME_BODY_ENDINGS: readonly [RegExp, string][] = [
  [/(?:人民政府|政府)(?:办公室|办公厅|党政办公室|党政办)$/, ""],
  [/人民政府$/, ""],
  [/(?<!人民)政府$/, ""],
  [/街道办事处$|街道办$/, "街道"],
  [/(?:管理委员会|管委会)$/, ""],
];

/** What a place name ends with when it is only the place a body is in (the 郸城县 of 郸城县胡集乡). */
const PLACE = /^\p{Script=Han}{1,12}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区)$/u;

/** The name of a body reduced to what tells it apart: no spaces or quotes, no 人民政府/政府 ending. */
export function normaliseUnit(name: string): string {
  let text = name
    .normalize("NFKC")
    .replace(/[\s\u3000"'“”‘’《》「」]/g, "")
    .replace(/[。，,；;：:、.]+$/, "");
  for (;;) {
    const before = text;
    for (const [ending, replacement] of SAME_BODY_ENDINGS) {
      const shorter = text.replace(ending, replacement);
      if (shorter !== "" && shorter !== text) {
        text = shorter;
        break;
      }
    }
    if (text === before) return text;
  }
}

/** A body's name from a file name when the report does not say it: 胡集乡2024年政府信息公开工作年度报告.docx → 胡集乡. */
export function unitFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  const cut = stem.replace(/[-_ ]*(?:\d{4}\s*年?度?)?\s*(?:政府信息公开)?(?:工作)?年度?报告.*$/, "").trim();
  return cut !== "" ? cut : stem;
}

/** Whether two normalised names are the same body, one written with the place it is in (郸城县胡集乡 / 胡集乡). */
function sameBody(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 || !long.endsWith(short)) return false;
  return PLACE.test(long.slice(0, long.length - short.length));
}

export interface ReportedUnit {
  /** The unit the report names (or, lacking one, what its file is called). */
  name: string;
  /** Where it came from: file or sheet. */
  source: string;
}

export interface ExpectedUnitsCheck {
  /** The list's units that have at least one report, each with the reports matched to it. */
  reported: { unit: string; reports: ReportedUnit[] }[];
  /** Units on the list with no report. */
  missing: string[];
  /** Reports from units not on the list. */
  unexpected: ReportedUnit[];
  /** Units on the list that sent more than one report. */
  duplicates: { unit: string; reports: ReportedUnit[] }[];
  /** Names written more than once on the list (counted once). */
  repeatedOnList: string[];
}

/**
 * Which listed units have no report, which reports are from units not on the list, which units sent two.
 * A report matches a listed unit whose normalised name is the same, else the only one it equals up to a place
 * prefix (郸城县胡集乡 ↔ 胡集乡).
 */
export function checkExpectedUnits(expected: readonly string[], reports: readonly ReportedUnit[]): ExpectedUnitsCheck {
  const listed: { unit: string; key: string }[] = [];
  const repeatedOnList: string[] = [];
  for (const raw of expected) {
    const unit = raw.trim();
    if (unit === "") continue;
    const key = normaliseUnit(unit);
    if (listed.some((l) => l.key === key)) repeatedOnList.push(unit);
    else listed.push({ unit, key });
  }
  const matched = new Map<string, ReportedUnit[]>(listed.map((l) => [l.unit, []]));
  const unexpected: ReportedUnit[] = [];
  for (const report of reports) {
    const key = normaliseUnit(report.name);
    const exact = listed.filter((l) => l.key === key);
    const near = exact.length > 0 ? exact : listed.filter((l) => sameBody(l.key, key));
    if (near.length === 1) matched.get(near[0].unit)?.push(report);
    else unexpected.push(report);
  }
  const all = listed.map((l) => ({ unit: l.unit, reports: matched.get(l.unit) ?? [] }));
  return {
    reported: all.filter((u) => u.reports.length > 0),
    missing: all.filter((u) => u.reports.length === 0).map((u) => u.unit),
    unexpected,
    duplicates: all.filter((u) => u.reports.length > 1),
    repeatedOnList,
  };
}

const HEADER = /^(?:序号|单位|单位名称|名称|报告单位|应报单位|应报送单位)$/;
const NUMBERING =
  /^(?:\d+\s*[.、．)）]?|[一二三四五六七八九十]+\s*[、．]|[（(]\s*[\d一二三四五六七八九十]+\s*[)）])\s*/;

/**
 * The units of a list as people write it: one a line, pasted from a sheet (tab-separated: the cell that is not
 * a number), numbered (1. 1、 （1）), with a header line or blank lines and # comments.
 */
export function parseUnitList(text: string): string[] {
  const units: string[] = [];
  for (const line of text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)) {
    if (/^\s*#/.test(line)) continue;
    const cells = line
      .split("\t")
      .map((c) => c.trim())
      .filter((c) => c !== "" && !/^\d+$/.test(c));
    const cell = cells.find((c) => !HEADER.test(c));
    if (cell === undefined) continue;
    const unit = cell.replace(NUMBERING, "").trim();
    if (unit !== "" && !HEADER.test(unit)) units.push(unit);
  }
  return units;
}

/**
 * The units of a list kept in a sheet: the column headed 单位/单位名称/名称 (below its header), else the column
 * with the most text cells; numbers and blanks are skipped.
 */
export function unitsFromGrid(values: readonly (readonly CellScalar[])[]): string[] {
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
  const width = Math.max(0, ...values.map((r) => r.length));
  let column = -1;
  let firstRow = 0;
  for (let r = 0; r < values.length && column < 0; r++) {
    const c = values[r].findIndex((v) => /^(?:单位|单位名称|名称|报告单位|应报单位|应报送单位)$/.test(text(v)));
    if (c >= 0) [column, firstRow] = [c, r + 1];
  }
  if (column < 0) {
    const counts = Array.from(
      { length: width },
      (_, c) => values.filter((row) => text(row[c]) !== "" && !/^\d+$/.test(text(row[c]))).length,
    );
    column = counts.indexOf(Math.max(0, ...counts));
  }
  if (column < 0) return [];
  return parseUnitList(
    values
      .slice(firstRow)
      .map((row) => text(row[column]))
      .join("\n"),
  );
}
