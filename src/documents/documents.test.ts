/** Reports read from Word documents and saved web pages: the same values as written, typos found. */
import { type CellKey, cellKey, T3_NATURAL, T3_RESULTS, type FormatId } from "../core/format";
import { checkReport } from "../core/check/engine";
import { NORMALISED_SAMPLES, realisticReport, sampleReport } from "../core/check/testing/fixtures";
import { reportFromDocument } from "../core/report/fromDocument";
import type { Report } from "../core/report/model";
import { docxBlocks, readDocx } from "./docx";
import { readHtml } from "./html";
import { documentKind, readDocumentReport, readReportFile } from "./index";
import { reportDocx, reportHtml } from "./testing/reportDocuments";
import { describeShared, readSample } from "../../test/shared";

const GRANTED = `${T3_RESULTS}/（一）予以公开`;

/** Every value of `expected`, as read from `actual` (a missing cell reads as undefined). */
function valuesOf(report: Report, keys: Iterable<CellKey>): Record<string, number | null | undefined> {
  return Object.fromEntries([...keys].map((key) => [key, report.cells.get(key)?.value]));
}

function expectSameValues(actual: Report, expected: Report): void {
  expect(actual.tables).toEqual(expected.tables);
  expect(actual.format).toBe(expected.format);
  expect(valuesOf(actual, expected.cells.keys())).toEqual(valuesOf(expected, expected.cells.keys()));
}

const PROSE = ["一、总体情况", "2024年，本机关共收到政府信息公开申请 12 件，均已按时答复。"];

describe.each<FormatId>(["2021", "2019"])("format %s", (format) => {
  const report = realisticReport({ format, seed: format === "2021" ? 11 : 12, year: format === "2021" ? 2024 : 2020 });

  test(".docx with merged header cells and vMerge row groups reads back to the same values, unit and year", async () => {
    const read = reportFromDocument(await readDocx(await reportDocx(report, { prose: PROSE })), "a.docx");
    expectSameValues(read, report);
    expect(read.unit).toBe(report.unit);
    expect(read.year).toBe(report.year);
    expect(read.prose).toContain("共收到政府信息公开申请 12 件");
    expect(checkReport(read).filter((f) => f.severity === "error")).toEqual([]);
  });

  test(".docx with labels over two paragraphs and non-breaking-space blanks reads the same; blanks stay blank", async () => {
    const blankKey = `三|${GRANTED}|${T3_NATURAL}`;
    const bytes = await reportDocx(report, {
      splitLabels: true,
      nbspBlanks: true,
      overrides: new Map([[blankKey, ""]]),
    });
    const read = reportFromDocument(await readDocx(bytes), "b.docx");
    const expected = new Map(report.cells);
    expected.delete(blankKey);
    expect(valuesOf(read, expected.keys())).toEqual(valuesOf(report, expected.keys()));
    expect(read.cells.get(blankKey)).toMatchObject({ value: null, problems: ["blank"] });
  });

  test.each(["utf-8", "gbk"] as const)(
    "an HTML page in %s with rowspan/colspan reads back to the same values",
    (charset) => {
      const read = reportFromDocument(
        readHtml(reportHtml(report, { prose: PROSE, splitLabels: true, nbspBlanks: true }, charset)),
        "a.html",
      );
      expectSameValues(read, report);
      expect(read.unit).toBe(report.unit);
      expect(read.year).toBe(report.year);
      expect(read.prose).toContain("共收到政府信息公开申请 12 件");
      expect(read.prose).not.toContain("var x");
    },
  );
});

describe("a typo in a document is found, with the right suspect and suggestion", () => {
  const report = realisticReport({ seed: 5 });
  const key = cellKey("三", GRANTED, T3_NATURAL);
  const right = report.cells.get(key)?.value as number;
  const typo = new Map([[key, String(right + 100)]]);

  test.each([
    ["docx", async () => reportFromDocument(await readDocx(await reportDocx(report, { overrides: typo })), "t.docx")],
    ["html", async () => reportFromDocument(readHtml(reportHtml(report, { overrides: typo }, "gbk")), "t.html")],
  ])("%s", async (_kind, read) => {
    const findings = checkReport(await read()).filter((f) => f.severity === "error");
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.suspect).toMatchObject({ row: GRANTED, column: T3_NATURAL, suggested: right });
  });
});

describe("document kinds and refusals", () => {
  test("kinds come from the first bytes before the name", () => {
    const html = Buffer.from("<!DOCTYPE html><html><body>x</body></html>");
    expect(documentKind(Buffer.from("%PDF-1.7"), "a.bin")).toBe("pdf");
    expect(documentKind(html, "saved.doc")).toBe("html");
    expect(documentKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]), "old.doc")).toBe("oldWord");
    expect(documentKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]), "old.wps")).toBe("oldWord");
    expect(documentKind(Buffer.from("PK\u0003\u0004"), "renamed.doc")).toBe("docx");
    expect(documentKind(Buffer.from("a\tb"), "a.txt")).toBeNull();
    expect(documentKind(Buffer.from("PK\u0003\u0004"), "a.xlsx")).toBeNull();
  });

  test("an old Word file is refused with how to convert it", async () => {
    const read = await readDocumentReport(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), "old.doc", "oldWord");
    expect(read).toEqual({ ok: false, message: expect.stringContaining("另存为") });
  });

  test.each([
    ["胡集乡.et", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /WPS 表格的 \.et 文件.*另存为.*\.xlsx/],
    ["乙镇.xls", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /旧版 Excel（\.xls）.*另存为 \.xlsx/],
    ["丙街道.xlsx", [0x50, 0x4b, 0x03, 0x04], /^不是有效的 \.xlsx 工作簿（文件已损坏/],
  ])("a workbook 导入报告 cannot read (%s) is refused with what to do, in Chinese", async (name, head, message) => {
    const noPdf = () => Promise.reject(new Error("not a PDF"));
    const read = await readReportFile(Buffer.from(head), name, { loadPdfjs: noPdf });
    expect(read).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  test("a damaged .docx is refused plainly", async () => {
    const read = await readDocumentReport(Buffer.from("PK\u0003\u0004 broken"), "bad.docx", "docx");
    expect(read).toEqual({ ok: false, message: expect.stringContaining("不是有效的 .docx 文档") });
  });

  test("a document without the tables is a report with one F2 error", () => {
    const read = reportFromDocument(readHtml(Buffer.from("<p>本机关2024年政府信息公开工作年度报告</p>")), "x.html");
    expect(read.tables).toEqual([]);
    expect(read.notes).toEqual([expect.objectContaining({ rule: "F2", severity: "error" })]);
  });
});

describe("Word XML details", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const tc = (body: string, pr = "") => `<w:tc><w:tcPr>${pr}</w:tcPr>${body}</w:tc>`;

  test("gridBefore, gridSpan and vMerge place cells where Word draws them; deleted text and fallbacks are not read", () => {
    const xml = `<w:document ${W}><w:body>${p("前言")}<w:tbl>
      <w:tr>${tc(p("A"), '<w:vMerge w:val="restart"/>')}${tc(p("B"), '<w:gridSpan w:val="2"/>')}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="0"/></w:trPr>${tc(p(""), "<w:vMerge/>")}${tc(p("1"))}${tc(p("&#160;"))}</w:tr>
      <w:tr>${tc(p("C"))}${tc(`<w:p><w:r><w:delText>9</w:delText><w:t>2</w:t></w:r></w:p>`)}${tc(
        `<w:p><w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice>x</mc:Choice><mc:Fallback><w:t>dup</w:t></mc:Fallback></mc:AlternateContent><w:t>3</w:t></w:r></w:p>`,
      )}</w:tr>
    </w:tbl>${p("后记")}</w:body></w:document>`;
    const blocks = docxBlocks(xml);
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
    const table = blocks[1].kind === "table" ? blocks[1].table : null;
    expect(table?.cells).toEqual([
      ["A", "B", null],
      [null, "1", null],
      ["C", "2", "3"],
    ]);
    expect(table?.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, rows: 2, cols: 1 },
        { top: 0, left: 1, rows: 1, cols: 2 },
      ]),
    );
  });
});

describeShared("published reports (../shared/samples) written as documents read back to their values", () => {
  test.each(NORMALISED_SAMPLES)("%s (format %s, %d)", async (file, format, year) => {
    const sample = sampleReport(readSample(file), format, year);
    const docx = reportFromDocument(
      await readDocx(await reportDocx(sample, { splitLabels: true, nbspBlanks: true })),
      file,
    );
    expectSameValues(docx, sample);
    const html = reportFromDocument(readHtml(reportHtml(sample, { nbspBlanks: true }, "gbk")), file);
    expectSameValues(html, sample);
  });
});
