/* ExcelJS cells, not Office.js proxies: the Office.js load/sync lint rules mistake getCell() for Excel.Worksheet.getCell. */

/**
 * 已核实 travels with the file: a review made through ExcelJS is read by `check --json` (and counted apart in the
 * text, the folder summary and --report); it survives a LibreOffice save; changing its figure brings the finding back.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { REVIEW_SHEET } from "../core/check/review";
import { realisticReport } from "../core/check/testing/fixtures";
import { setValue } from "../core/report/build";
import { checkWorkbook } from "../features/check";
import { reportSheetOps } from "../features/reportSheet";
import { acceptFindings } from "../features/review";
import { exceljsHost, newWorkbook, openXlsx, saveXlsx } from "../hosts/exceljs";
import { checkJson, cli, ensureCliBuilt } from "./__tests__/run";

const RULES = "第二十条第（一）项/规章";
const REASON = "本乡转发的市政府规章，按上级口径填报";
const AT = "2025-01-20T08:00:00.000Z";

let dir: string;
let reviewed: string;

beforeAll(async () => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-review-"));
  const workbook = newWorkbook();
  const host = exceljsHost(workbook);
  const report = Object.assign(realisticReport({ seed: 5 }), { unit: "胡集乡" });
  setValue(report, "二", RULES, "现行有效件数", 2);
  await host.run(async (session) => {
    const { ops } = reportSheetOps(report, await session.read({ values: false }), { unit: "胡集乡", year: 2024 });
    await session.write(ops);
  });
  const finding = (await checkWorkbook(host)).reports[0].findings.find((f) => f.rule === "R9")!;
  await acceptFindings(host, { findings: [finding], reason: REASON, by: "张三", at: AT });
  mkdirSync(path.join(dir, "folder"));
  reviewed = path.join(dir, "folder", "胡集乡.xlsx");
  await saveXlsx(workbook, reviewed);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectAccepted(file: string) {
  const run = checkJson([file]);
  expect(run.status).toBe(0);
  const findings = run.json.files[0].findings;
  expect(findings.map((f) => [f.rule, f.review])).toEqual([
    ["R9", { status: "accepted", reason: REASON, by: "张三", at: AT }],
  ]);
}

test("check --json carries the review; the text, the folder summary and --report count it apart", async () => {
  expectAccepted(reviewed);
  const text = cli(["check", reviewed]);
  expect(text.status).toBe(0);
  expect(text.stdout).toContain("[警告·已核实] 表二");
  expect(text.stdout).toContain(`已核实：${REASON}（张三，${AT}）`);
  expect(text.stdout).toContain("结果：全部通过（另有 1 个已核实）");

  const report = path.join(dir, "结果.xlsx");
  const folder = cli(["check", path.join(dir, "folder"), "--report", report]);
  expect(folder.stdout).toContain("全部通过的 1 个");
  expect(folder.stdout).toContain("已核实的问题 1 个（1 个文件），不计入错误和警告。");
  // The findings sheet, after the one-row-per-file status sheet.
  const sheets = (await openXlsx(report)).worksheets;
  const rows = sheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
  expect(rows).toContain("警告（已核实）");
}, 180_000);

test("the review sheet stays hidden in the file, and changing the figure brings the warning back", async () => {
  const workbook = await openXlsx(reviewed);
  expect(workbook.getWorksheet(REVIEW_SHEET)?.state).toBe("hidden");
  const snapshot = await exceljsHost(workbook).run((s) => s.read({ values: true }));
  const sheet = workbook.worksheets[0];
  const cell = (await checkWorkbook(exceljsHost(workbook))).reports[0].findings[0].cells[0].ref!;
  expect(snapshot.sheets.map((s) => s.name)).toContain(REVIEW_SHEET);
  sheet.getRow(cell.row + 1).getCell(cell.col + 1).value = 3;
  const changed = path.join(dir, "改过.xlsx");
  await saveXlsx(workbook, changed);
  const run = checkJson([changed]);
  expect(run.json.files[0].findings.map((f) => [f.rule, f.review])).toEqual([["R9", undefined]]);
  expect(run.json.files[0].findings[0]).not.toHaveProperty("review");
}, 180_000);

const libreoffice = ["/usr/bin/libreoffice", "/usr/bin/soffice"].find((p) => existsSync(p));
const withLibreOffice = libreoffice ? test : test.skip;

withLibreOffice(
  "a file saved again by LibreOffice keeps the review (and the sheet hidden)",
  async () => {
    const out = path.join(dir, "lo");
    mkdirSync(out);
    const profile = mkdtempSync(path.join(tmpdir(), "dt-lo-profile-"));
    try {
      execFileSync(
        libreoffice!,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "xlsx:Calc MS Excel 2007 XML",
          "--outdir",
          out,
          reviewed,
        ],
        { timeout: 240_000, stdio: "ignore" },
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const saved = path.join(out, "胡集乡.xlsx");
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe("PK");
    expect((await openXlsx(saved)).getWorksheet(REVIEW_SHEET)?.state).toBe("hidden");
    expectAccepted(saved);
  },
  300_000,
);
