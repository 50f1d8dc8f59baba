/**
 * Traditional characters of the official labels, as mirror sites show them (規章, 處罰, 收費), with the
 * simplified character each stands for. Only labels are compared in this form; values and messages keep the text.
 */
export const TRADITIONAL_PAIRS =
  "規规範范製制發发廢废現现數数許许處处罰罚強强業业費费額额單单萬万決决對对務务項项減减開开總总採采購购請请況况" +
  "構构會会組组織织機机關关計计結结轉转區区這这屬属於于國国穩稳護护權权類类內内過过執执詢询無无沒没補补後后確确" +
  "訪访舉举報报訴诉復复認认獲获繳缴納纳維维糾纠審审經经議议條条動动辦办續续繼继為为實实從从應应據据徑径種种";

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2)
  SIMPLIFIED.set(TRADITIONAL_PAIRS[i], TRADITIONAL_PAIRS[i + 1]);

const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join("")}]`, "g");

/** The text with the traditional characters of the official labels written simplified. */
export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL, (ch) => SIMPLIFIED.get(ch) ?? ch);
}
