/* ExcelJS cells, not Office.js proxies: the Office.js load/sync lint rules mistake getCell() for Excel.Worksheet.getCell. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { FORMAT_2019, FORMAT_2021, allDataCells, type FormatDef, type TableId } from "../core/format";
import { sheetLayout } from "../core/format/sheetLayout";
import { insertTables } from "../features/insert";
import { createStandinHost } from "../standin/host";
import { exceljsHost, openXlsx } from "../hosts/exceljs";
import type { Box, CellScalar, SheetGrid, WorkbookSnapshot } from "../hosts/types";
import { main } from "./main";

const template = (args: readonly string[]) => main(["template", ...args]);

let dir: string;
let stderr: string;
let stdout: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dt-template-"));
  stderr = "";
  stdout = "";
  jest.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** Every non-empty cell of a grid by its sheet address. */
function cells(grid: SheetGrid): Map<string, CellScalar> {
  const out = new Map<string, CellScalar>();
  grid.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null) out.set(`${grid.top + i},${grid.left + j}`, v);
    }),
  );
  return out;
}

const byPosition = (boxes: Box[]) => [...boxes].sort((a, b) => a.top - b.top || a.left - b.left);

async function bothWriters(year: number, tables: TableId[]) {
  const file = path.join(dir, `${year}.xlsx`);
  const code = await template(["--year", String(year), "--unit", "胡集乡", "-o", file, "--tables", tables.join(",")]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  const workbook = await openXlsx(file);
  const fromFile = await exceljsHost(workbook).run((s) => s.read({ values: true }));

  const standin = createStandinHost();
  await insertTables(standin.host, { year, unit: "胡集乡", tables });
  const fromExcel = await standin.host.run((s) => s.read({ values: true }));
  return { workbook, fromFile, fromExcel, standin };
}

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetGrid {
  const grid = snapshot.sheets.find((s) => s.name === name);
  if (!grid) throw new Error(`no sheet ${name}`);
  return grid;
}

describe.each([
  [2024, FORMAT_2021, ["本年制发件数", "行政规范性文件", "3.其他"]],
  [2020, FORMAT_2019, ["本年新制作数量", "其他对外管理服务事项", "政府集中采购", "（六）其他处理"]],
])("template %i: the .xlsx equals the Excel insertion", (year, format: FormatDef, expectedLabels) => {
  test("same cells, merges, names and number formats as the stand-in's insertion", async () => {
    const { workbook, fromFile, fromExcel } = await bothWriters(year, ["二", "三", "四"]);
    const sheet = `${year}年报表`;
    expect(fromFile.sheets.map((s) => s.name)).toEqual([sheet]);
    const fileCells = cells(sheetOf(fromFile, sheet));
    const excelCells = cells(sheetOf(fromExcel, sheet));
    expect(fileCells.size).toBeGreaterThan(80);
    expect(fileCells).toEqual(excelCells);
    expect(byPosition(sheetOf(fromFile, sheet).merges)).toEqual(byPosition(sheetOf(fromExcel, sheet).merges));
    expect(fromFile.names).toEqual(expect.arrayContaining(fromExcel.names));
    expect(fromFile.names).toHaveLength(fromExcel.names.length);
    expect(fromFile.names.map((n) => n.name).sort()).toEqual(
      [`DT_${year}_T2`, `DT_${year}_T3`, `DT_${year}_T4`, `DT_${year}_TITLE`].sort(),
    );

    const values = [...fileCells.values()];
    for (const label of expectedLabels) expect(values).toContain(label);
    if (format.id === "2019") {
      expect(values).not.toContain("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
      expect(values).not.toContain("本年制发件数");
    }

    const layout = sheetLayout(format, ["二", "三", "四"], { unit: "胡集乡", year, prefix: `DT_${year}` });
    const ws = workbook.getWorksheet(sheet)!;
    for (const placed of layout.tables) {
      for (const cell of allDataCells(format, [placed.table])) {
        const c = ws.getRow(placed.top + cell.r + 1).getCell(placed.left + cell.c + 1);
        expect(c.value).toBeNull();
        expect(c.numFmt).toBe(cell.kind === "amount" ? "0.00##" : "0");
      }
    }
  });
});

describe("template command", () => {
  test("--tables limits the tables and their names", async () => {
    const { fromFile } = await bothWriters(2024, ["二", "三"]);
    expect(fromFile.names.map((n) => n.name).sort()).toEqual(["DT_2024_T2", "DT_2024_T3", "DT_2024_TITLE"]);
    expect([...cells(fromFile.sheets[0]).values()]).not.toContain("行政复议");
    expect(stdout).toContain("2024年报表");
  });

  test.each([
    [["--year", "2024", "--unit", "胡集乡"], /-o/],
    [["--year", "2018", "--unit", "胡集乡", "-o", "OUT"], /2019/],
    [["--year", "二〇二四", "--unit", "胡集乡", "-o", "OUT"], /年份/],
    [["--year", "2024", "-o", "OUT"], /--unit/],
    [["--year", "2024", "--unit", "胡集乡", "-o", "OUT", "--tables", "五"], /五/],
    [["--year", "2024", "--unit", "胡集乡", "-o", "OUT", "--bogus"], /--bogus/],
  ])("bad arguments %j: exit 2 with a Chinese message, no file", async (args, message) => {
    const out = path.join(dir, "out.xlsx");
    const code = await template(args.map((a) => (a === "OUT" ? out : a)));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(existsSync(out)).toBe(false);
  });

  test("an unwritable path: exit 2 with a message", async () => {
    const code = await template(["--year", "2024", "--unit", "胡集乡", "-o", path.join(dir, "没有", "out.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/无法写入/);
  });

  test("an existing file is not overwritten without --force", async () => {
    const out = path.join(dir, "out.xlsx");
    writeFileSync(out, "user data");
    expect(await template(["--year", "2024", "--unit", "胡集乡", "-o", out])).toBe(2);
    expect(stderr).toMatch(/已存在/);
    expect(await template(["--year", "2024", "--unit", "胡集乡", "-o", out, "--force"])).toBe(0);
  });
});

/** LibreOffice, where installed (apt-get install libreoffice-calc-nogui): it must read every cell of the file. */
const libreoffice = ["/usr/bin/libreoffice", "/usr/bin/soffice"].find((p) => existsSync(p));
const withLibreOffice = libreoffice ? test : test.skip;

function parseCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line !== "")
    .map((line) => {
      const out: string[] = [];
      let cell = "";
      let quoted = false;
      for (let i = 0; i < line.length; i += 1) {
        const ch = line[i];
        if (quoted && ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (ch === '"') quoted = !quoted;
        else if (ch === "," && !quoted) {
          out.push(cell);
          cell = "";
        } else cell += ch;
      }
      out.push(cell);
      return out;
    });
}

withLibreOffice(
  "LibreOffice opens the file and reads the same labels",
  async () => {
    const file = path.join(dir, "lo.xlsx");
    expect(await template(["--year", "2024", "--unit", "胡集乡", "-o", file])).toBe(0);
    // Its own profile: a LibreOffice already running elsewhere on the machine would otherwise take the request.
    const profile = mkdtempSync(path.join(tmpdir(), "dt-lo-profile-"));
    try {
      execFileSync(
        libreoffice!,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76",
          "--outdir",
          dir,
          file,
        ],
        { timeout: 240_000, stdio: "ignore" },
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const rows = parseCsv(readFileSync(path.join(dir, "lo.csv"), "utf8"));
    const fromFile = await exceljsHost(await openXlsx(file)).run((s) => s.read({ values: true }));
    for (const [key, value] of cells(fromFile.sheets[0])) {
      const [r, c] = key.split(",").map(Number);
      expect(rows[r]?.[c]).toBe(String(value));
    }
  },
  300_000,
);
