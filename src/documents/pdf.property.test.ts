/**
 * Property, PDF: random reports written as .docx and printed to PDF by LibreOffice read back to the same values;
 * a typo seeded in a random leaf cell of table 三 is found by check with that cell as the suspect and its right
 * value as the suggestion. (All PDFs made in one LibreOffice run and read in one child process: pdfjs is ESM.)
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import fc from "fast-check";
import { cellKey, T3_COLUMNS, type FormatId } from "../core/format";
import { realisticReport, resultRows } from "../core/check/testing/fixtures";
import type { Report } from "../core/report/model";
import { checkJson, ensureCliBuilt } from "../cli/__tests__/run";
import { docxToPdf, readPdfsInChild, sofficeAvailable } from "./__tests__/pdfFiles";
import { reportDocx } from "./testing/reportDocuments";

const valuesOf = (report: Report) => Object.fromEntries([...report.cells].map(([key, cell]) => [key, cell.value]));

interface Case {
  format: FormatId;
  seed: number;
  splitLabels: boolean;
  rowPick: number;
  columnPick: number;
  delta: number;
}

const cases: Case[] = fc.sample(
  fc.record({
    format: fc.constantFrom<FormatId>("2021", "2019"),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    splitLabels: fc.boolean(),
    rowPick: fc.nat(),
    columnPick: fc.nat(),
    delta: fc.integer({ min: 1, max: 40 }),
  }),
  { numRuns: 4, seed: 20241205 },
);

(sofficeAvailable ? describe : describe.skip)("random reports printed to PDF", () => {
  let dir: string;
  let clean: Buffer[] = [];
  let typoed: Buffer[] = [];
  const reports = cases.map((c) =>
    realisticReport({ format: c.format, seed: c.seed, year: c.format === "2019" ? 2020 : 2024 }),
  );
  const typos = cases.map((c, i) => {
    const rows = resultRows(c.format);
    const row = rows[c.rowPick % rows.length];
    const column = T3_COLUMNS[c.columnPick % (T3_COLUMNS.length - 1)];
    const right = reports[i].cells.get(cellKey("三", row, column))?.value as number;
    return { row, column, right, key: cellKey("三", row, column), typed: right + c.delta };
  });

  beforeAll(async () => {
    ensureCliBuilt();
    dir = mkdtempSync(path.join(tmpdir(), "dt-pdf-prop-"));
    const docs: Buffer[] = [];
    for (const [i, c] of cases.entries()) docs.push(await reportDocx(reports[i], { splitLabels: c.splitLabels }));
    for (const [i, t] of typos.entries()) {
      docs.push(await reportDocx(reports[i], { overrides: new Map([[t.key, String(t.typed)]]) }));
    }
    const pdfs = docxToPdf(docs);
    clean = pdfs.slice(0, cases.length);
    typoed = pdfs.slice(cases.length);
  }, 600_000);

  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  test("each reads back to the same values", () => {
    const read = readPdfsInChild(clean);
    read.forEach((r, i) => {
      expect(r.ok).toBe(true);
      expect([i, r.format, r.tables]).toEqual([i, reports[i].format, reports[i].tables]);
      expect(r.values).toEqual(valuesOf(reports[i]));
    });
  }, 300_000);

  test("each seeded typo is found with the right suspect and suggestion", () => {
    const files = typoed.map((bytes, i) => {
      const file = path.join(dir, `typo${i}.pdf`);
      writeFileSync(file, bytes);
      return file;
    });
    const run = checkJson(files);
    expect(run.status).toBe(1);
    run.json.files.forEach((file, i) => {
      const errors = file.findings.filter((f) => f.severity === "error");
      expect(errors.length).toBeGreaterThan(0);
      const { row, column, right } = typos[i];
      for (const f of errors)
        expect([i, f.suspect]).toEqual([i, expect.objectContaining({ row, column, suggested: right })]);
    });
  }, 300_000);
});
