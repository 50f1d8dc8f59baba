/**
 * Reports for tests and the benchmark: consistent tables built from their leaf cells (totals computed so
 * R1–R4 hold), and the normalised sample files of ../shared/samples read into a Report (by position).
 */
import {
  FORMATS,
  HEADINGS,
  T3_CARRIED_IN,
  T3_CARRIED_OUT,
  T3_COLUMNS,
  T3_NEW,
  T3_RESULT_TOTAL,
  T3_TOTAL,
  T4_COLUMNS,
  type FormatId,
  type TableId,
} from "../../format";
import { emptyReport, setValue } from "../../report/build";
import type { Report } from "../../report/model";

const RULES_ROW = "第二十条第（一）项/规章";

/** The six applicant columns of table 三 (everything but 总计). */
export const APPLICANT_COLUMNS = T3_COLUMNS.slice(0, 6);

export const resultRows = (format: FormatId): string[] =>
  FORMATS[format].tables["三"].rowPaths.filter((r) => r.startsWith("三、") && r !== T3_RESULT_TOTAL);

export interface Table3Leaves {
  /** [result row][applicant column]: the cells of （一）…（六）, without totals. */
  results: number[][];
  /** Per applicant column. */
  carriedIn: number[];
  carriedOut: number[];
}

/**
 * Fills table 三 from its leaves: （七）总计 = Σ result rows, 总计 = Σ applicant columns,
 * 一、本年新收 = （七）总计 + 四 − 二 (so R1 holds; callers keep 二 ≤ （七）总计 + 四).
 */
export function fillTable3(report: Report, leaves: Table3Leaves): void {
  const format = report.format as FormatId;
  const rows = resultRows(format);
  const set = (row: string, values: number[]) => {
    values.forEach((v, j) => setValue(report, "三", row, APPLICANT_COLUMNS[j], v));
    setValue(
      report,
      "三",
      row,
      T3_TOTAL,
      values.reduce((a, b) => a + b, 0),
    );
  };
  const resultTotal = APPLICANT_COLUMNS.map((_, j) => rows.reduce((s, _r, i) => s + leaves.results[i][j], 0));
  rows.forEach((row, i) => set(row, leaves.results[i]));
  set(T3_RESULT_TOTAL, resultTotal);
  set(T3_CARRIED_IN, leaves.carriedIn);
  set(T3_CARRIED_OUT, leaves.carriedOut);
  set(
    T3_NEW,
    resultTotal.map((t, j) => t + leaves.carriedOut[j] - leaves.carriedIn[j]),
  );
}

/** Table 四 from [group][结果维持, 结果纠正, 其他结果, 尚未审结]; 总计 computed. */
export function fillTable4(report: Report, groups: number[][]): void {
  groups.forEach((values, g) => {
    const columns = T4_COLUMNS.slice(g * 5, g * 5 + 5);
    values.forEach((v, i) => setValue(report, "四", "", columns[i], v));
    setValue(
      report,
      "四",
      "",
      columns[4],
      values.reduce((a, b) => a + b, 0),
    );
  });
}

/** A small deterministic generator (tests and the benchmark must not vary between runs). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface RealisticOptions {
  format?: FormatId;
  seed?: number;
  year?: number;
  /** Last year's report: 二、上年结转 is its 四、结转下年度继续办理, 现行有效件数 continues its stock (R5, R6 hold). */
  previous?: Report;
}

/** A consistent report of a city's size (thousands of applications, sparse organisation columns). */
export function realisticReport(options: RealisticOptions = {}): Report {
  const { format = "2021", seed = 2024, year = 2024, previous } = options;
  const rand = seeded(seed);
  const report = emptyReport({ format, year, unit: "某市人民政府" });
  const scale = [400, 30, 1, 2, 3, 5];
  const leaf = (j: number) => Math.floor(rand() * rand() * scale[j]);
  const rows = resultRows(format);
  const results = rows.map(() => APPLICANT_COLUMNS.map((_, j) => leaf(j)));
  const carriedOut = APPLICANT_COLUMNS.map((_, j) => leaf(j));
  const lastOut = (column: string) => previous?.cells.get(`三|${T3_CARRIED_OUT}|${column}`)?.value ?? null;
  const carriedIn = APPLICANT_COLUMNS.map((column, j) => lastOut(column) ?? Math.min(leaf(j), carriedOut[j]));
  // 一、本年新收 = （七）总计 + 四 − 二 must stay ≥ 0.
  results[0] = results[0].map((v, j) => v + carriedIn[j]);
  fillTable3(report, { results, carriedIn, carriedOut });
  fillTable4(report, [
    [88, 18, 28, 36],
    [7, 0, 11, 7],
    [33, 0, 6, 13],
  ]);
  const table2 = FORMATS[format].tables["二"].dataCells;
  for (const cell of table2) {
    const value = cell.kind === "amount" ? Math.round(rand() * 1e9) / 1e4 : Math.floor(rand() * 5000);
    // 规章 stay 0: the report is used under townships' names too, which make none (R9).
    setValue(report, "二", cell.row, cell.column, cell.row === RULES_ROW ? 0 : value);
  }
  for (const row of ["第二十条第（一）项/行政规范性文件"]) {
    const stock = previous?.cells.get(`二|${row}|现行有效件数`)?.value;
    if (format !== "2021" || stock === undefined || stock === null) continue;
    const made = Math.floor(rand() * 50);
    const repealed = Math.floor(rand() * Math.min(50, stock));
    setValue(report, "二", row, "本年制发件数", made);
    setValue(report, "二", row, "本年废止件数", repealed);
    setValue(report, "二", row, "现行有效件数", stock + made - repealed);
  }
  return report;
}

/**
 * A normalised sample (../shared/samples/*.txt, format in its README) as a Report. Blocks 三 and 四 are
 * read by position; block 二 only where each line is a label and its numbers (2021 layout).
 * An empty field is a blank cell.
 */
export function sampleReport(text: string, format: FormatId, year: number | null = null): Report {
  const blocks = new Map<TableId, string[][]>();
  let current: TableId | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const heading = (["二", "三", "四"] as TableId[]).find((t) => line.startsWith(HEADINGS[t]));
    if (heading) {
      current = heading;
      blocks.set(heading, []);
      continue;
    }
    if (current && !line.startsWith("row\t")) blocks.get(current)?.push(line.split("\t"));
  }
  const formatDef = FORMATS[format];
  const t2Rows = formatDef.tables["二"].rowPaths;
  const t2Lines = blocks.get("二") ?? [];
  const t2Ok = t2Lines.length === t2Rows.length && t2Lines.every((f) => f.length > 1 && !f[0].includes("raw"));
  const tables: TableId[] = t2Ok ? ["二", "三", "四"] : ["三", "四"];
  const report = emptyReport({ format, year, source: "sample", tables });
  const put = (table: TableId, row: string, column: string, field: string | undefined) => {
    const text = (field ?? "").trim();
    if (text === "") {
      const cell = report.cells.get(`${table}|${row}|${column}`);
      if (!cell) throw new Error(`no cell ${table} ${row} ${column}`);
      Object.assign(cell, { raw: null, value: null, problems: ["blank"] });
      return;
    }
    const value = Number(text);
    if (!Number.isFinite(value)) throw new Error(`not a number in sample: ${text}`);
    setValue(report, table, row, column, value);
  };
  const t3Rows = formatDef.tables["三"].rowPaths;
  const t3Lines = blocks.get("三") ?? [];
  if (t3Lines.length !== t3Rows.length)
    throw new Error(`table 三 has ${t3Lines.length} rows, expected ${t3Rows.length}`);
  t3Lines.forEach((fields, i) => T3_COLUMNS.forEach((column, j) => put("三", t3Rows[i], column, fields[j + 1])));
  (blocks.get("四") ?? []).forEach((fields, g) =>
    T4_COLUMNS.slice(g * 5, g * 5 + 5).forEach((column, i) => put("四", "", column, fields[i + 1])),
  );
  if (t2Ok) {
    const cells = formatDef.tables["二"].dataCells;
    t2Lines.forEach((fields, i) =>
      cells.filter((c) => c.row === t2Rows[i]).forEach((c, j) => put("二", c.row, c.column, fields[j + 1])),
    );
  }
  return report;
}

/** A report whose table 三 holds the given leaf cells (result rows × applicant columns, 0 elsewhere), totals computed. */
export function table3Report(
  format: FormatId,
  leaves: readonly (readonly [row: string, column: string, value: number])[],
  carried: { in?: number[]; out?: number[] } = {},
): Report {
  const report = emptyReport({ format, year: format === "2019" ? 2020 : 2024 });
  const rows = resultRows(format);
  const results = rows.map(() => APPLICANT_COLUMNS.map(() => 0));
  for (const [row, column, value] of leaves) {
    const i = rows.indexOf(row);
    const j = APPLICANT_COLUMNS.indexOf(column);
    if (i < 0 || j < 0) throw new Error(`not a leaf cell of table 三: ${row} ${column}`);
    results[i][j] = value;
  }
  const zeros = APPLICANT_COLUMNS.map(() => 0);
  fillTable3(report, { results, carriedIn: carried.in ?? zeros, carriedOut: carried.out ?? zeros });
  return report;
}

/** The normalised real reports of ../shared/samples with their format and report year (samples/README.md). */
export const NORMALISED_SAMPLES: [string, FormatId, number][] = [
  ["pingtan-2019-format2019.txt", "2019", 2019],
  ["pingtan-2020-format2019.txt", "2019", 2020],
  ["pingtan-2021.txt", "2021", 2021],
  ["pingtan-2022.txt", "2021", 2022],
  ["pingtan-2023.txt", "2021", 2023],
  ["pingtan-2024.txt", "2021", 2024],
  ["pingtan-2025.txt", "2021", 2025],
  ["huaian-city-2024.txt", "2021", 2024],
  ["suqian-city-2023.txt", "2021", 2023],
  ["suqian-city-2024.txt", "2021", 2024],
  ["shanghai-govoffice-2019-format2019.txt", "2019", 2019],
];
