/** The readers are driven by the format data: no format ids or per-format names written in them. */
import * as fs from "fs";
import * as path from "path";
import { FORMAT_IDS, FORMATS, pathLabels, TABLE_IDS } from "../format";

const DIRS = [__dirname, path.resolve(__dirname, "..", "..", "documents")];
const FORMAT_LITERAL = /["'`]20(?:19|21)["'`]|FORMAT_20\d\d\b/;

function readerFiles(): string[] {
  return DIRS.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => path.join(dir, f)),
  );
}

test("no reader names a format by its id: formats come from core/format (FORMAT_IDS, LATEST_FORMAT)", () => {
  const files = readerFiles();
  expect(files.length).toBeGreaterThan(10);
  const offending = files.flatMap((file) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .map((line, i) => [line, i] as const)
      .filter(([line]) => FORMAT_LITERAL.test(line) && !line.trim().startsWith("*") && !line.trim().startsWith("//"))
      .map(([line, i]) => `${path.basename(file)}:${i + 1}: ${line.trim()}`),
  );
  expect(offending).toEqual([]);
});

/** The files that find and read the tables (compare.ts, not a reader, names the cells it compares). */
const READERS =
  /^(table\dFinder|rowAligner|rowNotes|anchors|labels|labelKinds|tableRead|sheetView|assemble|from[A-Z]\w*)\.ts$/;

test("no reader spells an official label: the rows, columns and anchors it looks for come from the format data", () => {
  const labels = new Set<string>();
  for (const format of FORMAT_IDS) {
    for (const table of TABLE_IDS.map((id) => FORMATS[format].tables[id])) {
      for (const cell of table.cells) if (cell.text) labels.add(cell.text);
      for (const p of [...table.rowPaths, ...table.columnPaths]) for (const part of pathLabels(p)) labels.add(part);
    }
  }
  const files = readerFiles().filter((file) => READERS.test(path.basename(file)) || file.includes("documents"));
  expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(["rowAligner.ts", "table3Finder.ts"]));
  const code = (file: string) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
      .join("\n");
  const offending = files.flatMap((file) =>
    [...code(file).matchAll(/(["'`])([^"'`\n]+)\1/g)]
      .filter((m) => labels.has(m[2]))
      .map((m) => `${path.basename(file)}: ${m[0]}`),
  );
  expect(offending).toEqual([]);
});
