/**
 * Fuzz (issue 12): random bytes, random zip entries and random text fed to every reader the command line has
 * (.xlsx, .docx, .html, .txt in-process; .pdf and everything together through `check` in a child process, pdfjs
 * being ESM). No exception escapes; the answer is reports or a plain Chinese refusal naming the file; each input is
 * answered in bounded time and memory.
 */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import fc from "fast-check";
import JSZip from "jszip";
import { T3_NEW } from "../core/format";
import { ROOT, ensureCliBuilt, type CheckOutput } from "./__tests__/run";
import { readInput } from "./inputs";

let dir: string;
let n = 0;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-fuzz-"));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXTENSIONS = [".xlsx", ".docx", ".html", ".txt", ".doc", ".et", ".xls"] as const;

/** Pieces that reach deep into the readers: labels, numbers, XML and HTML fragments. */
const fragment = fc.oneof(
  fc.constantFrom(
    "三、收到和处理政府信息公开申请情况",
    T3_NEW,
    "（七）总计",
    "二、主动公开政府信息情况",
    "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
    "某县2024年政府信息公开工作年度报告",
    "<table><tr><td>",
    "</td><td>",
    '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>",
    "<definedName name=\"DT_2024_T3\">'S'!$A$1:$XFD$1048576</definedName>",
    "\t",
    "\n",
    " | ",
    "1,234",
    "１２",
    "/",
  ),
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -5, max: 100000 }).map(String),
);
const randomText = fc.array(fragment, { maxLength: 200 }).map((parts) => parts.join(""));

const ENTRY_NAMES = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/worksheets/sheet1.xml",
  "xl/sharedStrings.xml",
  "xl/styles.xml",
  "word/document.xml",
];
const randomZip = fc
  .array(
    fc.record({
      name: fc.oneof(fc.constantFrom(...ENTRY_NAMES), fc.string({ minLength: 1, maxLength: 12 })),
      content: fc.oneof(
        randomText,
        fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b)),
      ),
    }),
    { maxLength: 8 },
  )
  .map(async (entries) => {
    const zip = new JSZip();
    for (const e of entries) zip.file(e.name, e.content);
    return zip.generateAsync({ type: "nodebuffer" });
  });

const input = fc.record({
  ext: fc.constantFrom(...EXTENSIONS),
  bytes: fc.oneof(
    fc.uint8Array({ maxLength: 4096 }).map((b) => Promise.resolve(Buffer.from(b))),
    randomZip,
    randomText.map((t) => Promise.resolve(Buffer.from(t, "utf8"))),
    randomText.map((t) => Promise.resolve(Buffer.from(`<html><body>${t}</body></html>`, "utf8"))),
  ),
});

async function writeInput(ext: string, bytes: Promise<Buffer>): Promise<string> {
  n += 1;
  const file = path.join(dir, `in${n}${ext}`);
  writeFileSync(file, await bytes);
  return file;
}

/**
 * The heap the process keeps after a full collection. heapUsed alone counts garbage not yet collected, which on a busy
 * machine (and in a jest worker that ran other files) can be anything.
 */
function retainedHeap(): number {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
  return process.memoryUsage().heapUsed;
}

test("every reader answers random input with reports or a plain refusal, in bounded time and memory", async () => {
  const before = retainedHeap();
  await fc.assert(
    fc.asyncProperty(input, async ({ ext, bytes }) => {
      const file = await writeInput(ext, bytes);
      const started = Date.now();
      const result = await readInput(file);
      expect(Date.now() - started).toBeLessThan(10_000);
      if (result.ok) {
        expect(result.reports.length).toBeGreaterThan(0);
        for (const report of result.reports) expect(report.cells).toBeInstanceOf(Map);
      } else {
        expect(result.message.startsWith(`${file}：`)).toBe(true);
        expect(result.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }),
    { numRuns: 150 },
  );
  // Nothing a reader read stays behind: 150 inputs keep less than 256 MB once collected.
  expect(retainedHeap() - before).toBeLessThan(256 * 1024 * 1024);
}, 300_000);

test("check on a folder of random files of every kind, PDFs included, answers them all: no stack trace", async () => {
  const folder = path.join(dir, "folder");
  mkdirSync(folder);
  const samples = fc.sample(input, { numRuns: 40, seed: 2024 });
  const pdfs = fc.sample(fc.uint8Array({ maxLength: 2048 }), { numRuns: 8, seed: 7 });
  for (const [i, s] of samples.entries())
    writeFileSync(path.join(folder, `f${i}${s.ext === ".xls" ? ".txt" : s.ext}`), await s.bytes);
  for (const [i, b] of pdfs.entries())
    writeFileSync(path.join(folder, `p${i}.pdf`), Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from(b)]));
  const run = spawnSync(
    process.execPath,
    ["--max-old-space-size=1024", path.join(ROOT, "bin", "disclosure-tables.js"), "check", folder, "--json"],
    { cwd: ROOT, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
  );
  expect(run.error).toBeUndefined();
  expect([0, 1, 2]).toContain(run.status);
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at |TypeError|RangeError|FATAL/);
  const json = JSON.parse(run.stdout) as CheckOutput;
  expect(Array.isArray(json.files)).toBe(true);
}, 180_000);
