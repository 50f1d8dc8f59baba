/** The row aligner on its own: rows of a sheet aligned with the rows a table format gives it, whatever table it is. */
import { FORMATS, readRows, type FormatId, type ReadRow, type TableFormat, type TableId } from "../format";
import { buildTable3 } from "../format/table3";
import { T3_RESULTS_2021 } from "../format/labels";
import type { CellScalar } from "../grid";
import { rowLabelScore } from "./labels";
import { readRowsAligned, type Candidate } from "./rowAligner";
import { scanRow, SheetView } from "./sheetView";

/** A sheet of one row per line: its labels, then its numbers. */
function sheet(lines: CellScalar[][]): SheetView {
  const width = Math.max(...lines.map((l) => l.length));
  const values = lines.map((l) => [...l, ...new Array<CellScalar>(width - l.length).fill(null)]);
  return new SheetView({
    name: "表",
    top: 0,
    left: 0,
    values,
    formulas: values.map((l) => l.map(() => null)),
    merges: [],
  });
}

function read(view: SheetView, table: TableId, format: FormatId, rows: readonly ReadRow[]) {
  const candidates: Candidate[] = [];
  for (let r = view.top; r < view.bottom; r += 1) {
    const scan = scanRow(view, r, view.left, view.right - 1);
    candidates.push({ scan, labels: scan.labels.map((l) => l.text) });
  }
  const score = (i: number, j: number) => rowLabelScore(candidates[i].labels, rows[j].path);
  return readRowsAligned(view, { table, format, rows, candidates, score, preferred: (scan) => scan.dataStart });
}

/** Every row of a table written with numbers row·10 + column. */
function written(rows: readonly ReadRow[], keep: (row: ReadRow, j: number) => boolean = () => true): CellScalar[][] {
  return rows.flatMap((row, j) => (keep(row, j) ? [[row.name, ...row.cells.map((_, k) => j * 10 + k)]] : []));
}

const valueOf = (cells: ReturnType<typeof read>["cells"], table: TableId, row: ReadRow, k: number) =>
  cells.get(`${table}|${row.cells[k].row}|${row.cells[k].column}`);

describe.each<[TableId, FormatId]>([
  ["二", "2019"],
  ["二", "2021"],
  ["三", "2021"],
])("table %s of %s, its rows from the format data", (table, format) => {
  const rows = readRows(FORMATS[format].tables[table], "rows");

  test("every row read in its place, each with as many numbers as the format gives it", () => {
    const { cells, notes } = read(sheet(written(rows)), table, format, rows);
    expect(notes).toEqual([]);
    rows.forEach((row, j) =>
      row.cells.forEach((_, k) => expect(valueOf(cells, table, row, k)?.value).toBe(j * 10 + k)),
    );
  });

  test("a row left out inside the table: its cells blank, one F4 naming it, the rows after it still in place", () => {
    const gap = 1;
    const { cells, notes } = read(sheet(written(rows, (_, j) => j !== gap)), table, format, rows);
    expect(notes.map((n) => [n.rule, n.message])).toEqual([
      ["F4", `表${table}未找到“${rows[gap].name}”一行，该行各单元格按空白处理`],
    ]);
    expect(valueOf(cells, table, rows[gap], 0)?.problems).toEqual(["blank"]);
    expect(valueOf(cells, table, rows[gap + 1], 0)?.value).toBe((gap + 1) * 10);
  });

  test("the text stopping inside the table: one F8 at the last row read, the rows after it absent", () => {
    const last = 2;
    const { cells, notes } = read(sheet(written(rows, (_, j) => j <= last)), table, format, rows);
    expect(notes.map((n) => n.rule)).toEqual(["F8"]);
    expect(notes[0].message).toContain(`之后中断：其后 ${rows.length - 1 - last} 行不在输入中`);
    expect(valueOf(cells, table, rows[last + 1], 0)?.problems).toEqual(["absent"]);
  });
});

test("a format given only as data (an item added to 三's （六）) is read by the same aligner", () => {
  const groups = T3_RESULTS_2021.map(
    ([g, items]) => [g, g.startsWith("（六）") ? [...items, "4.申请人撤回申请"] : items] as const,
  );
  const edition: TableFormat = buildTable3(groups);
  const rows = readRows(edition, "rows");
  expect(rows.length).toBe(FORMATS["2021"].tables["三"].rowPaths.length + 1);
  const { cells, notes } = read(sheet(written(rows)), "三", "2021", rows);
  expect(notes).toEqual([]);
  const added = rows.findIndex((r) => r.name === "4.申请人撤回申请");
  expect(valueOf(cells, "三", rows[added], 6)?.value).toBe(added * 10 + 6);
});

test("table 四's groups of columns are rows to the aligner, and so is its one row of every cell", () => {
  const table = FORMATS["2021"].tables["四"];
  const groups = readRows(table, "columnGroups");
  expect(groups.map((g) => [g.name, g.cells.length])).toEqual([
    ["行政复议", 5],
    ["行政诉讼·未经复议直接起诉", 5],
    ["行政诉讼·复议后起诉", 5],
  ]);
  const whole = readRows(table, "whole");
  expect(whole.map((w) => w.cells.length)).toEqual([15]);
  const { cells, notes } = read(sheet([[null, ...whole[0].cells.map((_, k) => k)]]), "四", "2021", whole);
  expect(notes).toEqual([]);
  expect(whole[0].cells.map((_, k) => valueOf(cells, "四", whole[0], k)?.value)).toEqual([...Array(15).keys()]);
});
