import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { rawXlsx } from "../../../test/rawXlsx";
import { realisticReport } from "../../core/check/testing/fixtures";
import { readInput } from "../../cli/inputs";
import { writeReportXlsx } from "../../cli/__tests__/reportFiles";
import { exceljsHost } from "./exceljsHost";
import { loadXlsx, openXlsx, saveXlsx } from "./files";

async function readGrid(bytes: Buffer) {
  const snapshot = await exceljsHost(await loadXlsx(bytes)).run((s) => s.read({ values: true }));
  return snapshot.sheets[0];
}

describe("a formula whose cached result is 0 or FALSE (as Excel saves it) is read as that value, not as blank", () => {
  test("plain, shared and array formulas; a FALSE result; a nonzero result beside them", async () => {
    const bytes = await rawXlsx([
      {
        name: "2024年报表",
        rows:
          `<row r="1"><c r="A1"><v>0</v></c><c r="B1"><f>SUM(A1:A1)</f><v>0</v></c>` +
          `<c r="C1"><f t="shared" ref="C1:C2" si="0">A1*2</f><v>0</v></c>` +
          `<c r="D1"><f t="array" ref="D1">SUM(A1:A1*1)</f><v>0</v></c>` +
          `<c r="E1" t="b"><f>A1=1</f><v>0</v></c><c r="F1"><f>A1+7</f><v>7</v></c></row>` +
          `<row r="2"><c r="A2"><v>0</v></c><c r="C2"><f t="shared" si="0"/><v>0</v></c></row>`,
      },
    ]);
    const grid = await readGrid(bytes);
    expect(grid.values).toEqual([
      [0, 0, 0, 0, false, 7],
      [0, null, 0, null, null, null],
    ]);
    expect(grid.formulas[0]).toEqual([null, "=SUM(A1:A1)", "=A1*2", "=SUM(A1:A1*1)", "=A1=1", "=A1+7"]);
    expect(grid.formulas[1][2]).toBe("=A2*2");
  });

  test("a report whose zeros are all formulas reads every zero as 0 (no cell becomes 未填写)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dt-cached0-"));
    try {
      const file = path.join(dir, "report.xlsx");
      const report = realisticReport();
      await writeReportXlsx(file, report);
      const workbook = await openXlsx(file);
      let zeros = 0;
      workbook.worksheets[0].eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === 0) {
            cell.value = { formula: "0*1", result: 0 };
            zeros += 1;
          }
        }),
      );
      expect(zeros).toBeGreaterThan(20);
      await saveXlsx(workbook, file);

      const read = await readInput(file);
      if (!read.ok) throw new Error(read.message);
      const [back] = read.reports;
      const blanks = [...report.cells].filter(([key, c]) => c.value === 0 && back.cells.get(key)?.value !== 0);
      expect(blanks).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
