/** addSheet and select. */
import { boxAddress } from "../../../core/grid/address";
import type { Writer } from "./target";

export const addSheet: Writer<"addSheet"> = (op, target) => {
  const proxy = target.workbook.worksheets.add(op.sheet);
  target.adopt(op.sheet, proxy);
  if (op.activate) proxy.activate();
  else if (op.hidden) proxy.visibility = "Hidden" as Excel.SheetVisibility;
};

export const select: Writer<"select"> = (op, target) => {
  const sheet = target.sheet(op.sheet);
  sheet.activate();
  sheet.getRange(boxAddress({ top: op.row, left: op.col, rows: 1, cols: 1 })).select();
};
