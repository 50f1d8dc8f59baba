/** 导入报告 on both clients: each report file becomes a sheet like 插入表格's, then 校验 runs. */
import { T3_NATURAL, T3_RESULTS } from "../core/format";
import { realisticReport } from "../core/check/testing/fixtures";
import { reportsFromGrid } from "../core/report/fromGrid";
import { readReportFile } from "../documents";
import { reportDocx, reportHtml } from "../documents/testing/reportDocuments";
import { CLIENTS } from "../../test/clients";
import { importReports, type ImportFile } from "./importReports";

const GRANTED = `${T3_RESULTS}/（一）予以公开`;
const noPdf = () => Promise.reject(new Error("no PDF in this test"));

describe.each(CLIENTS)("on $name", (client) => {
  test("a .docx and a page with a typo become two sheets; 校验 passes the one and names the typo in the other", async () => {
    const clean = realisticReport({ seed: 41 });
    clean.unit = "某镇人民政府";
    const typoed = realisticReport({ seed: 42 });
    typoed.unit = "某乡人民政府";
    const key = `三|${GRANTED}|${T3_NATURAL}`;
    const right = typoed.cells.get(key)?.value as number;
    const files: ImportFile[] = [
      { name: "镇.docx", bytes: await reportDocx(clean, { nbspBlanks: true }) },
      { name: "乡.html", bytes: reportHtml(typoed, { overrides: new Map([[key, String(right + 7)]]) }, "gbk") },
      { name: "旧.doc", bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]) },
      { name: "空.txt", bytes: Buffer.from("这里没有表格") },
    ];
    const { host } = client.create();
    const result = await importReports(host, files, (f) => readReportFile(f.bytes, f.name, { loadPdfjs: noPdf }));

    expect(result.imported).toEqual([
      { file: "镇.docx", sheet: "某镇人民政府2024" },
      { file: "乡.html", sheet: "某乡人民政府2024" },
    ]);
    expect(result.refused.map((r) => [r.file, r.message])).toEqual([
      ["旧.doc", expect.stringContaining("另存为")],
      ["空.txt", expect.stringContaining("未找到")],
    ]);
    const snapshot = await host.run((s) => s.read({ values: true }));
    expect(snapshot.names.map((n) => n.name)).toEqual(expect.arrayContaining(["DT_2024_T3", "DT_2024_2_T3"]));
    const [a, b] = reportsFromGrid(snapshot);
    expect([a.unit, a.year, b.unit, b.year]).toEqual(["某镇人民政府", 2024, "某乡人民政府", 2024]);
    for (const [k, cell] of clean.cells) expect([k, a.cells.get(k)?.value]).toEqual([k, cell.value]);

    const checked = result.check!;
    const bySheet = new Map(checked.reports.map((r) => [r.source, r]));
    expect(bySheet.get("某镇人民政府2024")?.findings.filter((f) => f.severity === "error")).toEqual([]);
    const errors = bySheet.get("某乡人民政府2024")?.findings.filter((f) => f.severity === "error") ?? [];
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(f.suspect).toMatchObject({ row: GRANTED, column: T3_NATURAL, suggested: right });
  }, 120_000);

  test("nothing readable: nothing written, every file named with why", async () => {
    const { host } = client.create();
    const before = (await host.run((s) => s.read({ values: false }))).sheets.map((s) => s.name);
    const result = await importReports(host, [{ name: "a.xlsx", bytes: Buffer.from("PK\u0003\u0004") }], (f) =>
      readReportFile(f.bytes, f.name, { loadPdfjs: noPdf }),
    );
    expect(result).toEqual({
      imported: [],
      refused: [{ file: "a.xlsx", message: expect.any(String) }],
      readNotes: [],
      check: null,
    });
    expect((await host.run((s) => s.read({ values: false }))).sheets.map((s) => s.name)).toEqual(before);
  }, 120_000);
});

test("a reader that could not be loaded (a chunk that did not arrive) is said as such, not as a damaged file", async () => {
  const { host } = CLIENTS[0].create();
  const notLoaded = Object.assign(new Error("Loading chunk xlsx failed."), { name: "ChunkLoadError" });
  const result = await importReports(host, [{ name: "甲乡.xlsx", bytes: Buffer.from("PK") }], () =>
    Promise.reject(notLoaded),
  );
  expect(result.refused).toEqual([{ file: "甲乡.xlsx", message: expect.stringContaining("未能加载") }]);
  const damaged = await importReports(host, [{ name: "甲乡.xlsx", bytes: Buffer.from("PK") }], () =>
    Promise.reject(new Error("boom")),
  );
  expect(damaged.refused).toEqual([{ file: "甲乡.xlsx", message: expect.stringContaining("文件已损坏") }]);
});

test("a number written with a unit, a note or full-width digits keeps its writing in the new sheet, and 校验 says so", async () => {
  const report = realisticReport({ seed: 43 });
  report.unit = "某街道办事处";
  const counts = [...report.cells].filter(([, c]) => c.def.table === "三" && (c.value ?? 0) > 1).slice(0, 3);
  const fullWidth = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  const [[unitKey, unitCell], [noteKey, noteCell], [wideKey, wideCell]] = counts;
  const written = new Map([
    [unitKey, `${unitCell.value}件`],
    [noteKey, `${noteCell.value}（其中线上申请1件）`],
    [wideKey, fullWidth(wideCell.value as number)],
  ]);
  const { host } = CLIENTS[0].create();
  const result = await importReports(
    host,
    [{ name: "街道.html", bytes: reportHtml(report, { overrides: written }) }],
    (f) => readReportFile(f.bytes, f.name, { loadPdfjs: noPdf }),
  );
  expect(result.imported).toHaveLength(1);
  const sheet = reportsFromGrid(await host.run((s) => s.read({ values: true }))).find(
    (r) => r.source === result.imported[0].sheet,
  )!;
  for (const [key, text] of written) {
    expect([key, sheet.cells.get(key)?.raw, sheet.cells.get(key)?.value]).toEqual([
      key,
      text,
      report.cells.get(key)!.value,
    ]);
  }
  // Plain numbers are written as numbers.
  const plain = [...report.cells].find(([k, c]) => c.def.table === "三" && !written.has(k) && c.value !== null)!;
  expect(sheet.cells.get(plain[0])?.raw).toBe(plain[1].value);
  const warned = result.check!.reports[0].findings.filter((f) => f.severity === "warning").flatMap((f) => f.cells);
  for (const key of written.keys()) {
    const [, row, column] = key.split("|");
    expect(warned.some((c) => c.row === row && c.column === column)).toBe(true);
  }
}, 120_000);
