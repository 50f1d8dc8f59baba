/**
 * freezePanes: worksheet.freezePanes needs ExcelApi 1.7; without it the op is left out (capabilities.freezePanes
 * says so). Panes frozen before are replaced.
 */
import { boxAddress } from "../../../core/grid/address";
import type { Writer } from "./target";

export const FREEZE_PANES_API = "1.7";

export const freezePanes: Writer<"freezePanes"> = (op, target) => {
  if (!target.api.has(FREEZE_PANES_API)) return;
  const sheet = target.sheet(op.sheet);
  const panes = sheet.freezePanes;
  panes.unfreeze();
  if (op.rows > 0 && op.columns > 0) {
    panes.freezeAt(boxAddress({ top: 0, left: 0, rows: op.rows, cols: op.columns }));
  } else if (op.rows > 0) panes.freezeRows(op.rows);
  else if (op.columns > 0) panes.freezeColumns(op.columns);
};
