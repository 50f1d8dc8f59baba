/**
 * Reports read from PDFs: Word documents printed by LibreOffice (ruled tables rebuilt from their borders), a PDF
 * whose table has no borders (read as laid-out text), a scan (refused). pdfjs-dist runs in a child process.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import PDFDocument from "pdfkit";
import { T3_NATURAL, T3_RESULTS, type FormatId } from "../core/format";
import { realisticReport } from "../core/check/testing/fixtures";
import { reportFromText } from "../core/report/fromText";
import type { Report } from "../core/report/model";
import { checkJson, cli, ensureCliBuilt } from "../cli/__tests__/run";
import { describeShared, readSample } from "../../test/shared";
import { reportDocx } from "./testing/reportDocuments";
import { docxToPdf, readPdfsInChild, sofficeAvailable, type ReadBack } from "./__tests__/pdfFiles";

const GRANTED = `${T3_RESULTS}/（一）予以公开`;
const CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

let dir: string;
beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-pdf-test-"));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const valuesOf = (report: Report) => Object.fromEntries([...report.cells].map(([key, cell]) => [key, cell.value]));

function expectSame(read: ReadBack, report: Report): void {
  expect(read.ok).toBe(true);
  expect(read.tables).toEqual(report.tables);
  expect(read.format).toBe(report.format);
  expect(read.unit).toBe(report.unit);
  expect(read.year).toBe(report.year);
  expect(read.values).toEqual(valuesOf(report));
}

function pdfkitPdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: "A4", layout: "landscape", margin: 40 });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    draw(doc);
    doc.end();
  });
}

(sofficeAvailable ? describe : describe.skip)("Word documents printed to PDF by LibreOffice", () => {
  const reports: Record<FormatId, Report> = {
    "2021": realisticReport({ format: "2021", seed: 31, year: 2024 }),
    "2019": realisticReport({ format: "2019", seed: 32, year: 2020 }),
  };
  const typoKey = `三|${GRANTED}|${T3_NATURAL}`;
  const right = reports["2021"].cells.get(typoKey)?.value as number;
  let pdfs: Buffer[] = [];

  beforeAll(async () => {
    const docs = [
      await reportDocx(reports["2021"], {
        prose: ["一、总体情况", "本年度共收到政府信息公开申请 12 件。"],
        splitLabels: true,
      }),
      await reportDocx(reports["2019"], { nbspBlanks: true }),
      await reportDocx(reports["2021"], { overrides: new Map([[typoKey, String(right + 30)]]) }),
    ];
    pdfs = docxToPdf(docs);
  }, 300_000);

  test("each reads back to the same values, format, unit and year; prose kept", () => {
    const [a, b] = readPdfsInChild(pdfs.slice(0, 2));
    expectSame(a, reports["2021"]);
    expect(a.prose).toContain("本年度共收到政府信息公开申请 12 件");
    expectSame(b, reports["2019"]);
  }, 300_000);

  test("check names the typo with its suggestion; the clean one passes", () => {
    const clean = path.join(dir, "clean.pdf");
    const typo = path.join(dir, "typo.pdf");
    writeFileSync(clean, pdfs[0]);
    writeFileSync(typo, pdfs[2]);
    const run = checkJson([clean, typo]);
    expect(run.status).toBe(1);
    const [first, second] = run.json.files;
    expect(first.findings.filter((f) => f.severity === "error")).toEqual([]);
    const errors = second.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(f.suspect).toMatchObject({ row: GRANTED, column: T3_NATURAL, suggested: right });
  }, 300_000);
});

test("a PDF without text (a scan) is refused plainly, exit 2", async () => {
  const scan = path.join(dir, "scan.pdf");
  writeFileSync(
    scan,
    await pdfkitPdf((doc) => {
      doc.rect(50, 50, 400, 300).fill("#888888");
    }),
  );
  const run = cli(["check", scan]);
  expect(run.status).toBe(2);
  expect(run.stdout + run.stderr).toContain("没有文字层");
}, 120_000);

test("a damaged PDF is refused plainly, exit 2", () => {
  const bad = path.join(dir, "bad.pdf");
  writeFileSync(bad, "%PDF-1.7\n garbage");
  const run = cli(["check", bad]);
  expect(run.status).toBe(2);
  expect(run.stdout + run.stderr).toContain("不是有效的 PDF 文件");
  expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
}, 120_000);

describeShared("a published report's text printed as a PDF table without borders", () => {
  test("reads the same values as the text itself", async () => {
    const text = readSample("huaian-city-2024.txt");
    const lines = text.split(/\r?\n/).filter((l) => !l.startsWith("#"));
    const pdf = await pdfkitPdf((doc) => {
      doc.font(CJK_FONT, "NotoSansCJKsc-Regular", 7);
      let y = 40;
      for (const line of lines) {
        if (y > 550) {
          doc.addPage();
          y = 40;
        }
        line.split("\t").forEach((cell, i) => {
          const x = i === 0 ? 30 : 400 + (i - 1) * 50;
          doc.text(cell, x, y, { lineBreak: false });
        });
        y += 11;
      }
    });
    const [read] = readPdfsInChild([pdf]);
    const expected = reportFromText(lines.join("\n"), "huaian");
    expect(read.ok).toBe(true);
    expect(read.tables).toEqual(expected.tables);
    expect(read.values).toEqual(valuesOf(expected));
  }, 300_000);
});
