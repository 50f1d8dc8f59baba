/** Tables rebuilt from a page's borders and text positions (no PDF library needed). */
import { pageBlocks, type Segment, type TextPiece } from "./pdfTables";

const h = (y: number, x1: number, x2: number): Segment => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Segment => ({ x1: x, y1, x2: x, y2 });
const piece = (text: string, x: number, y: number): TextPiece => ({ text, x, y, end: x + text.length * 10, size: 10 });

test("cells found by their borders, a merged cell spanning two rows, text placed in its cell, other lines as paragraphs", () => {
  // Two columns (0–100, 100–200) and three rows (300–280–260–240); the left cell of rows 2 and 3 is merged.
  const segments = [
    h(300, 0, 200),
    h(280, 0, 200),
    h(260, 100, 200),
    h(240, 0, 200),
    v(0, 240, 300),
    v(100, 240, 300),
    v(200, 240, 300),
  ];
  const pieces = [
    piece("标题", 10, 320),
    piece("A", 10, 285),
    piece("B", 110, 285),
    piece("合", 10, 262),
    piece("并", 10, 250),
    piece("1", 110, 265),
    piece("2", 110, 245),
    piece("- 1 -", 90, 20),
  ];
  const blocks = pageBlocks(pieces, segments);
  expect(blocks).toEqual([
    { kind: "paragraph", text: "标题" },
    {
      kind: "table",
      table: {
        cells: [
          ["A", "B"],
          ["合\n并", "1"],
          [null, "2"],
        ],
        merges: [{ top: 1, left: 0, rows: 2, cols: 1 }],
      },
    },
    { kind: "paragraph", text: "- 1 -" },
  ]);
});

test("strokes that close no cell make no table", () => {
  expect(pageBlocks([piece("正文", 10, 100)], [h(90, 0, 200)])).toEqual([{ kind: "paragraph", text: "正文" }]);
});
