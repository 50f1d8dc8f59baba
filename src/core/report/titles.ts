/** The report's title: {单位}{年}年政府信息公开工作年度报告, and the forms real reports give it. */

export interface TitleInfo {
  unit: string | null;
  year: number;
}

/** 年 or 年度 after a four-digit year, then 政府信息公开…报告 (typos like 工作告年度报 allowed). */
const TITLE = /^(.*?)((?:19|20|21)\d{2})年度?(.*?)政府信息公开(?:工作)?(?:[^，。；;,]{0,8}?)报/;
const LONGEST_TITLE = 60;
const LONGEST_UNIT = 30;

function cleanUnit(text: string): string | null {
  const unit = text
    .replace(/^[#\s*]+/, "")
    .replace(/^[《“"'「]+|[》”"'」:：,，、\s]+$/g, "")
    .trim();
  return unit === "" ? null : unit;
}

const CHINESE_DIGITS = "〇一二三四五六七八九";

/** A year written in Chinese numerals (二〇二四, 二零二四, 二○二四) or full-width digits (２０２４), as digits. */
function yearInDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[一二][〇零○一二三四五六七八九]{3}(?=年)/g, (year) =>
      [...year].map((c) => String(CHINESE_DIGITS.indexOf(c === "零" || c === "○" ? "〇" : c))).join(""),
    );
}

/** Reads unit and year from a title line (spaces allowed anywhere: 胡集乡 2024 年…). Null when it is no title. */
export function parseTitle(raw: string): TitleInfo | null {
  const text = yearInDigits(raw.replace(/[\s\u3000\u00a0]+/g, ""));
  const m = TITLE.exec(text);
  if (!m || m[0].length > LONGEST_TITLE || /[。；《》]|关于/.test(m[0])) return null;
  const before = cleanUnit(m[1]);
  const between = cleanUnit(m[3]);
  if (before && between) return null;
  const unit = before ?? between;
  if (unit !== null && (unit.length > LONGEST_UNIT || /^[一二三四五六七八九十]+、|…|\.\.\./.test(unit))) return null;
  return { unit, year: Number(m[2]) };
}
