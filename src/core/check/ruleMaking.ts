/**
 * R9: 规章 counts are 0 for a body without rule-making power. Under the 立法法 only the departments of the
 * State Council (部门规章) and the governments of provinces, autonomous regions, municipalities, cities with
 * districts and autonomous prefectures (地方政府规章) make 规章; townships, 街道, counties, districts and
 * their departments do not. The body's level is read from its name (Report.unit); when the name does not
 * say it clearly, the rule is not run.
 */
import { FORMATS, keyOf, leafLabel, type TableId } from "../format";
import type { Report } from "../report/model";
import { findingCell } from "./suspect";
import { cellName } from "../format";
import type { Finding } from "./types";

export type BodyLevel = "township" | "street" | "county" | "district" | "city" | "province" | "ministry";

/** Levels whose bodies make no 规章, with how a message names them. */
const WITHOUT_POWER: Partial<Record<BodyLevel, string>> = {
  township: "乡镇",
  street: "街道",
  county: "县级行政机关",
  district: "市辖区的行政机关",
};

export const hasRuleMakingPower = (level: BodyLevel): boolean => !(level in WITHOUT_POWER);

/** Trailing words that name the government or its office rather than the body's level. */
const GOVERNMENT = /(?:人民政府|政府)?(?:办公室|办公厅|党政办公室|党政办)?$/;
const TOWNSHIP = /(?:民族乡|乡|镇|苏木)(?:人民政府|政府)?$/;
const STREET = /街道(?:办事处)?$/;
/** 县 or 旗 as a level (郸城县, 县人民政府, 县…局), not 县级, 县域 or 红旗. */
const COUNTY = /县(?!级|域)|(?:^|[^红])旗/;
/** 区 of a kind that is no 市辖区: an autonomous region (a province), zones run by 管委会, 社区, 景区 … */
const NOT_DISTRICT = /(?:自治|开发|新|高新|实验|示范|园|保税|试验|合作|功能|特|社|景|辖|片|管)区/g;
/** A department or office after the place: …局, …委员会, …办 … */
const DEPARTMENT = /(?:局|委员会|委|办公室|办公厅|办|中心|署|厅|所|站|队|院|处)$/;
const PROVINCE = /(?:省|自治区|北京市|天津市|上海市|重庆市)(?:人民政府|政府)(?:办公厅)?$/;
const CITY = /(?:市|自治州|州|盟)(?:人民政府|政府)?(?:办公室|办公厅)?$/;
const MINISTRY = /^(?:中华人民共和国|国务院|国家)|部$/;

/**
 * The level of a body from its name: 胡集乡 → township, 某街道办事处 → street, 郸城县人民政府 and 郸城县财政局 →
 * county, 淮安市清江浦区人民政府 and 某区统计局 → district, 淮安市人民政府 → city, 江苏省人民政府 → province,
 * 国家新闻出版署 → ministry. Null when the name does not say it (a city's or a province's department,
 * 开发区 and 新区 bodies, names without a place).
 */
export function bodyLevel(unit: string | null): BodyLevel | null {
  if (!unit) return null;
  const name = unit.replace(/[\s\u3000]+/g, "");
  if (name === "") return null;
  const body = name.replace(GOVERNMENT, "");
  if (STREET.test(name) || STREET.test(body)) return "street";
  if (TOWNSHIP.test(body)) return "township";
  if (COUNTY.test(name)) return "county";
  const places = name.replace(NOT_DISTRICT, "");
  const district = places.lastIndexOf("区");
  if (district >= 0) {
    const after = places.slice(district + 1);
    if (GOVERNMENT.exec(after)?.[0] === after || DEPARTMENT.test(after)) return "district";
  }
  if (/自治区/.test(name) && PROVINCE.test(name)) return "province";
  if (/区/.test(name)) return null;
  if (PROVINCE.test(name)) return "province";
  if (CITY.test(name)) return "city";
  if (MINISTRY.test(name) && !/[省市县区乡镇]/.test(name)) return "ministry";
  return null;
}

const RULES_ROW = "第二十条第（一）项/规章";

/** One warning per 规章 cell above 0, for a body whose name says it has no rule-making power. */
export function ruleMakingFindings(report: Report): (Finding & { table: TableId })[] {
  const level = bodyLevel(report.unit);
  const kind = level ? WITHOUT_POWER[level] : undefined;
  if (!report.format || !report.unit || !kind || !report.tables.includes("二")) return [];
  const table = FORMATS[report.format].tables["二"];
  const documents = leafLabel(table.rowPaths.find((r) => r.endsWith("规范性文件")) ?? "规范性文件");
  const findings: (Finding & { table: TableId })[] = [];
  for (const def of table.dataCells) {
    if (def.row !== RULES_ROW) continue;
    const key = keyOf(def);
    const value = report.cells.get(key)?.value;
    if (value === null || value === undefined || !(value > 0)) continue;
    const name = cellName({ table: "二", row: def.row, column: def.column });
    const at = findingCell(report, key);
    findings.push({
      severity: "warning",
      rule: "R9",
      table: "二",
      message: `${report.unit} 为${kind}，无规章制定权，${name} 应为 0，实为 ${value}`,
      imbalance: null,
      cells: [at],
      suspect: {
        ...at,
        suggested: 0,
        reason: `按《立法法》，规章只由国务院各部门和省、自治区、直辖市、设区的市、自治州的人民政府制定；${kind}没有规章，规章各栏应为 0。所填的若是${documents}，应填在“${documents}”一行`,
      },
    });
  }
  return findings;
}
