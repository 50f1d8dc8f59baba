import { FORMAT_IDS, FORMATS } from "./formats";
import { cellTextRoom, leavesLoneCharacter, wrapLines } from "./labelFit";
import { sheetLayout } from "./sheetLayout";
import type { TableId } from "./types";

const TABLES: TableId[] = ["二", "三", "四"];

describe("labels wrap in the sheet's columns", () => {
  test("a 9-character column holds four Chinese characters a line; a merged cell also the padding between", () => {
    expect(wrapLines("三、本年度办理结果", 9)).toEqual(["三、本年", "度办理结", "果"]);
    expect(leavesLoneCharacter("规范性文件", 9)).toBe(true);
    expect(leavesLoneCharacter("规范性文件", 11)).toBe(false);
    expect(cellTextRoom([5, 5])).toBeCloseTo(10 + 5 / 7);
    expect(wrapLines("商业企业", cellTextRoom([5]))).toEqual(["商业", "企业"]);
  });

  test.each(FORMAT_IDS)("no header or label of the %s format leaves one character alone on its last line", (id) => {
    const format = FORMATS[id];
    const layout = sheetLayout(format, TABLES, { unit: "胡集乡", year: 2024, prefix: "DT_2024" });
    const lone: string[] = [];
    for (const placed of layout.tables) {
      for (const cell of format.tables[placed.table].cells) {
        if (cell.text === null) continue;
        const widths = layout.columnWidths.slice(placed.left + cell.c, placed.left + cell.c + cell.colSpan);
        const room = cellTextRoom(widths);
        if (leavesLoneCharacter(cell.text, room))
          lone.push(`表${placed.table} ${cell.text}: ${wrapLines(cell.text, room).join(" / ")}`);
      }
    }
    expect(lone).toEqual([]);
  });
});
