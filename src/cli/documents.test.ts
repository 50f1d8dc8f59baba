/* ExcelJS cells, not Office.js proxies. */

/** `check` and `rollup` on Word documents, saved web pages, old Word files and UTF-16 text, through the real command line. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { cellKey, T3_NATURAL, T3_RESULTS } from "../core/format";
import { sumReports } from "../core/check/sum";
import { realisticReport } from "../core/check/testing/fixtures";
import { reportsFromGrid } from "../core/report/fromGrid";
import { exceljsHost, openXlsx } from "../hosts/exceljs";
import { reportDocx, reportHtml } from "../documents/testing/reportDocuments";
import { describeShared, readSample } from "../../test/shared";
import { checkJson, cli, ensureCliBuilt } from "./__tests__/run";

let dir: string;
const GRANTED = `${T3_RESULTS}/（一）予以公开`;
const clean = realisticReport({ seed: 21 });
clean.unit = "某镇人民政府";
const other = realisticReport({ seed: 22 });
other.unit = "某街道办事处";
const right = clean.cells.get(`三|${GRANTED}|${T3_NATURAL}`)?.value as number;

beforeAll(async () => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-documents-"));
  mkdirSync(path.join(dir, "in"));
  writeFileSync(path.join(dir, "in", "镇.docx"), await reportDocx(clean, { splitLabels: true, nbspBlanks: true }));
  writeFileSync(path.join(dir, "in", "街道.html"), reportHtml(other, {}, "gbk"));
  const typo = new Map([[cellKey("三", GRANTED, T3_NATURAL), String(right + 10)]]);
  writeFileSync(path.join(dir, "typo.htm"), reportHtml(clean, { overrides: typo }));
  writeFileSync(path.join(dir, "old.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("check reads a .docx and a GBK page: tables, format, unit and year, no errors", () => {
  const run = checkJson([path.join(dir, "in", "镇.docx"), path.join(dir, "in", "街道.html")]);
  expect(run.status).toBe(0);
  expect(run.json.files.map((f) => [f.tables, f.format, f.unit, f.year])).toEqual([
    [["二", "三", "四"], "2021", "某镇人民政府", 2024],
    [["二", "三", "四"], "2021", "某街道办事处", 2024],
  ]);
  expect(run.json.files.flatMap((f) => f.findings.filter((x) => x.severity === "error"))).toEqual([]);
}, 120_000);

test("check names the typo in a saved page, with its suggestion", () => {
  const run = checkJson([path.join(dir, "typo.htm")]);
  expect(run.status).toBe(1);
  const errors = run.json.files[0].findings.filter((f) => f.severity === "error");
  expect(errors.length).toBeGreaterThan(0);
  for (const f of errors) expect(f.suspect).toMatchObject({ row: GRANTED, column: T3_NATURAL, suggested: right });
}, 120_000);

test("an old Word file is refused with how to convert it, exit 2", () => {
  const run = cli(["check", path.join(dir, "old.doc")]);
  expect(run.status).toBe(2);
  expect(run.stdout + run.stderr).toContain("另存为” .docx");
}, 120_000);

test("a folder's documents are all read", () => {
  const run = checkJson([path.join(dir, "in")]);
  expect(run.json.files.map((f) => path.basename(f.file))).toEqual(["街道.html", "镇.docx"]);
  expect(run.status).toBe(0);
}, 120_000);

test("rollup adds up documents", async () => {
  const out = path.join(dir, "汇总.xlsx");
  const run = cli(["rollup", path.join(dir, "in"), "-o", out, "--unit", "某县", "--year", "2024"]);
  expect(run.status).toBe(0);
  const snapshot = await exceljsHost(await openXlsx(out)).run((s) => s.read({ values: true }));
  const [summary] = reportsFromGrid(snapshot);
  const expected = sumReports([clean, other], { format: "2021", year: 2024, unit: "某县", source: "" }).report;
  const keys = [...expected.cells.keys()];
  expect(keys.map((k) => summary.cells.get(k)?.value)).toEqual(keys.map((k) => expected.cells.get(k)?.value));
}, 120_000);

describeShared("text as UTF-16 with a byte-order mark", () => {
  test("reads the same tables and values as the UTF-8 text", () => {
    const text = readSample("huji-township-2024.txt");
    const utf8 = path.join(dir, "huji-utf8.txt");
    const utf16 = path.join(dir, "huji-utf16.txt");
    writeFileSync(utf8, text, "utf8");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const a = checkJson([utf8]).json.files[0];
    const b = checkJson([utf16]).json.files[0];
    expect(a.tables.length).toBeGreaterThan(0);
    expect({ ...b, file: "" }).toEqual({ ...a, file: "" });
  }, 120_000);
});
