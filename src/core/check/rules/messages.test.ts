/**
 * Every rule of the registry, made to speak: reports broken in the ways each rule looks for, checked, and every
 * message read as the user reads it. A message names cells, labels and the official relations in words; rule ids
 * (R2, P1, F6, T3 …) stay in --json and tooltips and never appear in a message.
 */
import {
  cellKey,
  FORMATS,
  sheetLayout,
  T3_CARRIED_IN,
  T3_NATURAL,
  T3_NEW,
  T3_TOTAL,
  type FormatId,
} from "../../format";
import { setValue } from "../../report/build";
import { reportFromText } from "../../report/fromText";
import type { Report } from "../../report/model";
import { reportText, tableBlock } from "../../report/__tests__/textWriters";
import { distinct, template, workbook } from "../../report/__tests__/grids";
import { reportsFromGrid } from "../../report/fromGrid";
import type { NamedRange } from "../../grid";
import { checkReport } from "../engine";
import { realisticReport } from "../testing/fixtures";
import type { Finding } from "../types";
import type { RuleRefs } from "./types";
import { RULE_META, RULES } from "./index";

const RULE_ID = /\b[RPFT]\d/;
const SHEET = "2024年报表";

/** Each data cell at the address the add-in's own layout puts it (for the formula rule). */
function placed(report: Report): Report {
  const format = FORMATS[report.format as FormatId];
  const layout = sheetLayout(format, ["二", "三", "四"], { unit: "某市", year: 2024, prefix: "DT_2024" });
  for (const table of layout.tables) {
    for (const d of format.tables[table.table].dataCells) {
      const cell = report.cells.get(cellKey(d.table, d.row, d.column));
      if (cell) cell.ref = { sheet: SHEET, row: table.top + d.r, col: table.left + d.c };
    }
  }
  return report;
}

function bump(report: Report, row: string, column: string, by: number): void {
  const cell = report.cells.get(cellKey("三", row, column))!;
  setValue(report, "三", row, column, (cell.value ?? 0) + by);
}

const RESULT_ROWS = FORMATS["2021"].tables["三"].rowPaths.filter(
  (r) => r.startsWith("三、") && !r.endsWith("（七）总计"),
);

const SIX_PARTS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];
const SENTENCE = "我乡严格贯彻落实《中华人民共和国政府信息公开条例》，持续强化组织领导，优化工作机制。";

/** The broken reports, each checked with what it is checked against. */
function cases(): [what: string, report: Report, refs: RuleRefs][] {
  const typo = realisticReport({ seed: 7 });
  bump(typo, RESULT_ROWS[0], T3_NATURAL, 1);

  // （七）总计 and 一、本年新收 left out a result row, in every column: “this row looks counted twice”.
  const doubled = realisticReport({ seed: 11 });
  for (const column of FORMATS["2021"].tables["三"].columnPaths) {
    const counted = doubled.cells.get(cellKey("三", RESULT_ROWS[0], column))?.value ?? 0;
    bump(doubled, "三、本年度办理结果/（七）总计", column, -counted);
    bump(doubled, T3_NEW, column, -counted);
  }

  // 7 typed in the wrong column: −7 in one, +7 in another.
  const misplaced = realisticReport({ seed: 13 });
  bump(misplaced, RESULT_ROWS[0], T3_NATURAL, -7);
  bump(misplaced, RESULT_ROWS[0], FORMATS["2021"].tables["三"].columnPaths[1], 7);

  const written = realisticReport({ seed: 17 });
  Object.assign(written.cells.get(cellKey("三", RESULT_ROWS[0], T3_NATURAL))!, {
    raw: "约5",
    value: null,
    problems: ["notNumber"],
  });
  Object.assign(written.cells.get(cellKey("三", RESULT_ROWS[1], T3_NATURAL))!, {
    raw: null,
    value: null,
    problems: ["blank"],
  });

  const formula = placed(realisticReport({ seed: 19 }));
  const total = formula.cells.get(cellKey("三", "三、本年度办理结果/（七）总计", T3_NATURAL))!;
  const first = formula.cells.get(cellKey("三", RESULT_ROWS[0], T3_NATURAL))!.ref!;
  const last = formula.cells.get(cellKey("三", RESULT_ROWS[RESULT_ROWS.length - 2], T3_NATURAL))!.ref!;
  total.formula = `=SUM(D${first.row + 1}:D${last.row + 1})`;

  const township = realisticReport({ seed: 23 });
  township.unit = "胡集乡人民政府";
  setValue(township, "二", "第二十条第（一）项/规章", "本年制发件数", 2);

  const lastYear = realisticReport({ seed: 29, year: 2023 });
  const thisYear = realisticReport({ seed: 31, previous: lastYear });
  bump(thisYear, T3_CARRIED_IN, T3_NATURAL, 3);
  bump(thisYear, T3_NEW, T3_NATURAL, -3);
  setValue(thisYear, "二", "第二十条第（一）项/行政规范性文件", "现行有效件数", 1);
  const otherYear = realisticReport({ seed: 37, year: 2021 });

  const prose = realisticReport({ seed: 41 });
  const said = (prose.cells.get(cellKey("三", T3_NEW, T3_TOTAL))?.value ?? 0) + 1000;
  const overview = SENTENCE.repeat(30) + "全年共收取信息处理费 120 元。";
  prose.prose = [
    `${SIX_PARTS[0]}\n${overview}`,
    `${SIX_PARTS[1]}\n`,
    `${SIX_PARTS[2]}\n本年共收到政府信息公开申请 ${said} 件。`,
    `${SIX_PARTS[3]}\n`,
    `${SIX_PARTS[5]}\n本机关本年度未收取信息处理费。`,
  ].join("\n\n");
  const proseLastYear = realisticReport({ seed: 43, year: 2023 });
  proseLastYear.prose = prose.prose;

  const summary = realisticReport({ seed: 47 });
  summary.unit = "某县";
  const part = realisticReport({ seed: 53 });
  const rollups: RuleRefs["rollups"] = [
    { parts: [{ report: part, name: "甲乡" }], missing: { list: "DT_汇总明细", sheets: ["乙镇"] } },
  ];

  const tableFour = realisticReport({ seed: 59 });
  const group = FORMATS["2021"].tables["四"].dataCells[0];
  setValue(
    tableFour,
    "四",
    group.row,
    group.column,
    (tableFour.cells.get(cellKey("四", group.row, group.column))?.value ?? 0) + 4,
  );

  const text = reportText(realisticReport({ seed: 61 }), "tab");
  const lines = text.split("\n");
  const text2019 = reportText(realisticReport({ seed: 61, format: "2019", year: 2020 }), "tab");
  const block2021 = tableBlock(text, "三");
  const from = lines.indexOf(block2021[0]);
  const mixed = [...lines.slice(0, from), ...tableBlock(text2019, "三"), ...lines.slice(from + block2021.length)];
  const read = (source: string) => reportFromText(source, "报告.txt");

  return [
    ["a typo in table 三", typo, {}],
    ["a row counted twice", doubled, {}],
    ["a value in the wrong column", misplaced, {}],
    ["text and blanks in number cells", written, {}],
    ["a total's formula that misses a row", formula, {}],
    ["a township that made 规章", township, {}],
    ["carried-over figures that differ from last year's", thisYear, { previous: lastYear }],
    ["last year's report of another year", thisYear, { previous: otherYear, previousUnmatched: [otherYear] }],
    [
      "text that says other figures, is too long, charges fees, lacks a part, repeats last year's",
      prose,
      { previous: proseLastYear },
    ],
    ["a summary that is not the sum of its parts", summary, { rollups }],
    ["a total of table 四 that is not its sum", tableFour, {}],
    ["a table cut off", read(lines.slice(0, Math.floor(lines.length * 0.6)).join("\n")), {}],
    ["a row missing inside table 三", read(lines.filter((l) => !l.includes("2.重复申请")).join("\n")), {}],
    ["a 2021 table 三 with （六） as one row", read(mixed.join("\n")), {}],
    ["a report year that does not fit the format", read(text.replace(/2024/g, "2019")), {}],
    ["no tables at all", read("本机关 2024 年政府信息公开工作年度报告\n正文而已。"), {}],
    ["a label changed inside a named table", changedLabel(), {}],
    ["rows inserted inside a named table", insertedRows(), {}],
  ];
}

function changedLabel(): Report {
  const t = template({ formatId: "2021", year: 2024, unit: "胡集乡", valueOf: distinct });
  t.sheet.set(t.boxes["三"].top + 1, t.boxes["三"].left + 3, "个人");
  return reportsFromGrid(workbook([t.sheet], t.names))[0];
}

function insertedRows(): Report {
  const t = template({ formatId: "2021", year: 2024, unit: "胡集乡", valueOf: distinct });
  const at = t.boxes["三"].top + 5;
  t.sheet.insertRows(at, 1);
  t.sheet.rows(at, 2, [["其中：网上申请", 9, 9, 9, 9, 9, 9, 9]]);
  const names: NamedRange[] = t.names.map((n) =>
    n.box.top > at
      ? { ...n, box: { ...n.box, top: n.box.top + 1 } }
      : n.box.top + n.box.rows > at
        ? { ...n, box: { ...n.box, rows: n.box.rows + 1 } }
        : n,
  );
  return reportsFromGrid(workbook([t.sheet], names))[0];
}

describe("messages say what is wrong in words, never by rule id", () => {
  const found: [string, Finding][] = [];
  beforeAll(() => {
    for (const [what, report, refs] of cases()) for (const f of checkReport(report, refs)) found.push([what, f]);
  });

  test("the hints are among them (a row counted twice, a value in the wrong column)", () => {
    expect(found.some(([, f]) => f.message.includes("像是被重复计算了"))).toBe(true);
    expect(
      found.some(([what, f]) => what === "a value in the wrong column" && /填错了.{1,3}（应计入/.test(f.message)),
    ).toBe(true);
  });

  test("no finding's message, suspect cause or review reason names a rule id", () => {
    const named = found
      .flatMap(([what, f]) =>
        [f.message, f.suspect?.cause ?? "", ...(f.suspect ? [String(f.suspect.suggested)] : [])].map((t) => [
          what,
          f.rule,
          t,
        ]),
      )
      .filter(([, , t]) => RULE_ID.test(t));
    expect(named).toEqual([]);
  });

  test("the broken reports make the rules speak (the check above reads their messages)", () => {
    const spoke = new Set(found.map(([, f]) => f.rule));
    // F0 (a file the command line could not read) is the CLI's, from its error message: src/cli tests it.
    const checked = RULES.filter((d) => d.scope !== "file").flatMap((d) => d.rules.map((r) => r.id));
    const silent = checked.filter((id) => !spoke.has(id));
    expect(silent).toEqual([]);
  });

  test("the pattern catches every id of the registry", () => {
    for (const id of RULE_META.keys()) expect(`与 ${id}“…”不一致`).toMatch(RULE_ID);
  });
});
