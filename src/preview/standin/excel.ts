/**
 * The Excel JavaScript API subset the add-in uses, over the stand-in's WorkbookModel, with Office.js semantics:
 * commands queue and run at context.sync(); properties are readable after load() and sync(); getItem of a
 * missing item fails at sync (ItemNotFound); *OrNullObject gives isNullObject; a values/formulas/numberFormat
 * array of the wrong shape fails (InvalidArgument). Property types follow @types/office-js.
 */
import {
  boxAddress,
  boxContains,
  boxesIntersect,
  parseAddress,
  quoteSheet,
  sheetBoxAddress,
} from "../../workbook/address";
import type { Box, CellScalar } from "../../workbook/types";
import { ErrorCodes, StandinError } from "./errors";
import type {
  CellFormat,
  CellModel,
  CommentModel,
  ConditionalFormatModel,
  EdgeName,
  NameModel,
  SheetModel,
} from "./model";
import { formatValue } from "./numberFormat";
import { CollectionProxy, Proxy, type StandinContext } from "./proxy";
import { formulaParses } from "./formula";

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
/** Largest range whose cell values can be loaded (Excel refuses huge payloads too). */
const MAX_LOAD_CELLS = 5_000_000;

export interface RangeTarget {
  sheet: SheetModel;
  box: Box;
}

const COLOR_NAMES: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
};

function normalizeColor(color: string): string {
  const named = COLOR_NAMES[color.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
  throw new StandinError(ErrorCodes.invalidArgument, `颜色无效：${color}`);
}

function plainBox(b: Box): Box {
  return { top: b.top, left: b.left, rows: b.rows, cols: b.cols };
}

function cellsOf(box: Box): [number, number][] {
  const out: [number, number][] = [];
  for (let r = box.top; r < box.top + box.rows; r += 1) {
    for (let c = box.left; c < box.left + box.cols; c += 1) out.push([r, c]);
  }
  return out;
}

/** One value when every cell agrees, else null (as Office.js reports mixed formatting). */
function uniform<V>(values: V[]): V | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

function grid<V>(target: RangeTarget, read: (r: number, c: number) => V): V[][] {
  const { box } = target;
  if (box.rows * box.cols > MAX_LOAD_CELLS) {
    throw new StandinError(ErrorCodes.generalException, "区域过大，无法读取其全部单元格");
  }
  return Array.from({ length: box.rows }, (_, i) =>
    Array.from({ length: box.cols }, (_, j) => read(box.top + i, box.left + j)),
  );
}

/** Checks a 2-D array (or one scalar, applied to every cell) against a range's shape. */
function shaped(input: unknown, box: Box, property: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const ok =
    input.length === box.rows && input.every((row) => Array.isArray(row) && (row as unknown[]).length === box.cols);
  if (!ok) {
    throw new StandinError(
      ErrorCodes.invalidArgument,
      `${property} 的行数或列数与区域不符（区域 ${box.rows}×${box.cols}）`,
      `Range.${property}`,
    );
  }
  return (r, c) => (input as unknown[][])[r - box.top][c - box.left];
}

function toScalar(v: unknown, property: string): CellScalar {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  throw new StandinError(ErrorCodes.invalidArgument, `${property} 中有无效的值`, `Range.${property}`);
}

// ---------------------------------------------------------------- workbook and worksheets

export class StandinWorkbook {
  readonly worksheets: StandinWorksheetCollection;
  readonly names: StandinNamedItemCollection;
  private commentCollection: StandinCommentCollection | undefined;

  constructor(readonly context: StandinContext) {
    this.worksheets = new StandinWorksheetCollection(context);
    this.names = new StandinNamedItemCollection(context);
  }

  get comments(): StandinCommentCollection {
    this.context.requireApi("1.10", "Workbook.comments");
    this.commentCollection ??= new StandinCommentCollection(this.context);
    return this.commentCollection;
  }
}

export class StandinWorksheetCollection extends CollectionProxy<SheetModel[], StandinWorksheet> {
  protected readonly typeName = "WorksheetCollection";

  constructor(context: StandinContext) {
    super(context, () => context.model.sheets);
  }

  protected list(target: SheetModel[]): StandinWorksheet[] {
    return target.map((sheet) => new StandinWorksheet(this.context, () => sheet).bind(sheet));
  }

  add(name?: string): StandinWorksheet {
    let created: SheetModel | undefined;
    const proxy = new StandinWorksheet(this.context, () => {
      if (!created) throw new StandinError(ErrorCodes.generalException, "工作表尚未添加");
      return created;
    });
    this.context.enqueue(() => {
      const model = this.context.model;
      created = model.addSheet(name ?? model.freshSheetName());
      proxy.resolve();
    }, true);
    return proxy;
  }

  getItem(key: string): StandinWorksheet {
    const proxy = new StandinWorksheet(this.context, () => {
      const sheet = this.find(key);
      if (!sheet)
        throw new StandinError(ErrorCodes.itemNotFound, `找不到工作表“${key}”`, "WorksheetCollection.getItem");
      return sheet;
    });
    proxy.settle();
    return proxy;
  }

  getItemOrNullObject(key: string): StandinWorksheet {
    this.context.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
    const proxy = new StandinWorksheet(this.context, () => this.find(key) ?? null);
    proxy.settle();
    return proxy;
  }

  getActiveWorksheet(): StandinWorksheet {
    return new StandinWorksheet(this.context, () => this.context.model.active);
  }

  private find(key: string): SheetModel | undefined {
    const model = this.context.model;
    return model.findSheet(key) ?? model.sheets.find((s) => s.id === key);
  }
}

export class StandinWorksheet extends Proxy<SheetModel> {
  protected readonly typeName = "Worksheet";
  protected readonly scalarNames = ["name", "id", "position", "visibility"] as const;

  settle(): void {
    this.settleAtSync();
  }

  protected readProperty(name: string, sheet: SheetModel): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.context.model.sheets.indexOf(sheet);
      default:
        return sheet.visibility;
    }
  }

  get name(): Excel.Worksheet["name"] {
    return this.loaded("name");
  }
  set name(value: Excel.Worksheet["name"]) {
    this.command((sheet) => {
      const other = this.context.model.findSheet(value);
      if (other && other !== sheet) throw new StandinError(ErrorCodes.itemAlreadyExists, `已存在同名工作表：${value}`);
      sheet.name = value;
    });
  }
  get id(): Excel.Worksheet["id"] {
    return this.loaded("id");
  }
  get position(): Excel.Worksheet["position"] {
    return this.loaded("position");
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.loaded("visibility");
  }
  set visibility(value: Excel.Worksheet["visibility"]) {
    this.command((sheet) => {
      sheet.visibility = value as SheetModel["visibility"];
    });
  }

  activate(): void {
    this.command((sheet) => {
      this.context.model.active = sheet;
    });
  }

  getRange(address?: string): StandinRange {
    const range = new StandinRange(this.context, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      if (address === undefined) return { sheet, box: { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      const parsed = parseAddress(address);
      if (parsed && (parsed.sheet === null || this.context.model.findSheet(parsed.sheet) === sheet)) {
        return { sheet, box: plainBox(parsed) };
      }
      const named = this.context.model.names.find((n) => n.name.toLowerCase() === address.toLowerCase());
      if (named && named.sheet === sheet) return { sheet, box: named.box };
      throw new StandinError(ErrorCodes.invalidArgument, `地址无效：${address}`, "Worksheet.getRange");
    });
    range.settle();
    return range;
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): StandinRange {
    this.context.requireApi("1.7", "Worksheet.getRangeByIndexes");
    const range = new StandinRange(this.context, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
        throw new StandinError(ErrorCodes.invalidArgument, "getRangeByIndexes 参数无效");
      }
      return { sheet, box: { top: startRow, left: startColumn, rows: rowCount, cols: columnCount } };
    });
    range.settle();
    return range;
  }

  getCell(row: number, column: number): StandinRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): StandinRange {
    return new StandinRange(this.context, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      return { sheet, box: sheet.usedBox(valuesOnly ?? false) ?? { top: 0, left: 0, rows: 1, cols: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): StandinRange {
    this.context.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    const range = new StandinRange(this.context, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      const box = sheet.usedBox(valuesOnly ?? false);
      return box ? { sheet, box } : null;
    });
    range.settle();
    return range;
  }
}

// ---------------------------------------------------------------- ranges

export class StandinRange extends Proxy<RangeTarget> {
  protected readonly typeName = "Range";
  protected readonly scalarNames = [
    "address",
    "addressLocal",
    "cellCount",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "values",
    "formulas",
    "numberFormat",
    "text",
  ] as const;
  private formatProxy: StandinRangeFormat | undefined;
  private cfProxy: StandinConditionalFormatCollection | undefined;

  settle(): void {
    this.settleAtSync();
  }

  protected override child(name: string): Proxy<unknown> | undefined {
    if (name === "format") return this.format as Proxy<unknown>;
    if (name === "worksheet") return this.worksheet as Proxy<unknown>;
    return undefined;
  }

  protected readProperty(name: string, t: RangeTarget): unknown {
    const model = this.context.model;
    switch (name) {
      case "address":
      case "addressLocal":
        return sheetBoxAddress(t.sheet.name, t.box);
      case "cellCount":
        return t.box.rows * t.box.cols;
      case "rowIndex":
        return t.box.top;
      case "columnIndex":
        return t.box.left;
      case "rowCount":
        return t.box.rows;
      case "columnCount":
        return t.box.cols;
      case "values":
        return grid(t, (r, c) => model.value(t.sheet, r, c) ?? "");
      case "formulas":
        return grid(t, (r, c) => t.sheet.cell(r, c)?.formula ?? t.sheet.cell(r, c)?.value ?? "");
      case "numberFormat":
        return grid(t, (r, c) => t.sheet.cell(r, c)?.format.numberFormat ?? "General");
      default:
        return grid(t, (r, c) =>
          formatValue(model.value(t.sheet, r, c), t.sheet.cell(r, c)?.format.numberFormat ?? "General"),
        );
    }
  }

  get address(): Excel.Range["address"] {
    return this.loaded("address");
  }
  get addressLocal(): Excel.Range["addressLocal"] {
    return this.loaded("addressLocal");
  }
  get cellCount(): Excel.Range["cellCount"] {
    return this.loaded("cellCount");
  }
  get rowIndex(): Excel.Range["rowIndex"] {
    return this.loaded("rowIndex");
  }
  get columnIndex(): Excel.Range["columnIndex"] {
    return this.loaded("columnIndex");
  }
  get rowCount(): Excel.Range["rowCount"] {
    return this.loaded("rowCount");
  }
  get columnCount(): Excel.Range["columnCount"] {
    return this.loaded("columnCount");
  }
  get text(): Excel.Range["text"] {
    return this.loaded("text");
  }

  get values(): Excel.Range["values"] {
    return this.loaded("values");
  }
  set values(input: Excel.Range["values"]) {
    this.command((t) => {
      const at = shaped(input, t.box, "values");
      for (const [r, c] of cellsOf(t.box)) {
        const v = toScalar(at(r, c), "values");
        if (v !== null) this.context.model.enter(t.sheet, r, c, v);
      }
    });
  }

  get formulas(): Excel.Range["formulas"] {
    return this.loaded("formulas");
  }
  set formulas(input: Excel.Range["formulas"]) {
    this.command((t) => {
      const at = shaped(input, t.box, "formulas");
      for (const [r, c] of cellsOf(t.box)) {
        const v = toScalar(at(r, c), "formulas");
        if (v !== null) this.context.model.enter(t.sheet, r, c, v);
      }
    });
  }

  get numberFormat(): Excel.Range["numberFormat"] {
    return this.loaded("numberFormat");
  }
  set numberFormat(input: Excel.Range["numberFormat"]) {
    this.command((t) => {
      const at = shaped(input, t.box, "numberFormat");
      for (const [r, c] of cellsOf(t.box)) {
        const v = at(r, c);
        if (v === null) continue;
        if (typeof v !== "string") {
          throw new StandinError(ErrorCodes.invalidArgument, "numberFormat 中有无效的值", "Range.numberFormat");
        }
        t.sheet.ensure(r, c).format.numberFormat = v;
      }
    });
  }

  get format(): StandinRangeFormat {
    this.formatProxy ??= new StandinRangeFormat(this.context, () => this.resolve());
    return this.formatProxy;
  }

  get conditionalFormats(): StandinConditionalFormatCollection {
    this.context.requireApi("1.6", "Range.conditionalFormats");
    this.cfProxy ??= new StandinConditionalFormatCollection(this.context, () => this.resolve());
    return this.cfProxy;
  }

  private worksheetChild: StandinWorksheet | undefined;
  get worksheet(): StandinWorksheet {
    this.worksheetChild ??= new StandinWorksheet(this.context, () => this.resolve()?.sheet ?? null);
    return this.worksheetChild;
  }

  getCell(row: number, column: number): StandinRange {
    return new StandinRange(this.context, () => {
      const t = this.resolve();
      if (t === null) return null;
      return { sheet: t.sheet, box: { top: t.box.top + row, left: t.box.left + column, rows: 1, cols: 1 } };
    });
  }

  merge(across?: boolean): void {
    this.command((t) => this.context.model.merge(t.sheet, t.box, across ?? false));
  }

  unmerge(): void {
    this.command((t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !boxesIntersect(m, t.box));
    });
  }

  select(): void {
    this.command((t) => {
      this.context.model.active = t.sheet;
      t.sheet.selection = { row: t.box.top, col: t.box.left };
    });
  }

  getMergedAreasOrNullObject(): StandinRangeAreas {
    this.context.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    const areas = new StandinRangeAreas(this.context, () => {
      const t = this.resolve();
      if (t === null) return null;
      const boxes = t.sheet.merges.filter((m) => boxContains(t.box, m.top, m.left));
      return boxes.length > 0 ? { sheet: t.sheet, boxes } : null;
    });
    areas.settle();
    return areas;
  }
}

export interface AreasTarget {
  sheet: SheetModel;
  boxes: Box[];
}

export class StandinRangeAreas extends Proxy<AreasTarget> {
  protected readonly typeName = "RangeAreas";
  protected readonly scalarNames = ["address", "areaCount"] as const;
  private areasProxy: StandinRangeCollection | undefined;

  settle(): void {
    this.settleAtSync();
  }

  protected override child(name: string): Proxy<unknown> | undefined {
    return name === "areas" ? (this.areas as Proxy<unknown>) : undefined;
  }

  protected readProperty(name: string, t: AreasTarget): unknown {
    if (name === "areaCount") return t.boxes.length;
    return t.boxes.map((b) => sheetBoxAddress(t.sheet.name, b)).join(",");
  }

  get address(): Excel.RangeAreas["address"] {
    return this.loaded("address");
  }
  get areaCount(): Excel.RangeAreas["areaCount"] {
    return this.loaded("areaCount");
  }
  get areas(): StandinRangeCollection {
    this.areasProxy ??= new StandinRangeCollection(this.context, () => this.resolve());
    return this.areasProxy;
  }
}

export class StandinRangeCollection extends CollectionProxy<AreasTarget, StandinRange> {
  protected readonly typeName = "RangeCollection";

  protected list(t: AreasTarget): StandinRange[] {
    return t.boxes.map((box) => {
      const target = { sheet: t.sheet, box };
      return new StandinRange(this.context, () => target).bind(target);
    });
  }
}

// ---------------------------------------------------------------- formatting

function formatsOf(t: RangeTarget): CellFormat[] {
  if (t.box.rows * t.box.cols > MAX_LOAD_CELLS) {
    throw new StandinError(ErrorCodes.generalException, "区域过大");
  }
  return cellsOf(t.box).map(([r, c]) => t.sheet.cell(r, c)?.format ?? defaultCellFormat);
}

const defaultCellFormat: CellFormat = {
  fill: null,
  bold: false,
  fontSize: 11,
  fontColor: "#000000",
  wrap: false,
  hAlign: "General",
  vAlign: "Bottom",
  numberFormat: "General",
  borders: {},
};

function eachCell(t: RangeTarget, apply: (cell: CellModel, r: number, c: number) => void): void {
  if (t.box.rows * t.box.cols > MAX_LOAD_CELLS) throw new StandinError(ErrorCodes.generalException, "区域过大");
  for (const [r, c] of cellsOf(t.box)) apply(t.sheet.ensure(r, c), r, c);
}

export class StandinRangeFormat extends Proxy<RangeTarget> {
  protected readonly typeName = "RangeFormat";
  protected readonly scalarNames = [
    "columnWidth",
    "rowHeight",
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
  ] as const;
  private fillProxy: StandinRangeFill | undefined;
  private fontProxy: StandinRangeFont | undefined;
  private bordersProxy: StandinRangeBorderCollection | undefined;

  protected override child(name: string): Proxy<unknown> | undefined {
    if (name === "fill") return this.fill as Proxy<unknown>;
    if (name === "font") return this.font as Proxy<unknown>;
    if (name === "borders") return this.borders as Proxy<unknown>;
    return undefined;
  }

  protected readProperty(name: string, t: RangeTarget): unknown {
    switch (name) {
      case "columnWidth": {
        const widths = Array.from({ length: t.box.cols }, (_, i) => t.sheet.columnWidths.get(t.box.left + i) ?? 48);
        return uniform(widths);
      }
      case "rowHeight": {
        const heights = Array.from({ length: t.box.rows }, (_, i) => t.sheet.rowHeights.get(t.box.top + i) ?? 15);
        return uniform(heights);
      }
      case "horizontalAlignment":
        return uniform(formatsOf(t).map((f) => f.hAlign));
      case "verticalAlignment":
        return uniform(formatsOf(t).map((f) => f.vAlign));
      default:
        return uniform(formatsOf(t).map((f) => f.wrap));
    }
  }

  get columnWidth(): Excel.RangeFormat["columnWidth"] {
    return this.loaded("columnWidth");
  }
  set columnWidth(points: Excel.RangeFormat["columnWidth"]) {
    this.command((t) => {
      if (!(points >= 0)) throw new StandinError(ErrorCodes.invalidArgument, "列宽无效");
      for (let i = 0; i < t.box.cols; i += 1) t.sheet.columnWidths.set(t.box.left + i, points);
    });
  }
  get rowHeight(): Excel.RangeFormat["rowHeight"] {
    return this.loaded("rowHeight");
  }
  set rowHeight(points: Excel.RangeFormat["rowHeight"]) {
    this.command((t) => {
      if (!(points >= 0)) throw new StandinError(ErrorCodes.invalidArgument, "行高无效");
      for (let i = 0; i < t.box.rows; i += 1) t.sheet.rowHeights.set(t.box.top + i, points);
    });
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(value: Excel.RangeFormat["horizontalAlignment"]) {
    this.command((t) => eachCell(t, (cell) => (cell.format.hAlign = value)));
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(value: Excel.RangeFormat["verticalAlignment"]) {
    this.command((t) => eachCell(t, (cell) => (cell.format.vAlign = value)));
  }
  get wrapText(): Excel.RangeFormat["wrapText"] {
    return this.loaded("wrapText");
  }
  set wrapText(value: Excel.RangeFormat["wrapText"]) {
    this.command((t) => eachCell(t, (cell) => (cell.format.wrap = value)));
  }

  get fill(): StandinRangeFill {
    this.fillProxy ??= new StandinRangeFill(this.context, () => this.resolve());
    return this.fillProxy;
  }
  get font(): StandinRangeFont {
    this.fontProxy ??= new StandinRangeFont(this.context, () => this.resolve());
    return this.fontProxy;
  }
  get borders(): StandinRangeBorderCollection {
    this.bordersProxy ??= new StandinRangeBorderCollection(this.context, () => this.resolve());
    return this.bordersProxy;
  }
}

export class StandinRangeFill extends Proxy<RangeTarget> {
  protected readonly typeName = "RangeFill";
  protected readonly scalarNames = ["color"] as const;

  protected readProperty(_name: string, t: RangeTarget): unknown {
    return uniform(formatsOf(t).map((f) => f.fill ?? "#FFFFFF"));
  }

  get color(): Excel.RangeFill["color"] {
    return this.loaded("color");
  }
  set color(value: Excel.RangeFill["color"]) {
    this.command((t) => {
      const color = normalizeColor(value);
      eachCell(t, (cell) => (cell.format.fill = color));
    });
  }

  clear(): void {
    this.command((t) => eachCell(t, (cell) => (cell.format.fill = null)));
  }
}

export class StandinRangeFont extends Proxy<RangeTarget> {
  protected readonly typeName = "RangeFont";
  protected readonly scalarNames = ["bold", "size", "color"] as const;

  protected readProperty(name: string, t: RangeTarget): unknown {
    const formats = formatsOf(t);
    if (name === "bold") return uniform(formats.map((f) => f.bold));
    if (name === "size") return uniform(formats.map((f) => f.fontSize));
    return uniform(formats.map((f) => f.fontColor));
  }

  get bold(): Excel.RangeFont["bold"] {
    return this.loaded("bold");
  }
  set bold(value: Excel.RangeFont["bold"]) {
    this.command((t) => eachCell(t, (cell) => (cell.format.bold = value)));
  }
  get size(): Excel.RangeFont["size"] {
    return this.loaded("size");
  }
  set size(value: Excel.RangeFont["size"]) {
    this.command((t) => {
      if (!(value >= 1 && value <= 409)) throw new StandinError(ErrorCodes.invalidArgument, "字号无效");
      eachCell(t, (cell) => (cell.format.fontSize = value));
    });
  }
  get color(): Excel.RangeFont["color"] {
    return this.loaded("color");
  }
  set color(value: Excel.RangeFont["color"]) {
    this.command((t) => {
      const color = normalizeColor(value);
      eachCell(t, (cell) => (cell.format.fontColor = color));
    });
  }
}

type BorderIndex = Excel.RangeBorder["sideIndex"];

/** The cell edges a border index stands for: [row, col, edge] of every cell side it covers. */
function edgesOf(index: BorderIndex, box: Box): [number, number, EdgeName][] {
  const out: [number, number, EdgeName][] = [];
  const bottom = box.top + box.rows - 1;
  const right = box.left + box.cols - 1;
  for (const [r, c] of cellsOf(box)) {
    switch (index) {
      case "EdgeTop":
        if (r === box.top) out.push([r, c, "top"]);
        break;
      case "EdgeBottom":
        if (r === bottom) out.push([r, c, "bottom"]);
        break;
      case "EdgeLeft":
        if (c === box.left) out.push([r, c, "left"]);
        break;
      case "EdgeRight":
        if (c === right) out.push([r, c, "right"]);
        break;
      case "InsideHorizontal":
        if (r < bottom) out.push([r, c, "bottom"]);
        if (r > box.top) out.push([r, c, "top"]);
        break;
      case "InsideVertical":
        if (c < right) out.push([r, c, "right"]);
        if (c > box.left) out.push([r, c, "left"]);
        break;
      default:
        break;
    }
  }
  return out;
}

const BORDER_INDEXES: readonly string[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

export class StandinRangeBorderCollection extends Proxy<RangeTarget> {
  protected readonly typeName = "RangeBorderCollection";
  protected readonly scalarNames = [] as const;

  protected readProperty(): unknown {
    return undefined;
  }

  getItem(index: BorderIndex): StandinRangeBorder {
    if (!BORDER_INDEXES.includes(index)) {
      throw new StandinError(ErrorCodes.invalidArgument, `边框位置无效：${index}`);
    }
    return new StandinRangeBorder(this.context, () => this.resolve(), index);
  }
}

export class StandinRangeBorder extends Proxy<RangeTarget> {
  protected readonly typeName = "RangeBorder";
  protected readonly scalarNames = ["sideIndex", "style", "color", "weight"] as const;

  constructor(
    context: StandinContext,
    resolver: () => RangeTarget | null,
    private readonly index: BorderIndex,
  ) {
    super(context, resolver);
  }

  protected readProperty(name: string, t: RangeTarget): unknown {
    if (name === "sideIndex") return this.index;
    const edges = edgesOf(this.index, t.box).map(([r, c, e]) => t.sheet.cell(r, c)?.format.borders[e]);
    if (name === "style") return uniform(edges.map((e) => e?.style ?? "None"));
    if (name === "color") return uniform(edges.map((e) => e?.color ?? "#000000"));
    return uniform(edges.map((e) => e?.weight ?? "Thin"));
  }

  private update(
    change: (edge: { style: string; color: string; weight: string } | undefined) => {
      style: string;
      color: string;
      weight: string;
    } | null,
  ): void {
    this.command((t) => {
      for (const [r, c, e] of edgesOf(this.index, t.box)) {
        const format = t.sheet.ensure(r, c).format;
        const next = change(format.borders[e]);
        if (next === null) delete format.borders[e];
        else format.borders[e] = next;
      }
    });
  }

  get sideIndex(): Excel.RangeBorder["sideIndex"] {
    return this.loaded("sideIndex");
  }
  get style(): Excel.RangeBorder["style"] {
    return this.loaded("style");
  }
  set style(value: Excel.RangeBorder["style"]) {
    this.update((edge) =>
      value === "None" ? null : { style: value, color: edge?.color ?? "#000000", weight: edge?.weight ?? "Thin" },
    );
  }
  get color(): Excel.RangeBorder["color"] {
    return this.loaded("color");
  }
  set color(value: Excel.RangeBorder["color"]) {
    const color = normalizeColor(value);
    this.update((edge) => ({ style: edge?.style ?? "Continuous", color, weight: edge?.weight ?? "Thin" }));
  }
  get weight(): Excel.RangeBorder["weight"] {
    return this.loaded("weight");
  }
  set weight(value: Excel.RangeBorder["weight"]) {
    this.update((edge) => ({ style: edge?.style ?? "Continuous", color: edge?.color ?? "#000000", weight: value }));
  }
}

// ---------------------------------------------------------------- conditional formats

interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

export class StandinConditionalFormatCollection extends CollectionProxy<RangeTarget, StandinConditionalFormat> {
  protected readonly typeName = "ConditionalFormatCollection";

  protected list(t: RangeTarget): StandinConditionalFormat[] {
    return t.sheet.conditionalFormats
      .filter((cf) => boxesIntersect(cf.box, t.box))
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => {
        const target = { sheet: t.sheet, cf };
        return new StandinConditionalFormat(this.context, () => target).bind(target);
      });
  }

  add(type: Excel.ConditionalFormatType | "Custom" | string): StandinConditionalFormat {
    let created: CfTarget | undefined;
    const proxy = new StandinConditionalFormat(this.context, () => {
      if (!created) throw new StandinError(ErrorCodes.generalException, "条件格式尚未添加");
      return created;
    });
    this.context.enqueue(() => {
      const t = this.target();
      if (type !== "Custom") {
        throw new StandinError(ErrorCodes.invalidArgument, `替身只实现自定义（Custom）条件格式，不支持 ${type}`);
      }
      const cf: ConditionalFormatModel = {
        id: this.context.model.newId("cf"),
        box: { ...t.box },
        type: "Custom",
        formula: "",
        fill: null,
        fontColor: null,
        bold: null,
        priority: t.sheet.conditionalFormats.length,
        stopIfTrue: false,
      };
      t.sheet.conditionalFormats.push(cf);
      created = { sheet: t.sheet, cf };
      proxy.resolve();
    }, true);
    return proxy;
  }

  getItem(id: string): StandinConditionalFormat {
    const proxy = new StandinConditionalFormat(this.context, () => {
      const t = this.target();
      const cf = t.sheet.conditionalFormats.find((x) => x.id === id && boxesIntersect(x.box, t.box));
      if (!cf) throw new StandinError(ErrorCodes.itemNotFound, `找不到条件格式 ${id}`);
      return { sheet: t.sheet, cf };
    });
    proxy.settle();
    return proxy;
  }

  clearAll(): void {
    this.command((t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !boxesIntersect(cf.box, t.box));
    });
  }
}

export class StandinConditionalFormat extends Proxy<CfTarget> {
  protected readonly typeName = "ConditionalFormat";
  protected readonly scalarNames = ["id", "type", "priority", "stopIfTrue"] as const;

  settle(): void {
    this.settleAtSync();
  }

  protected override child(name: string): Proxy<unknown> | undefined {
    if (name === "custom") return this.custom as Proxy<unknown>;
    if (name === "customOrNullObject") return this.customOrNullObject as Proxy<unknown>;
    return undefined;
  }

  protected readProperty(name: string, t: CfTarget): unknown {
    switch (name) {
      case "id":
        return t.cf.id;
      case "type":
        return t.cf.type;
      case "priority":
        return t.cf.priority;
      default:
        return t.cf.stopIfTrue;
    }
  }

  get id(): Excel.ConditionalFormat["id"] {
    return this.loaded("id");
  }
  get type(): Excel.ConditionalFormat["type"] {
    return this.loaded("type");
  }
  get priority(): Excel.ConditionalFormat["priority"] {
    return this.loaded("priority");
  }
  set priority(value: Excel.ConditionalFormat["priority"]) {
    this.command((t) => {
      const list = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf).sort((a, b) => a.priority - b.priority);
      list.splice(Math.max(0, Math.min(value, list.length)), 0, t.cf);
      list.forEach((cf, i) => (cf.priority = i));
    });
  }
  get stopIfTrue(): Excel.ConditionalFormat["stopIfTrue"] {
    return this.loaded("stopIfTrue");
  }
  set stopIfTrue(value: Excel.ConditionalFormat["stopIfTrue"]) {
    this.command((t) => (t.cf.stopIfTrue = value));
  }

  private customChild: StandinCustomConditionalFormat | undefined;
  get custom(): StandinCustomConditionalFormat {
    this.customChild ??= new StandinCustomConditionalFormat(this.context, () => {
      const t = this.resolve();
      if (t === null) return null;
      if (t.cf.type !== "Custom") throw new StandinError(ErrorCodes.invalidOperation, "不是自定义条件格式");
      return t;
    });
    return this.customChild;
  }

  private customOrNullObjectChild: StandinCustomConditionalFormat | undefined;
  get customOrNullObject(): StandinCustomConditionalFormat {
    this.customOrNullObjectChild ??= new StandinCustomConditionalFormat(this.context, () => {
      const t = this.resolve();
      return t !== null && t.cf.type === "Custom" ? t : null;
    });
    return this.customOrNullObjectChild;
  }

  delete(): void {
    this.command((t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf);
      t.sheet.conditionalFormats.sort((a, b) => a.priority - b.priority).forEach((cf, i) => (cf.priority = i));
    });
  }

  getRange(): StandinRange {
    return new StandinRange(this.context, () => {
      const t = this.resolve();
      return t === null ? null : { sheet: t.sheet, box: { ...t.cf.box } };
    });
  }

  getRangeOrNullObject(): StandinRange {
    const range = new StandinRange(this.context, () => {
      const t = this.resolve();
      return t === null || !t.sheet.conditionalFormats.includes(t.cf) ? null : { sheet: t.sheet, box: { ...t.cf.box } };
    });
    range.settle();
    return range;
  }
}

export class StandinCustomConditionalFormat extends Proxy<CfTarget> {
  protected readonly typeName = "CustomConditionalFormat";
  protected readonly scalarNames = [] as const;

  protected override child(name: string): Proxy<unknown> | undefined {
    if (name === "rule") return this.rule as Proxy<unknown>;
    if (name === "format") return this.format as Proxy<unknown>;
    return undefined;
  }

  protected readProperty(): unknown {
    return undefined;
  }

  private ruleChild: StandinConditionalFormatRule | undefined;
  get rule(): StandinConditionalFormatRule {
    this.ruleChild ??= new StandinConditionalFormatRule(this.context, () => this.resolve());
    return this.ruleChild;
  }

  private formatChild: StandinConditionalRangeFormat | undefined;
  get format(): StandinConditionalRangeFormat {
    this.formatChild ??= new StandinConditionalRangeFormat(this.context, () => this.resolve());
    return this.formatChild;
  }
}

export class StandinConditionalFormatRule extends Proxy<CfTarget> {
  protected readonly typeName = "ConditionalFormatRule";
  protected readonly scalarNames = ["formula", "formulaLocal"] as const;

  protected readProperty(_name: string, t: CfTarget): unknown {
    return t.cf.formula;
  }

  get formula(): Excel.ConditionalFormatRule["formula"] {
    return this.loaded("formula");
  }
  set formula(value: Excel.ConditionalFormatRule["formula"]) {
    this.command((t) => {
      if (!value.startsWith("=") || !formulaParses(value)) {
        throw new StandinError(ErrorCodes.invalidArgument, `条件格式公式无效：${value}`);
      }
      t.cf.formula = value;
    });
  }
  get formulaLocal(): Excel.ConditionalFormatRule["formulaLocal"] {
    return this.loaded("formulaLocal");
  }
}

export class StandinConditionalRangeFormat extends Proxy<CfTarget> {
  protected readonly typeName = "ConditionalRangeFormat";
  protected readonly scalarNames = [] as const;

  protected override child(name: string): Proxy<unknown> | undefined {
    if (name === "fill") return this.fill as Proxy<unknown>;
    if (name === "font") return this.font as Proxy<unknown>;
    return undefined;
  }

  protected readProperty(): unknown {
    return undefined;
  }

  private fillChild: StandinConditionalRangeFill | undefined;
  get fill(): StandinConditionalRangeFill {
    this.fillChild ??= new StandinConditionalRangeFill(this.context, () => this.resolve());
    return this.fillChild;
  }

  private fontChild: StandinConditionalRangeFont | undefined;
  get font(): StandinConditionalRangeFont {
    this.fontChild ??= new StandinConditionalRangeFont(this.context, () => this.resolve());
    return this.fontChild;
  }
}

export class StandinConditionalRangeFill extends Proxy<CfTarget> {
  protected readonly typeName = "ConditionalRangeFill";
  protected readonly scalarNames = ["color"] as const;

  protected readProperty(_name: string, t: CfTarget): unknown {
    return t.cf.fill;
  }

  get color(): Excel.ConditionalRangeFill["color"] {
    return this.loaded("color");
  }
  set color(value: Excel.ConditionalRangeFill["color"]) {
    this.command((t) => (t.cf.fill = normalizeColor(value)));
  }

  clear(): void {
    this.command((t) => (t.cf.fill = null));
  }
}

export class StandinConditionalRangeFont extends Proxy<CfTarget> {
  protected readonly typeName = "ConditionalRangeFont";
  protected readonly scalarNames = ["bold", "color"] as const;

  protected readProperty(name: string, t: CfTarget): unknown {
    return name === "bold" ? t.cf.bold : t.cf.fontColor;
  }

  get bold(): Excel.ConditionalRangeFont["bold"] {
    return this.loaded("bold");
  }
  set bold(value: Excel.ConditionalRangeFont["bold"]) {
    this.command((t) => (t.cf.bold = value));
  }
  get color(): Excel.ConditionalRangeFont["color"] {
    return this.loaded("color");
  }
  set color(value: Excel.ConditionalRangeFont["color"]) {
    this.command((t) => (t.cf.fontColor = normalizeColor(value)));
  }
}

// ---------------------------------------------------------------- names

const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

function validName(name: string): boolean {
  return (
    NAME_PATTERN.test(name) &&
    name.length <= 255 &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc](\d*|[Rr]?\d*[Cc]?\d*)$/.test(name)
  );
}

export class StandinNamedItemCollection extends CollectionProxy<NameModel[], StandinNamedItem> {
  protected readonly typeName = "NamedItemCollection";

  constructor(context: StandinContext) {
    super(context, () => context.model.names);
  }

  protected list(target: NameModel[]): StandinNamedItem[] {
    return target.map((n) => new StandinNamedItem(this.context, () => n).bind(n));
  }

  add(name: string, reference: StandinRange | string, comment?: string): StandinNamedItem {
    this.context.requireApi("1.4", "NamedItemCollection.add");
    let created: NameModel | undefined;
    const proxy = new StandinNamedItem(this.context, () => {
      if (!created) throw new StandinError(ErrorCodes.generalException, "名称尚未添加");
      return created;
    });
    this.context.enqueue(() => {
      const model = this.context.model;
      if (!validName(name)) throw new StandinError(ErrorCodes.invalidArgument, `名称无效：${name}`);
      if (model.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new StandinError(ErrorCodes.itemAlreadyExists, `已存在名称 ${name}`);
      }
      let target: RangeTarget;
      if (typeof reference === "string") {
        const parsed = parseAddress(reference);
        const sheet = parsed?.sheet ? model.findSheet(parsed.sheet) : undefined;
        if (!parsed || !sheet) throw new StandinError(ErrorCodes.invalidArgument, `引用无效：${reference}`);
        target = { sheet, box: plainBox(parsed) };
      } else {
        const t = reference.resolve();
        if (t === null) throw new StandinError(ErrorCodes.invalidArgument, "引用的区域不存在");
        target = t;
      }
      created = { name, sheet: target.sheet, box: { ...target.box }, comment: comment ?? "" };
      model.names.push(created);
      proxy.resolve();
    }, true);
    return proxy;
  }

  getItem(name: string): StandinNamedItem {
    const proxy = new StandinNamedItem(this.context, () => {
      const found = this.find(name);
      if (!found) throw new StandinError(ErrorCodes.itemNotFound, `找不到名称 ${name}`, "NamedItemCollection.getItem");
      return found;
    });
    proxy.settle();
    return proxy;
  }

  getItemOrNullObject(name: string): StandinNamedItem {
    this.context.requireApi("1.4", "NamedItemCollection.getItemOrNullObject");
    const proxy = new StandinNamedItem(this.context, () => this.find(name) ?? null);
    proxy.settle();
    return proxy;
  }

  private find(name: string): NameModel | undefined {
    return this.context.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }
}

export class StandinNamedItem extends Proxy<NameModel> {
  protected readonly typeName = "NamedItem";
  protected readonly scalarNames = ["name", "type", "value", "formula", "comment", "visible", "scope"] as const;

  settle(): void {
    this.settleAtSync();
  }

  protected readProperty(name: string, n: NameModel): unknown {
    const ref = `${quoteSheet(n.sheet.name)}!${boxAddress(n.box, true)}`;
    switch (name) {
      case "name":
        return n.name;
      case "type":
        return "Range";
      case "value":
        return ref;
      case "formula":
        return `=${ref}`;
      case "comment":
        return n.comment;
      case "visible":
        return true;
      default:
        return "Workbook";
    }
  }

  get name(): Excel.NamedItem["name"] {
    return this.loaded("name");
  }
  get type(): Excel.NamedItem["type"] {
    return this.loaded("type");
  }
  get value(): Excel.NamedItem["value"] {
    return this.loaded("value");
  }
  get formula(): Excel.NamedItem["formula"] {
    return this.loaded("formula");
  }
  get comment(): Excel.NamedItem["comment"] {
    return this.loaded("comment");
  }
  get visible(): Excel.NamedItem["visible"] {
    return this.loaded("visible");
  }
  get scope(): Excel.NamedItem["scope"] {
    return this.loaded("scope");
  }

  getRange(): StandinRange {
    const range = new StandinRange(this.context, () => {
      const n = this.resolve();
      return n === null ? null : { sheet: n.sheet, box: { ...n.box } };
    });
    return range;
  }

  getRangeOrNullObject(): StandinRange {
    this.context.requireApi("1.4", "NamedItem.getRangeOrNullObject");
    const range = new StandinRange(this.context, () => {
      const n = this.resolve();
      return n === null || !this.context.model.sheets.includes(n.sheet) ? null : { sheet: n.sheet, box: { ...n.box } };
    });
    range.settle();
    return range;
  }

  delete(): void {
    this.command((n) => {
      this.context.model.names = this.context.model.names.filter((x) => x !== n);
    });
  }
}

// ---------------------------------------------------------------- comments

function cellTarget(context: StandinContext, cell: StandinRange | string): RangeTarget {
  let t: RangeTarget | null;
  if (typeof cell === "string") {
    const parsed = parseAddress(cell);
    const sheet = parsed?.sheet ? context.model.findSheet(parsed.sheet) : undefined;
    if (!parsed || !sheet) throw new StandinError(ErrorCodes.invalidArgument, `单元格地址须含工作表名：${cell}`);
    t = { sheet, box: plainBox(parsed) };
  } else {
    t = cell.resolve();
  }
  if (t === null || t.box.rows !== 1 || t.box.cols !== 1) {
    throw new StandinError(ErrorCodes.invalidArgument, "批注只能加在一个单元格上");
  }
  return t;
}

export class StandinCommentCollection extends CollectionProxy<CommentModel[], StandinComment> {
  protected readonly typeName = "CommentCollection";

  constructor(context: StandinContext) {
    super(context, () => context.model.comments);
  }

  protected list(target: CommentModel[]): StandinComment[] {
    return target.map((c) => new StandinComment(this.context, () => c).bind(c));
  }

  add(cellAddress: StandinRange | string, content: string): StandinComment {
    let created: CommentModel | undefined;
    const proxy = new StandinComment(this.context, () => {
      if (!created) throw new StandinError(ErrorCodes.generalException, "批注尚未添加");
      return created;
    });
    this.context.enqueue(() => {
      const model = this.context.model;
      const t = cellTarget(this.context, cellAddress);
      if (model.commentAt(t.sheet, t.box.top, t.box.left)) {
        throw new StandinError(ErrorCodes.invalidArgument, "该单元格已有批注");
      }
      created = {
        id: model.newId("comment"),
        sheet: t.sheet,
        row: t.box.top,
        col: t.box.left,
        content,
        authorName: "替身用户",
      };
      model.comments.push(created);
      proxy.resolve();
    }, true);
    return proxy;
  }

  getItem(commentId: string): StandinComment {
    const proxy = new StandinComment(this.context, () => {
      const found = this.context.model.comments.find((c) => c.id === commentId);
      if (!found) throw new StandinError(ErrorCodes.itemNotFound, `找不到批注 ${commentId}`);
      return found;
    });
    proxy.settle();
    return proxy;
  }

  getItemByCell(cellAddress: StandinRange | string): StandinComment {
    const proxy = new StandinComment(this.context, () => {
      const t = cellTarget(this.context, cellAddress);
      const found = this.context.model.commentAt(t.sheet, t.box.top, t.box.left);
      if (!found)
        throw new StandinError(ErrorCodes.itemNotFound, "该单元格没有批注", "CommentCollection.getItemByCell");
      return found;
    });
    proxy.settle();
    return proxy;
  }
}

export class StandinComment extends Proxy<CommentModel> {
  protected readonly typeName = "Comment";
  protected readonly scalarNames = ["id", "content", "authorName", "authorEmail", "resolved"] as const;

  settle(): void {
    this.settleAtSync();
  }

  protected readProperty(name: string, c: CommentModel): unknown {
    switch (name) {
      case "id":
        return c.id;
      case "content":
        return c.content;
      case "authorName":
        return c.authorName;
      case "authorEmail":
        return "";
      default:
        return false;
    }
  }

  get id(): Excel.Comment["id"] {
    return this.loaded("id");
  }
  get content(): Excel.Comment["content"] {
    return this.loaded("content");
  }
  set content(value: Excel.Comment["content"]) {
    this.command((c) => (c.content = value));
  }
  get authorName(): Excel.Comment["authorName"] {
    return this.loaded("authorName");
  }
  get authorEmail(): Excel.Comment["authorEmail"] {
    return this.loaded("authorEmail");
  }
  get resolved(): Excel.Comment["resolved"] {
    return this.loaded("resolved");
  }

  delete(): void {
    this.command((c) => {
      this.context.model.comments = this.context.model.comments.filter((x) => x !== c);
    });
  }

  getLocation(): StandinRange {
    return new StandinRange(this.context, () => {
      const c = this.resolve();
      return c === null ? null : { sheet: c.sheet, box: { top: c.row, left: c.col, rows: 1, cols: 1 } };
    });
  }
}
