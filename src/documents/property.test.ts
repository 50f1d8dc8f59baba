/**
 * Property: a random report written as .docx or as an HTML page (UTF-8 or GBK, any mix of the cell shapes) reads
 * back to the same values; a typo seeded in any leaf cell of table 三 is found, with that cell as the suspect and
 * its right value as the suggestion. PDFs: in pdf.property.test.ts (LibreOffice, child process).
 */
import fc from "fast-check";
import { cellKey, T3_COLUMNS, type FormatId } from "../core/format";
import { checkReport } from "../core/check/engine";
import { realisticReport, resultRows } from "../core/check/testing/fixtures";
import { reportFromDocument } from "../core/report/fromDocument";
import type { Report } from "../core/report/model";
import { readDocx } from "./docx";
import { readHtml } from "./html";
import { reportDocx, reportHtml, type DocumentShape } from "./testing/reportDocuments";

const valuesOf = (report: Report) => Object.fromEntries([...report.cells].map(([key, cell]) => [key, cell.value]));

const kinds = ["docx", "html-utf-8", "html-gbk"] as const;
type Kind = (typeof kinds)[number];

async function writeAndRead(report: Report, kind: Kind, shape: DocumentShape): Promise<Report> {
  if (kind === "docx") return reportFromDocument(await readDocx(await reportDocx(report, shape)), "p.docx");
  const charset = kind === "html-gbk" ? "gbk" : "utf-8";
  return reportFromDocument(readHtml(reportHtml(report, shape, charset)), "p.html");
}

const arbitraryShape = fc.record({ splitLabels: fc.boolean(), nbspBlanks: fc.boolean() });
const arbitraryReport = fc.record({
  format: fc.constantFrom<FormatId>("2021", "2019"),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});

const yearOf = (format: FormatId) => (format === "2019" ? 2020 : 2024);

test("a random report reads back to the same values from every document shape", async () => {
  await fc.assert(
    fc.asyncProperty(
      arbitraryReport,
      fc.constantFrom(...kinds),
      arbitraryShape,
      async ({ format, seed }, kind, shape) => {
        const report = realisticReport({ format, seed, year: yearOf(format) });
        const read = await writeAndRead(report, kind, shape);
        expect(read.format).toBe(format);
        expect(read.tables).toEqual(report.tables);
        expect(valuesOf(read)).toEqual(valuesOf(report));
      },
    ),
    { numRuns: 24, seed: 20241203 },
  );
}, 120_000);

test("a typo seeded in any leaf cell of table 三 is found with the right suspect and suggestion", async () => {
  await fc.assert(
    fc.asyncProperty(
      arbitraryReport,
      fc.constantFrom(...kinds),
      fc.nat(),
      fc.nat(),
      fc.integer({ min: 1, max: 40 }),
      async ({ format, seed }, kind, rowPick, columnPick, delta) => {
        const report = realisticReport({ format, seed, year: yearOf(format) });
        const rows = resultRows(format);
        const row = rows[rowPick % rows.length];
        const column = T3_COLUMNS[columnPick % (T3_COLUMNS.length - 1)];
        const key = cellKey("三", row, column);
        const right = report.cells.get(key)?.value as number;
        const read = await writeAndRead(report, kind, { overrides: new Map([[key, String(right + delta)]]) });
        const errors = checkReport(read).filter((f) => f.severity === "error");
        expect(errors.length).toBeGreaterThan(0);
        for (const f of errors) expect(f.suspect).toMatchObject({ row, column, suggested: right });
      },
    ),
    { numRuns: 24, seed: 20241204 },
  );
}, 120_000);
