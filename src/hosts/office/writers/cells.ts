/** setValues, merge, style, columnWidths, rowHeight, addName: the layout of a sheet. */
import { boxAddress } from "../../../core/grid/address";
import type { Box, CellStyle } from "../../types";
import { asEntered } from "../../enteredText";
import { charsToPoints } from "../../units";
import type { Writer } from "./target";

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const cell = (row: number, col: number) => boxAddress({ top: row, left: col, rows: 1, cols: 1 });

export const setValues: Writer<"setValues"> = (op, target) => {
  if (op.values.length === 0 || op.values[0].length === 0) return;
  const box = { top: op.top, left: op.left, rows: op.values.length, cols: op.values[0].length };
  target.sheet(op.sheet).getRange(boxAddress(box)).values = op.values.map((row) => row.map(asEntered));
};

export const setFormula: Writer<"setFormula"> = (op, target) => {
  target.sheet(op.sheet).getRange(cell(op.row, op.col)).formulas = [[op.formula]];
};

export const merge: Writer<"merge"> = (op, target) => {
  target.sheet(op.sheet).getRange(boxAddress(op.box)).merge(false);
};

export const style: Writer<"style"> = (op, target) => {
  applyStyle(target.sheet(op.sheet).getRange(boxAddress(op.box)), op.box, op.style);
};

export const columnWidths: Writer<"columnWidths"> = (op, target) => {
  op.widths.forEach((width, i) => {
    target.sheet(op.sheet).getRange(cell(0, op.left + i)).format.columnWidth = charsToPoints(width);
  });
};

export const rowHeight: Writer<"rowHeight"> = (op, target) => {
  target.sheet(op.sheet).getRange(cell(op.row, 0)).format.rowHeight = op.height;
};

export const addName: Writer<"addName"> = (op, target) => {
  target.workbook.names.add(op.name, target.sheet(op.sheet).getRange(boxAddress(op.box)), op.comment);
};

function applyStyle(range: Excel.Range, box: Box, style: CellStyle): void {
  const format = range.format;
  if (style.fill !== undefined) {
    if (style.fill === null) format.fill.clear();
    else format.fill.color = style.fill;
  }
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.numberFormat !== undefined) {
    const nf = style.numberFormat;
    range.numberFormat = Array.from({ length: box.rows }, () => Array.from({ length: box.cols }, () => nf));
  }
  if (style.border) {
    const edges: Excel.BorderIndex[] = [
      "EdgeTop" as Excel.BorderIndex,
      "EdgeBottom" as Excel.BorderIndex,
      "EdgeLeft" as Excel.BorderIndex,
      "EdgeRight" as Excel.BorderIndex,
    ];
    if (box.rows > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
    if (box.cols > 1) edges.push("InsideVertical" as Excel.BorderIndex);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
}
