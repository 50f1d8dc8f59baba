import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { realisticReport } from "../core/check/testing/fixtures";
import { reportText } from "../core/report/__tests__/textWriters";
import { decodeText } from "../documents/decode";
import { ET_REFUSED, readInput } from "./inputs";
import { expandInputs } from "./folder";
import { writeReportXlsx } from "./__tests__/reportFiles";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dt-inputs-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf16be = (text: string) => {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};

describe("text files in the encodings people save them in", () => {
  const text = reportText(realisticReport({ format: "2021", year: 2024 }), "tab");

  test.each([
    [
      "UTF-16 LE with BOM (Notepad's Unicode)",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    ],
    ["UTF-16 BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
  ])("%s is decoded and read as a report", async (_, bytes) => {
    expect(decodeText(bytes)).toBe(text);
    const file = path.join(dir, "report.txt");
    writeFileSync(file, bytes);
    const input = await readInput(file);
    expect(input.ok).toBe(true);
    if (!input.ok) return;
    expect(input.reports[0]).toMatchObject({
      format: "2021",
      year: 2024,
      unit: "某市人民政府",
      tables: ["二", "三", "四"],
    });
  });

  test("a binary file without a byte-order mark is still refused", async () => {
    const file = path.join(dir, "binary.txt");
    writeFileSync(file, Buffer.from([0x41, 0x00, 0x42, 0x00, 0x01]));
    expect(await readInput(file)).toEqual({ ok: false, message: `${file}：不是文本文件，也不是 .xlsx 工作簿` });
  });
});

describe("WPS 表格's .et files", () => {
  /** The start of a compound file (OLE2), the container .et and .xls files are stored in. */
  const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);

  test("are refused with the way out: save as .xlsx in WPS", async () => {
    const file = path.join(dir, "胡集乡.et");
    writeFileSync(file, COMPOUND_FILE);
    const input = await readInput(file);
    expect(input).toEqual({ ok: false, message: `${file}：${ET_REFUSED}` });
    expect(ET_REFUSED).toMatch(/WPS 表格.*另存为.*\.xlsx/);
  });

  test("an .et that is in fact an .xlsx workbook is read as one", async () => {
    const file = path.join(dir, "改了扩展名.et");
    await writeReportXlsx(file, realisticReport({ seed: 4 }), "甲乡");
    const input = await readInput(file);
    expect(input.ok).toBe(true);
    if (input.ok) expect(input.reports.length).toBeGreaterThan(0);
  });

  test("in a folder they are listed, so they are reported rather than passed over", async () => {
    const root = mkdtempSync(path.join(dir, "folder-"));
    for (const name of ["甲乡.et", "乙镇.xls", "丙街道.xlsx"]) writeFileSync(path.join(root, name), "x");
    const expanded = await expandInputs([root]);
    expect(expanded.files.map((f) => path.basename(f)).sort()).toEqual(["丙街道.xlsx", "乙镇.xls", "甲乡.et"].sort());
  });
});
