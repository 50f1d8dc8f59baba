/** `check` on many files: folders, an unreadable file among good ones, the summary, --report, the progress bar. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { realisticReport } from "../core/check/testing/fixtures";
import { setValue, getValue } from "../core/report/build";
import { openXlsx } from "../hosts/exceljs";
import { describeShared, readSample } from "../../test/shared";
import { checkJson, cli, ensureCliBuilt } from "./__tests__/run";
import { writeReportXlsx } from "./__tests__/reportFiles";
import { comparePaths, expandInputs } from "./folder";
import { progressBar } from "./progress";
import { ROW_KEYS } from "./findingRows";

let dir: string;

const PARTIAL = "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）";

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "dt-many-"));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A folder of reports: two good workbooks (one in a sub-folder), one with a wrong number, one broken file. */
async function reportFolder(name: string): Promise<{ root: string; good: string[]; wrong: string; broken: string }> {
  const root = path.join(dir, name);
  mkdirSync(path.join(root, "乡镇"), { recursive: true });
  const good = [path.join(root, "乡镇", "乙镇.xlsx"), path.join(root, "甲乡.xlsx")];
  await writeReportXlsx(good[0], realisticReport({ seed: 1 }), "乙镇");
  await writeReportXlsx(good[1], realisticReport({ seed: 2 }), "甲乡");
  const report = realisticReport({ seed: 3 });
  setValue(report, "三", PARTIAL, "自然人", (getValue(report, "三", PARTIAL, "自然人") ?? 0) + 5);
  const wrong = path.join(root, "丙街道.xlsx");
  await writeReportXlsx(wrong, report, "丙街道");
  const broken = path.join(root, "坏文件.xlsx");
  writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("not a zip at all")]));
  writeFileSync(path.join(root, "说明.md"), "不是报告");
  writeFileSync(path.join(root, "~$甲乡.xlsx"), "Excel lock file");
  return { root, good, wrong, broken };
}

describe("folders", () => {
  test("every .xlsx and .txt inside, recursively, in natural order; lock files and other files skipped", async () => {
    const root = path.join(dir, "order");
    mkdirSync(path.join(root, "b"), { recursive: true });
    for (const f of ["乡10.xlsx", "乡2.xlsx", "b/乡1.txt", "a.TXT", "readme.md", "~$乡2.xlsx", ".hidden.txt"]) {
      writeFileSync(path.join(root, f), "x");
    }
    const expanded = await expandInputs([root]);
    expect(expanded.folders).toBe(true);
    expect(expanded.files.map((f) => path.relative(root, f))).toEqual(["a.TXT", "b/乡1.txt", "乡2.xlsx", "乡10.xlsx"]);
    expect(comparePaths("乡2", "乡10")).toBeLessThan(0);
  });

  test("an empty folder is reported, not silently passed", async () => {
    const empty = path.join(dir, "empty");
    mkdirSync(empty, { recursive: true });
    const run = cli(["check", empty]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("文件夹中没有可读取的报告文件");
  });
});

describe("check FOLDER", () => {
  let folder: Awaited<ReturnType<typeof reportFolder>>;
  beforeAll(async () => {
    folder = await reportFolder("reports");
  });

  test("an unreadable file is reported while the others are checked; exit 2 at the end", () => {
    const run = checkJson([folder.root]);
    expect(run.status).toBe(2);
    expect(run.json.files.map((f) => path.basename(f.file))).toEqual(["丙街道.xlsx", "乙镇.xlsx", "甲乡.xlsx"]);
    const byName = new Map(run.json.files.map((f) => [path.basename(f.file), f]));
    expect(byName.get("乙镇.xlsx")).toMatchObject({ unit: "乙镇", year: 2024, findings: [] });
    expect(byName.get("丙街道.xlsx")?.findings.map((f) => f.rule)).toEqual(["R2", "R3"]);
    expect(run.stderr).toContain(`${folder.broken}：不是有效的 .xlsx 工作簿`);
    // With --json the summary goes to stderr: stdout stays pure JSON.
    expect(run.stderr).toContain(
      "共 4 个文件：已校验 3 个，无法读取 1 个；有错误的 1 个，只有警告的 0 个，全部通过的 2 个。",
    );
  });

  test("the summary for people: files read, files with errors, the worst rules with counts", () => {
    const run = cli(["check", folder.root]);
    expect(run.status).toBe(2);
    const summary = run.stdout.slice(run.stdout.lastIndexOf("汇总\n"));
    expect(summary).toContain("共 4 个文件：已校验 3 个，无法读取 1 个；有错误的 1 个");
    expect(summary).toMatch(
      /最常见的问题：总计与各项办理结果之和不符 1 处（1 个文件）；总计与各类申请人之和不符 1 处（1 个文件）/,
    );
    expect(summary).toContain(`有错误的文件：${folder.wrong}`);
    expect(summary).toContain(`无法读取：${folder.broken}`);
    // Without a terminal there is no progress bar.
    expect(run.stderr).not.toContain("\r");
  });

  test("one file: the output is as before (no summary)", () => {
    const run = cli(["check", folder.good[1]]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("共 1 个文件");
    expect(run.stdout.trim().split("\n")).toEqual([
      `${folder.good[1]}：2021 格式，2024 年度，甲乡，表二、表三、表四`,
      "  结果：全部通过",
    ]);
  });

  test("--report .xlsx: every finding per file, autofilter, frozen header; unreadable and clean files have a row", async () => {
    const out = path.join(dir, "结果.xlsx");
    const run = cli(["check", folder.root, "--report", out]);
    expect(run.status).toBe(2);
    const workbook = await openXlsx(out);
    const sheet = workbook.getWorksheet("校验结果")!;
    // The words a reader of the report sees, written out (not the implementation's own table).
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "文件",
      "单位",
      "年度",
      "规则",
      "级别",
      "表",
      "单元格（行/列）",
      "位置",
      "说明",
      "可疑单元格",
      "建议值",
    ]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const rows = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const values = ROW_KEYS.map((_, c) => sheet.getRow(r).getCell(c + 1).value);
      rows.push(Object.fromEntries(ROW_KEYS.map((k, c) => [k, values[c]])));
    }
    const expected: Record<string, [string | null, string][]> = {
      "坏文件.xlsx": [["F0", "错误"]],
      "乙镇.xlsx": [[null, "通过"]],
      "丙街道.xlsx": [
        ["R2", "错误"],
        ["R3", "错误"],
      ],
      "甲乡.xlsx": [[null, "通过"]],
    };
    // In the order the files were read (the order of check's own output).
    const order = (await expandInputs([folder.root])).files.map((f) => path.basename(f));
    expect(rows.map((r) => [path.basename(String(r.file)), r.rule, r.severity])).toEqual(
      order.flatMap((f) => expected[f].map(([rule, severity]) => [f, rule, severity])),
    );
    const r3 = rows.find((r) => r.rule === "R3")!;
    expect(r3).toMatchObject({ unit: "丙街道", year: 2024, table: "三" });
    const right = getValue(realisticReport({ seed: 3 }), "三", PARTIAL, "自然人");
    expect(r3.suggested).toBe(right);
    expect(String(r3.suspect)).toMatch(/^（二）部分公开.*·自然人 '2024年报表'!D\d+$/);
    expect(String(r3.message)).toContain("（二）部分公开");
    expect(workbook.getWorksheet("概况")?.getCell(2, 1).value).toContain("共 4 个文件");
  });

  test("--report .html: a plain sortable table, one row per finding, no external assets", () => {
    const out = path.join(dir, "结果.html");
    const run = cli(["check", folder.root, "--report", out]);
    expect(run.status).toBe(2);
    const html = readFileSync(out, "utf8");
    const findings = html.slice(html.indexOf('<table id="findings">'));
    const body = findings.slice(findings.indexOf("<tbody>"), findings.indexOf("</tbody>"));
    expect(body.match(/<tr/g)).toHaveLength(5);
    expect(html).toContain(`<th scope="col" title="点击排序">建议值</th>`);
    expect(html).toContain('addEventListener("click"');
    expect(html).not.toMatch(/https?:\/\/|<link|\ssrc=/);
    expect(body).toContain("<td>F0</td>");
    // The summary is headed like the page's other parts, its lines under it.
    expect(html).toMatch(/<h2>汇总<\/h2><p>共 \d+ 个文件：/);
  });

  test("a one-row-per-file status table comes first: 单位, 年度, 格式, 结果", async () => {
    const root = path.join(dir, "status");
    mkdirSync(root, { recursive: true });
    for (const file of [folder.good[1], folder.wrong, folder.broken]) {
      writeFileSync(path.join(root, path.basename(file)), readFileSync(file));
    }
    writeFileSync(path.join(root, "通知.txt"), "关于做好年度报告工作的通知。请各单位按时报送。");
    const run = cli(["check", root]);
    expect(run.status).toBe(2);
    const [table] = run.stdout.split("\n\n");
    const lines = table.split("\n");
    expect(lines[0]).toBe("各文件结果");
    expect(lines[1].trim().split(/\s+/)).toEqual(["文件", "单位", "年度", "格式", "结果"]);
    const rows = lines.slice(2).map((line) => line.trim().split(/\s{2,}/));
    const byFile = Object.fromEntries(rows.map(([file, ...rest]) => [path.basename(file), rest]));
    expect(byFile).toEqual({
      "丙街道.xlsx": ["丙街道", "2024", "2021", "2 处错误"],
      "甲乡.xlsx": ["甲乡", "2024", "2021", "全部通过"],
      "坏文件.xlsx": ["－", "－", "－", "无法读取"],
      "通知.txt": ["－", "－", "－", "未找到表格"],
    });
    // Columns line up in a terminal (Chinese characters two columns wide).
    const resultAt = lines.slice(1).map((line) => {
      const before = line.slice(0, line.search(/(全部通过|\d+ 处错误|无法读取|未找到表格|结果)$/));
      return [...before].reduce((w, ch) => w + (/[\u4e00-\u9fff\uff0d]/.test(ch) ? 2 : 1), 0);
    });
    expect(new Set(resultAt).size).toBe(1);
    // Then each file's findings, then the summary.
    expect(run.stdout.indexOf("各文件结果")).toBeLessThan(run.stdout.indexOf(`${path.join(root, "丙街道.xlsx")}：`));

    const xlsx = path.join(dir, "状态.xlsx");
    expect(cli(["check", root, "--report", xlsx]).status).toBe(2);
    const workbook = await openXlsx(xlsx);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["各文件结果", "校验结果", "概况"]);
    const sheet = workbook.getWorksheet("各文件结果")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "文件", "单位", "年度", "格式", "结果"]);
    const results = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      results.push([path.basename(String(sheet.getCell(r, 1).value)), sheet.getCell(r, 5).value]);
    }
    expect(Object.fromEntries(results)).toEqual({
      "丙街道.xlsx": "2 处错误",
      "甲乡.xlsx": "全部通过",
      "坏文件.xlsx": "无法读取",
      "通知.txt": "未找到表格",
    });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: "1:1" });

    const html = path.join(dir, "状态.html");
    expect(cli(["check", root, "--report", html]).status).toBe(2);
    const page = readFileSync(html, "utf8");
    const status = page.slice(page.indexOf('<table id="status">'), page.indexOf('<table id="findings">'));
    expect(status).toContain('<tr class="error"><td>');
    expect(status).toMatch(/<td>丙街道<\/td><td>2024<\/td><td>2021<\/td><td>2 处错误<\/td>/);
    expect(status).toContain("<td>无法读取</td>");
    expect(status).toContain("<td>未找到表格</td>");
    // Printed on A4 landscape; the 单位 column never wraps inside a name.
    expect(page).toMatch(/@page \{ size: A4 landscape;/);
    expect(page).toMatch(/td:nth-child\(2\) \{ white-space: nowrap; \}/);
  });

  test("--report with another extension is refused (exit 2)", () => {
    const run = cli(["check", folder.good[0], "--report", path.join(dir, "x.csv")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("应以 .xlsx 或 .html 结尾");
  });
});

describeShared("a folder of published texts", () => {
  test("texts and workbooks together", async () => {
    const root = path.join(dir, "mixed");
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, "胡集乡.txt"), readSample("huji-township-2024.txt"));
    await writeReportXlsx(path.join(root, "甲乡.xlsx"), realisticReport({ seed: 4 }), "甲乡");
    const run = checkJson([root]);
    expect(run.status).toBe(0);
    expect(run.json.files.map((f) => [path.basename(f.file), f.unit])).toEqual([
      ["甲乡.xlsx", "甲乡"],
      ["胡集乡.txt", "胡集乡"],
    ]);
  });
});

describe("the progress bar", () => {
  function stream(isTTY: boolean) {
    const written: string[] = [];
    return { isTTY, columns: 60, write: (t: string) => written.push(t) > 0, written };
  }

  test("on a terminal: drawn on one line with count and file, messages above it, removed at the end", () => {
    const s = stream(true);
    const bar = progressBar(4, s);
    bar.tick(0, "a.xlsx");
    bar.say("b.xlsx：文件不存在");
    bar.tick(4, "");
    bar.end();
    const text = s.written.join("");
    const CLEAR = "\u001b[K";
    expect(s.written[0]).toBe(`\r校验 [${"-".repeat(24)}] 0/4 a.xlsx${CLEAR}`);
    expect(text).toContain("\r\x1b[Kb.xlsx：文件不存在\n");
    expect(text.endsWith("\r\x1b[K")).toBe(true);
    for (const line of s.written) expect(line.split(CLEAR).join("").length).toBeLessThanOrEqual(61);
  });

  test("not on a terminal, or for one file: no bar, messages plain", () => {
    for (const s of [stream(false)]) {
      const bar = progressBar(4, s);
      bar.tick(1, "a.xlsx");
      bar.say("b.xlsx：文件不存在");
      bar.end();
      expect(s.written).toEqual(["b.xlsx：文件不存在\n"]);
    }
    const one = stream(true);
    progressBar(1, one).tick(0, "a.xlsx");
    expect(one.written).toEqual([]);
  });
});
