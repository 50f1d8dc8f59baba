/* ExcelJS cells, not Office.js proxies: the Office.js load/sync lint rules mistake getCell() for Excel.Worksheet.getCell. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { T3_CARRIED_IN, T3_CARRIED_OUT, T3_COLUMNS, T3_RESULT_TOTAL, T3_TOTAL } from "../core/format";
import { realisticReport, sampleReport } from "../core/check/testing/fixtures";
import { cellAt, setReport } from "../features/__tests__/workbooks";
import { openXlsx, saveXlsx } from "../hosts/exceljs";
import { a1Ref } from "../hosts/types";
import { describeShared, readSample, sharedPath } from "../../test/shared";
import { ROOT, checkJson, cli, ensureCliBuilt, type FileJson, type FindingJson } from "./__tests__/run";
import { readInput } from "./inputs";

let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-check-"));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILE_KEYS = ["file", "findings", "format", "tables", "unit", "year"];
const FINDING_KEYS = ["cells", "imbalance", "message", "rule", "severity", "suspect", "table"];
const CELL_KEYS = ["column", "ref", "row", "value"];
const SUSPECT_KEYS = [...CELL_KEYS, "reason", "suggested"].sort();

/** The JSON contract of DESIGN.md, key for key and type for type. */
function expectContract(file: FileJson): void {
  expect(Object.keys(file).sort()).toEqual(FILE_KEYS);
  expect(file.format === null || ["2019", "2021"].includes(file.format)).toBe(true);
  expect(file.year === null || Number.isInteger(file.year)).toBe(true);
  for (const f of file.findings) {
    const keys = Object.keys(f).sort();
    if (f.candidates) {
      expect(f.suspect).toBeNull();
      expect(keys).toEqual([...FINDING_KEYS, "candidates"].sort());
    } else expect(keys).toEqual(FINDING_KEYS);
    expect(["error", "warning"]).toContain(f.severity);
    expect(f.rule).toMatch(/^(R([1-9]|1[01])|F[1-57-9]|P1)$/);
    expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    expect(f.imbalance === null || typeof f.imbalance === "number").toBe(true);
    for (const c of f.cells) {
      expect(Object.keys(c).sort()).toEqual(CELL_KEYS);
      expect(c.value === null || ["number", "string"].includes(typeof c.value)).toBe(true);
    }
    for (const s of [f.suspect, ...(f.candidates ?? [])]) {
      if (s === null) continue;
      expect(Object.keys(s).sort()).toEqual(SUSPECT_KEYS);
      expect(typeof s.suggested).toBe("number");
      expect(s.reason).toMatch(/[\u4e00-\u9fff]/);
    }
  }
}

describeShared("check --json on the real samples", () => {
  test("胡集乡 2024 (published text): passes, exit 0, every one of its 200 cells read as 0", async () => {
    const file = sharedPath("samples", "huji-township-2024.txt");
    const run = checkJson([file]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.json.files).toEqual([
      { file, format: "2021", year: 2024, unit: "胡集乡", tables: ["二", "三", "四"], findings: [] },
    ]);
    const input = await readInput(file);
    if (!input.ok) throw new Error(input.message);
    const cells = [...input.reports[0].cells.values()];
    expect(cells).toHaveLength(200);
    for (const cell of cells)
      expect({ value: cell.value, problems: cell.problems }).toEqual({ value: 0, problems: [] });
  });

  test("淮安 2024: passes (exit 0), the path printed as given (relative)", () => {
    const file = path.relative(ROOT, sharedPath("samples", "huaian-city-2024.txt"));
    const run = checkJson([file]);
    expect(run.status).toBe(0);
    expect(run.json.files[0]).toMatchObject({ file, format: "2021", year: 2024, unit: "淮安市人民政府" });
    expect(run.json.files[0].findings.filter((f) => f.severity === "error")).toEqual([]);
    expectContract(run.json.files[0]);
  });

  test("平潭 2020: R2 fails in 自然人 and 总计, explained as （二） counted twice; exit 1", () => {
    const file = sharedPath("samples", "pingtan-2020-format2019.txt");
    const run = checkJson([file]);
    expect(run.status).toBe(1);
    const [entry] = run.json.files;
    expectContract(entry);
    expect(entry).toMatchObject({ format: "2019", year: 2020, tables: expect.arrayContaining(["三", "四"]) });
    // Its table 二 is not in table form (README): named once.
    const all = entry.findings.filter((f) => f.severity === "error");
    expect(all.map((f) => [f.rule, f.table])).toEqual([
      ["F7", "二"],
      ["R2", "三"],
      ["R2", "三"],
    ]);
    const errors = all.filter((f) => f.rule === "R2");
    const totalCell = (f: FindingJson) => f.cells.find((c) => c.row === T3_RESULT_TOTAL)!;
    expect(errors.map((f) => [totalCell(f).column, totalCell(f).value, f.imbalance])).toEqual([
      ["自然人", 20, -6],
      [T3_TOTAL, 21, -6],
    ]);
    for (const f of errors) {
      expect(f.message).toContain("（二）部分公开");
      expect(f.message).toContain("重复计算");
      expect(f.suspect).toBeNull();
      expect(f.cells.every((c) => c.ref === null)).toBe(true);
    }
  });

  test("上海 2019: its blank 总计 cells are R8 unfilled (value null); exit 1", () => {
    const file = sharedPath("samples", "shanghai-govoffice-2019-format2019.txt");
    const known = sampleReport(readSample("shanghai-govoffice-2019-format2019.txt"), "2019");
    const blankTotals = [...known.cells.values()]
      .filter((c) => c.def.table === "三" && c.def.column === T3_TOTAL && c.value === null)
      .map((c) => c.def.row);
    // Every result row （一）…（六）: 19 rows (samples/README.md says 21; the file has totals in 一, 二, （七） and 四).
    expect(blankTotals).toHaveLength(19);
    const run = checkJson([file]);
    expect(run.status).toBe(1);
    const [entry] = run.json.files;
    expectContract(entry);
    const unfilled = entry.findings
      .filter((f) => f.rule === "R8" && f.table === "三")
      .flatMap((f) => [...f.cells, ...(f.suspect ? [f.suspect] : [])]);
    for (const row of blankTotals) {
      expect(unfilled).toContainEqual(expect.objectContaining({ row, column: T3_TOTAL, value: null, ref: null }));
    }
    for (const f of entry.findings.filter((x) => x.rule === "R8")) expect(f.severity).toBe("error");
  });

  test("several files: one entry each, in the order given", () => {
    const files = ["pingtan-2020-format2019.txt", "huji-township-2024.txt"].map((f) => sharedPath("samples", f));
    const run = checkJson(files);
    expect(run.status).toBe(1);
    expect(run.json.files.map((f) => f.file)).toEqual(files);
  });
});

/** A template from the command line, filled with ExcelJS as a user's spreadsheet program would. */
async function filledTemplate(name: string, wrong?: { row: string; column: string; by: number }): Promise<string> {
  const file = path.join(dir, name);
  const made = cli(["template", "--year", "2024", "--unit", "胡集乡", "-o", file]);
  expect(made.status).toBe(0);
  const workbook = await openXlsx(file);
  const sheet = workbook.getWorksheet("2024年报表")!;
  const report = realisticReport({ seed: 3, year: 2024 });
  setReport(sheet, 2024, report);
  if (wrong) {
    const at = cellAt(2024, "三", wrong.row, wrong.column);
    const cell = sheet.getRow(at.row + 1).getCell(at.col + 1);
    cell.value = Number(cell.value) + wrong.by;
  }
  await saveXlsx(workbook, file);
  return file;
}

describe("check on a workbook made by `template` and filled in", () => {
  const PARTIAL = "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）";

  test("consistent numbers pass (exit 0); one wrong number is found with its cell, value and suggestion", async () => {
    const good = await filledTemplate("good.xlsx");
    const passed = checkJson([good]);
    expect(passed.status).toBe(0);
    expect(passed.json.files).toEqual([
      { file: good, format: "2021", year: 2024, unit: "胡集乡", tables: ["二", "三", "四"], findings: [] },
    ]);

    const bad = await filledTemplate("bad.xlsx", { row: PARTIAL, column: "自然人", by: 6 });
    const right = realisticReport({ seed: 3, year: 2024 }).cells.get(`三|${PARTIAL}|自然人`)!.value!;
    const failed = checkJson([bad]);
    expect(failed.status).toBe(1);
    const [entry] = failed.json.files;
    expectContract(entry);
    expect(entry.findings.map((f) => f.rule).sort()).toEqual(["R2", "R3"]);
    const at = cellAt(2024, "三", PARTIAL, "自然人");
    const ref = a1Ref("2024年报表", at.row, at.col);
    expect(ref).toBe(`'2024年报表'!D${at.row + 1}`);
    for (const f of entry.findings) {
      expect(f.suspect).toMatchObject({ row: PARTIAL, column: "自然人", ref, value: right + 6, suggested: right });
      expect(f.cells).toContainEqual({ row: PARTIAL, column: "自然人", ref, value: right + 6 });
    }
    const total = cellAt(2024, "三", T3_RESULT_TOTAL, "自然人");
    const r2 = entry.findings.find((f) => f.rule === "R2")!;
    expect(r2.cells).toContainEqual(
      expect.objectContaining({ row: T3_RESULT_TOTAL, column: "自然人", ref: `'2024年报表'!D${total.row + 1}` }),
    );

    const text = cli(["check", bad]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(ref);
    expect(text.stdout).toContain(`建议值 ${right}`);
    expect(text.stdout).toContain("2 个错误");
  }, 120_000);

  test("--previous: a changed carried value is an R5 error naming the cell; unchanged, it passes", async () => {
    const lastYear = await filledTemplate("2024.xlsx");
    const previous = realisticReport({ seed: 3, year: 2024 });
    const nextFile = path.join(dir, "2025.xlsx");
    expect(cli(["new-year", lastYear, "-o", nextFile]).status).toBe(0);
    const workbook = await openXlsx(nextFile);
    const sheet = workbook.getWorksheet("2025年报表")!;
    const next = realisticReport({ seed: 4, year: 2025, previous });
    setReport(sheet, 2025, next);
    await saveXlsx(workbook, nextFile);
    const alone = path.join(dir, "2025-alone.xlsx");
    await saveXlsx(workbook, alone);

    const ok = checkJson([nextFile, "--previous", lastYear]);
    expect(ok.status).toBe(0);
    expect(ok.json.files[0].findings).toEqual([]);

    const column = T3_COLUMNS[1];
    const at = cellAt(2025, "三", T3_CARRIED_IN, column);
    const carried = previous.cells.get(`三|${T3_CARRIED_OUT}|${column}`)!.value!;
    const cell = sheet.getRow(at.row + 1).getCell(at.col + 1);
    expect(cell.value).toBe(carried);
    cell.value = carried + 2;
    await saveXlsx(workbook, nextFile);

    const changed = checkJson([nextFile, "--previous", lastYear]);
    expect(changed.status).toBe(1);
    const r5 = changed.json.files[0].findings.filter((f) => f.rule === "R5");
    expect(r5).toHaveLength(1);
    expect(r5[0].cells).toContainEqual({
      row: T3_CARRIED_IN,
      column,
      ref: a1Ref("2025年报表", at.row, at.col),
      value: carried + 2,
    });
    expect(r5[0].message).toContain("上年");
    expect(r5[0].suspect).toMatchObject({ row: T3_CARRIED_IN, column, suggested: carried });

    // Without --previous there is no last year to compare with: no R5 (R1 and R3 still catch the change).
    const without = checkJson([nextFile]);
    expect(without.json.files[0].findings.map((f) => f.rule)).not.toContain("R5");
  }, 120_000);
});

describe("inputs that cannot be read: exit 2 with a Chinese message, the other files still checked", () => {
  const CHINESE = /[\u4e00-\u9fff]/;
  let good: string;

  beforeAll(() => {
    good = path.join(dir, "readable.xlsx");
    expect(cli(["template", "--year", "2024", "--unit", "胡集乡", "-o", good]).status).toBe(0);
  }, 120_000);

  test.each([
    ["a missing file", () => path.join(dir, "没有这个文件.xlsx"), /不存在/],
    [
      "an old .xls workbook",
      () => {
        const file = path.join(dir, "old.xls");
        writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
        return file;
      },
      /\.xls/,
    ],
    [
      "a WPS 表格 .et workbook",
      () => {
        const file = path.join(dir, "胡集乡.et");
        writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
        return file;
      },
      /WPS 表格的 \.et 文件.*另存为.*\.xlsx/,
    ],
    [
      "a corrupt .xlsx (a zip that is no workbook)",
      () => {
        const file = path.join(dir, "corrupt.xlsx");
        writeFileSync(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
        return file;
      },
      /不是有效的 \.xlsx/,
    ],
    [
      "a .xlsx that is not a zip at all",
      () => {
        const file = path.join(dir, "text.xlsx");
        writeFileSync(file, "这不是工作簿");
        return file;
      },
      /不是有效的 \.xlsx/,
    ],
  ])("%s", async (_what, make, message) => {
    const bad = make();
    const run = checkJson([bad, good]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(CHINESE);
    expect(run.stderr).toContain(path.basename(bad));
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(run.json.files.map((f) => f.file)).toEqual([good]);
  });

  test.each([
    ["no file", ["check"], /请给出要校验的文件/],
    ["an unknown option", ["check", "a.xlsx", "--bogus"], /未知选项“--bogus”/],
    ["--previous without a value", ["check", "a.xlsx", "--previous"], /--previous 需要一个值/],
    ["an unreadable --previous", ["check", "a.xlsx", "--previous", "没有.xlsx"], /上年报告无法读取/],
    ["no command", [], /用法/],
    ["an unknown command", ["chek"], /未知命令/],
  ])("%s: exit 2", (_what, args, message) => {
    const run = cli(args);
    expect(run.status).toBe(2);
    expect(run.stderr + (args.length === 0 ? run.stdout : "")).toMatch(message);
    expect(run.stderr + run.stdout).toMatch(CHINESE);
  });
});
