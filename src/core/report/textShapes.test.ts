import fc from "fast-check";
import { describeShared, readSample } from "../../../test/shared";
import { checkReport } from "../check/engine";
import { NORMALISED_SAMPLES, realisticReport, sampleReport } from "../check/testing/fixtures";
import { allDataCells, cellKey, FORMATS, type FormatId, type TableId } from "../format";
import { emptyReport, getValue, setValue } from "./build";
import { reportFromText } from "./fromText";
import type { Report } from "./model";
import { textRows } from "./textShapes";
import { reportText, TEXT_SHAPES, type TextShape } from "./__tests__/textWriters";

/** The cells whose value read differs from the value written (key: written → read). */
function differences(written: Report, read: Report): string[] {
  const out: string[] = [];
  for (const [key, cell] of written.cells) {
    const got = read.cells.get(key);
    if (got?.value !== cell.value) out.push(`${key}: ${cell.value} → ${got?.value}`);
  }
  return out;
}

describe("rows of cells from each copied shape", () => {
  const rows = (text: string) => textRows(text).rows.map((r) => r.cells);

  test("| rows: markdown rules dropped, empty cells kept, leading and trailing bars ignored", () => {
    const text = [
      "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
      "|---|---|---|---|",
      "| 行政规范性文件 | 3 |  | 17 |",
    ];
    expect(rows(text.join("\n"))).toEqual([
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["行政规范性文件", "3", "", "17"],
    ]);
  });

  test("one cell per line: a label and the numbers after it make one row; a nbsp line is an empty cell", () => {
    expect(rows("规章\n1\n\u00a0\n11\n行政规范性文件\n8\n26\n66")).toEqual([
      ["规章", "1", "", "11"],
      ["行政规范性文件", "8", "26", "66"],
    ]);
  });

  test("one cell per line: an empty line between two numbers is an empty cell", () => {
    expect(rows("规章\n1\n\n11\n行政规范性文件\n8\n26\n66")).toEqual([
      ["规章", "1", "", "11"],
      ["行政规范性文件", "8", "26", "66"],
    ]);
  });

  test("one cell per paragraph: blank lines separate cells", () => {
    expect(rows("规章\n\n1\n\n0\n\n11\n\n行政规范性文件\n\n8\n\n26\n\n66\n")).toEqual([
      ["规章", "1", "0", "11"],
      ["行政规范性文件", "8", "26", "66"],
    ]);
  });

  test("a column header before numbers names a column, not the numbers' row", () => {
    expect(rows("尚未审结\n总计\n0\n1\n0")).toEqual([["尚未审结"], ["总计"], ["0", "1", "0"]]);
  });

  test("pdftotext: a label wrapped over lines, the numbers after its last part", () => {
    const text = [
      "       5.要求行政机关确认或重",
      "         新出具已获取信息     1     0     0     0     0     0    1",
      "       1、申请人无正当理由逾期不补",
      "",
      "       正、行政机关不再处理其政府信           67        3        0         0        1         0    71",
      "       息公开申请",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["5.要求行政机关确认或重新出具已获取信息", "1", "0", "0", "0", "0", "0", "1"],
      ["1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "67", "3", "0", "0", "1", "0", "71"],
    ]);
  });

  test("a label on one line, its numbers on the next", () => {
    expect(rows("一、本年新收政府信息公开申请数量\n40 2 0 0 1 0 43\n行政许可\n12")).toEqual([
      ["一、本年新收政府信息公开申请数量", "40", "2", "0", "0", "1", "0", "43"],
      ["行政许可", "12"],
    ]);
  });

  test("two labels that are each whole are two rows, not one wrapped label", () => {
    expect(rows("行政许可\n行政处罚  5")).toEqual([["行政许可"], ["行政处罚", "5"]]);
  });

  test("prose lines stay rows of their own", () => {
    expect(rows("本年度共收到申请 3 件。\n我单位认真贯彻落实条例。")).toEqual([
      ["本年度共收到申请 3 件。"],
      ["我单位认真贯彻落实条例。"],
    ]);
  });
});

describe("a report written in each copied shape reads back to the same values", () => {
  const formats: FormatId[] = ["2021", "2019"];
  const tableIds: TableId[] = ["二", "三", "四"];

  test.each(TEXT_SHAPES.flatMap((shape) => formats.map((format) => [shape, format] as const)))(
    "%s, %s format: a realistic report",
    (shape, format) => {
      const written = realisticReport({ format, year: format === "2019" ? 2020 : 2024 });
      const read = reportFromText(reportText(written, shape), `report.${shape}.txt`);
      expect(read.format).toBe(format);
      expect(read.tables).toEqual(tableIds);
      expect(read.unit).toBe("某市人民政府");
      expect(differences(written, read)).toEqual([]);
      expect(read.notes.filter((n) => n.severity === "error")).toEqual([]);
    },
  );

  const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9_999_999 }));

  test.each(TEXT_SHAPES.map((s) => [s] as const))("%s: random values in both formats (property)", (shape) => {
    fc.assert(
      fc.property(
        fc.constantFrom<FormatId>(...formats),
        fc.array(count, { minLength: 220, maxLength: 220 }),
        (format, values) => {
          const written = emptyReport({ format, year: format === "2019" ? 2019 : 2023, unit: "胡集乡" });
          allDataCells(FORMATS[format]).forEach((def, i) => {
            const v = def.kind === "signedCount" && i % 3 === 0 ? -values[i] : values[i];
            setValue(written, def.table, def.row, def.column, def.kind === "amount" ? v / 100 : v);
          });
          const read = reportFromText(reportText(written, shape), "random.txt");
          return read.format === format && differences(written, read).length === 0;
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("a typing slip in each shape is found, with the right suspect and suggestion", () => {
  const ROW = "三、本年度办理结果/（三）不予公开/4.保护第三方合法权益";
  const COLUMN = "自然人";

  test.each(TEXT_SHAPES.map((s) => [s] as const))("%s", (shape) => {
    const written = realisticReport({ format: "2021", year: 2024, seed: 7 });
    const right = getValue(written, "三", ROW, COLUMN) as number;
    setValue(written, "三", ROW, COLUMN, right + 10);
    const read = reportFromText(reportText(written, shape), "slip.txt");
    const findings = checkReport(read).filter((f) => f.severity === "error");
    expect(findings.length).toBeGreaterThan(0);
    const suspects = findings.map((f) => f.suspect).filter((s) => s !== null);
    expect(suspects.length).toBeGreaterThan(0);
    for (const suspect of suspects) {
      expect(suspect).toMatchObject({ row: ROW, column: COLUMN, value: right + 10, suggested: right });
    }
  });
});

describeShared("real reports (../shared/samples) in every copied shape", () => {
  const samples = NORMALISED_SAMPLES.map(([name, format, year]) => {
    const report = sampleReport(readSample(name), format, year);
    report.unit = "某单位";
    return [name, report] as const;
  });

  /** Shapes where a blank cell leaves no trace (numbers one space apart): samples with blank cells cannot come back. */
  const BLANKS_UNSEEN: TextShape[] = ["labelOverNumbers", "pdftotext"];
  const hasBlank = (report: Report) => [...report.cells.values()].some((c) => c.value === null);

  test.each(TEXT_SHAPES.map((s) => [s] as const))("%s: every table of every sample reads back", (shape) => {
    const failed: string[] = [];
    for (const [name, written] of samples) {
      if (BLANKS_UNSEEN.includes(shape) && hasBlank(written)) continue;
      const read = reportFromText(reportText(written, shape), name);
      for (const table of written.tables) {
        const keys = [...written.cells.keys()].filter((k) => k.startsWith(`${table}|`));
        const wrong = keys.filter((k) => read.cells.get(k)?.value !== written.cells.get(k)?.value);
        if (wrong.length > 0) failed.push(`${name} 表${table}: ${wrong.length} 格，如 ${wrong[0]}`);
      }
      if (read.format !== written.format) failed.push(`${name}: 格式 ${read.format}`);
    }
    expect(failed).toEqual([]);
  });

  test.each(BLANKS_UNSEEN.map((s) => [s] as const))(
    "%s hides where 上海 2019's blank cells were: one warning for table 三 says so, naming its rows",
    (shape) => {
      const [, report] = samples.find(([name]) => name.startsWith("shanghai")) as (typeof samples)[number];
      const read = reportFromText(reportText(report, shape), "shanghai.txt");
      const warnings = read.notes.filter((n) => n.table === "三" && n.severity === "warning");
      expect(warnings).toHaveLength(1);
      expect(warnings[0].message).toMatch(/^表三有 \d+ 行的数字少于 7 个（“一、本年新收政府信息公开申请数量”、/);
      expect(warnings[0].message).toContain("已按从左到右的顺序读取，请对照原表核对");
    },
  );

  test("the same cells are blank in every shape that shows blanks (上海 2019's empty 总计 column)", () => {
    const [, written] = samples.find(([name]) => name.startsWith("shanghai")) as (typeof samples)[number];
    const blanks = [...written.cells].filter(([, c]) => c.value === null).map(([k]) => k);
    expect(blanks.length).toBeGreaterThan(0);
    for (const shape of ["tab", "markdown", "cellPerLine", "cellPerParagraph"] as TextShape[]) {
      const read = reportFromText(reportText(written, shape), "shanghai.txt");
      expect(blanks.filter((k) => read.cells.get(k)?.value !== null)).toEqual([]);
      expect(read.cells.get(cellKey("三", "一、本年新收政府信息公开申请数量", "总计"))?.value).toBe(859);
    }
  });
});
