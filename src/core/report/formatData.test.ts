/** The readers are driven by the format data: no format ids or per-format names written in them. */
import * as fs from "fs";
import * as path from "path";

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
