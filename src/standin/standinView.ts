/** The StandinView over the stand-in's model: what the preview grid draws, and the user's own actions. */
import { parseFlagBlock } from "../hosts/flagMarker";
import { boxContains } from "../core/grid/address";
import { columnLetters } from "../core/grid/address";
import { DEFAULT_COLUMN_CHARS, DEFAULT_ROW_POINTS, pointsToChars } from "../hosts/units";
import type { FlagLevel } from "../hosts/types";
import { StandinError } from "./errors";
import type { CellFormat, SheetModel } from "./model";
import { defaultFormat } from "./model";
import { formatValue } from "./numberFormat";
import type { StandinHost } from "./context";
import type { CellBorders, Selection, StandinCellView, StandinSheetView, StandinView } from "./view";

const H_ALIGN: Record<string, StandinCellView["hAlign"]> = { Left: "left", Center: "center", Right: "right" };
const V_ALIGN: Record<string, StandinCellView["vAlign"]> = { Top: "top", Center: "center" };

export interface ViewHost extends StandinHost {
  listeners: Set<() => void>;
}

const a1 = (row: number, col: number) => `${columnLetters(col)}${row + 1}`;

export function notifyAll(host: ViewHost): void {
  for (const listener of [...host.listeners]) listener();
}

function sheetView(host: ViewHost, sheet: SheetModel): StandinSheetView {
  const model = host.model;
  const used = sheet.usedBox(false);
  const format = (r: number, c: number): CellFormat => sheet.cell(r, c)?.format ?? defaultFormat();
  return {
    name: sheet.name,
    visible: sheet.visibility === "Visible",
    rowCount: used ? Math.max(1, used.top + used.rows) : 1,
    colCount: used ? Math.max(1, used.left + used.cols) : 1,
    merges: sheet.merges.map((m) => ({ ...m })),
    page: { ...sheet.page, rowBreaks: [...sheet.page.rowBreaks] },
    frozen: { ...sheet.frozen },
    charts: sheet.charts.map((c) => ({ ...c, data: { ...c.data }, position: c.position && { ...c.position } })),
    columnWidth: (col) => {
      const points = sheet.columnWidths.get(col);
      return points === undefined ? DEFAULT_COLUMN_CHARS : pointsToChars(points);
    },
    rowHeight: (row) => sheet.rowHeights.get(row) ?? DEFAULT_ROW_POINTS,
    cell: (r, c): StandinCellView => {
      const own = format(r, c);
      const value = model.value(sheet, r, c);
      const cf = model.conditionalFill(sheet, r, c);
      let flag: FlagLevel | null = null;
      for (const x of sheet.conditionalFormats) {
        const parsed = boxContains(x.box, r, c) ? parseFlagBlock(x.formula) : null;
        if (parsed && boxContains(parsed.box, r, c)) flag = parsed.level;
      }
      const borders: CellBorders = {
        top: Boolean(own.borders.top ?? (r > 0 ? format(r - 1, c).borders.bottom : undefined)),
        bottom: Boolean(own.borders.bottom ?? format(r + 1, c).borders.top),
        left: Boolean(own.borders.left ?? (c > 0 ? format(r, c - 1).borders.right : undefined)),
        right: Boolean(own.borders.right ?? format(r, c + 1).borders.left),
      };
      return {
        value,
        text: formatValue(value, own.numberFormat),
        formula: sheet.cell(r, c)?.formula ?? null,
        fill: own.fill,
        displayFill: cf?.fill ?? own.fill,
        bold: cf?.bold ?? own.bold,
        wrap: own.wrap,
        hAlign: H_ALIGN[own.hAlign] ?? "general",
        vAlign: V_ALIGN[own.vAlign] ?? "bottom",
        borders,
        numberFormat: own.numberFormat,
        flag,
        comment: model.commentAt(sheet, r, c)?.content ?? null,
      };
    },
  };
}

export function createView(host: ViewHost): StandinView {
  const model = host.model;
  const sheetNamed = (name: string): SheetModel => {
    const sheet = model.findSheet(name);
    if (!sheet) throw new Error(`没有工作表“${name}”`);
    return sheet;
  };
  return {
    sheets: () => model.sheets.map((s) => sheetView(host, s)),
    activeSheet: () => model.active.name,
    selection: (): Selection => ({ sheet: model.active.name, ...model.active.selection }),
    select: ({ sheet, row, col }) => {
      const target = sheetNamed(sheet);
      model.active = target;
      target.selection = { row, col };
      notifyAll(host);
    },
    activate: (sheet) => {
      model.active = sheetNamed(sheet);
      notifyAll(host);
    },
    typeInto: (sheet, row, col, input) => {
      const target = sheetNamed(sheet);
      try {
        model.enter(target, row, col, input);
      } catch (error) {
        if (!(error instanceof StandinError)) throw error;
        const cell = target.ensure(row, col);
        cell.value = input;
        cell.formula = null;
      }
      for (const edit of [...host.cellEdits]) edit({ worksheetId: target.id, address: a1(row, col), source: "Local" });
      notifyAll(host);
    },
    subscribe: (listener) => {
      host.listeners.add(listener);
      return () => {
        host.listeners.delete(listener);
      };
    },
    get syncCount() {
      return host.syncCount;
    },
  };
}
