/** The stand-in's workbook as data: sheets of cells with values, formulas and formatting, names, comments. */
import { boxContains, boxesIntersect } from "../core/grid/address";
import type { Box, CellScalar } from "../hosts/types";
import { ErrorCodes, StandinError } from "./errors";
import { evaluateFormula, formulaParses, FormulaError, type FormulaContext } from "./formula";

export type EdgeName = "top" | "bottom" | "left" | "right";

export interface Edge {
  style: string;
  color: string;
  weight: string;
}

export interface CellFormat {
  fill: string | null;
  bold: boolean;
  fontSize: number;
  fontColor: string;
  wrap: boolean;
  hAlign: string;
  vAlign: string;
  numberFormat: string;
  borders: Partial<Record<EdgeName, Edge>>;
}

export interface CellModel {
  /** Constant value (null for empty); ignored where formula is set. */
  value: CellScalar;
  formula: string | null;
  format: CellFormat;
}

export interface ConditionalFormatModel {
  id: string;
  box: Box;
  type: "Custom";
  formula: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  priority: number;
  stopIfTrue: boolean;
}

export interface NameModel {
  name: string;
  sheet: SheetModel;
  box: Box;
  comment: string;
}

export interface CommentModel {
  id: string;
  sheet: SheetModel;
  row: number;
  col: number;
  content: string;
  authorName: string;
}

export function defaultFormat(): CellFormat {
  return {
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
}

/** The format of a cell never formatted; read-only (cells get their own copy from defaultFormat()). */
export const DEFAULT_FORMAT: Readonly<CellFormat> = defaultFormat();

function isDefaultFormat(f: CellFormat): boolean {
  return (Object.keys(DEFAULT_FORMAT) as (keyof CellFormat)[]).every((k) =>
    k === "borders" ? Object.keys(f.borders).length === 0 : f[k] === DEFAULT_FORMAT[k],
  );
}

const key = (r: number, c: number) => `${r},${c}`;

/** A chart the add-in added (Worksheet.charts.add): what it shows and where, as given. */
export interface ChartModel {
  type: string;
  /** The source data's cells. */
  data: Box;
  seriesBy: string;
  title: string;
  /** setPosition's start and end cells ("A1", "H20"), or null before it is placed. */
  position: { start: string; end: string } | null;
}

/** Worksheet.pageLayout (ExcelApi 1.9) as set by the add-in; margins in points, addresses as given. */
export interface PageModel {
  paperSize: string | null;
  orientation: string | null;
  centerHorizontally: boolean;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number } | null;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
  printArea: string | null;
  printTitleRows: string | null;
  /** 0-based rows that begin a page (horizontalPageBreaks). */
  rowBreaks: number[];
}

export class SheetModel {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Worksheet.protection.protected: writes to the sheet fail with AccessDenied. */
  protected = false;
  readonly cells = new Map<string, CellModel>();
  merges: Box[] = [];
  /** Points. */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  selection = { row: 0, col: 0 };
  /** Frozen panes (Worksheet.freezePanes; WPS: Window.FreezePanes): rows above and columns left of the scrolling pane. */
  frozen = { rows: 0, columns: 0 };
  /** WPS's Window.SplitRow / SplitColumn set while the panes are not frozen: where FreezePanes = True freezes. */
  split = { rows: 0, columns: 0 };
  page: PageModel = {
    paperSize: null,
    orientation: null,
    centerHorizontally: false,
    margins: null,
    zoom: null,
    printArea: null,
    printTitleRows: null,
    rowBreaks: [],
  };

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cell(r: number, c: number): CellModel | undefined {
    return this.cells.get(key(r, c));
  }

  ensure(r: number, c: number): CellModel {
    let cell = this.cells.get(key(r, c));
    if (!cell) {
      cell = { value: null, formula: null, format: defaultFormat() };
      this.cells.set(key(r, c), cell);
    }
    return cell;
  }

  /** Smallest box holding every cell with a value, formula (and, unless valuesOnly, formatting or merge). */
  usedBox(valuesOnly: boolean): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (r: number, c: number) => {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    };
    for (const [k, cell] of this.cells) {
      const used = cell.formula !== null || cell.value !== null || (!valuesOnly && !isDefaultFormat(cell.format));
      if (!used) continue;
      const [r, c] = k.split(",").map(Number);
      take(r, c);
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        take(m.top, m.left);
        take(m.top + m.rows - 1, m.left + m.cols - 1);
      }
    }
    if (bottom < 0) return null;
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  mergeAt(r: number, c: number): Box | undefined {
    return this.merges.find((m) => boxContains(m, r, c));
  }
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** What entering `input` into a cell stores, as Excel does for typing and for Range.values. */
export function parseInput(input: CellScalar, numberFormat: string): { value: CellScalar; formula: string | null } {
  if (typeof input !== "string") return { value: input, formula: null };
  if (input === "") return { value: null, formula: null };
  if (numberFormat === "@") return { value: input, formula: null };
  // A leading apostrophe: the rest is text, as typed (Excel keeps it as the cell's quote prefix, not in the value).
  if (input.startsWith("'")) return { value: input.length > 1 ? input.slice(1) : null, formula: null };
  if (input.startsWith("=") && input.length > 1) {
    if (!formulaParses(input)) throw new StandinError(ErrorCodes.invalidArgument, `公式无效：${input}`);
    return { value: null, formula: input };
  }
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: null };
  return { value: input, formula: null };
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  names: NameModel[] = [];
  comments: CommentModel[] = [];
  /** Cells ("sheetId!row,col") holding a legacy note: a threaded comment cannot be added there. */
  readonly notes = new Set<string>();
  active: SheetModel;
  private nextId = 1;
  private evaluating = new Set<string>();

  constructor(firstSheet = "Sheet1") {
    this.active = this.addSheet(firstSheet);
  }

  newId(prefix: string): string {
    const id = `${prefix}{${String(this.nextId).padStart(8, "0")}}`;
    this.nextId += 1;
    return id;
  }

  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  findName(name: string): NameModel | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  addSheet(name: string): SheetModel {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
      throw new StandinError(ErrorCodes.invalidArgument, `工作表名称无效：${name}`);
    }
    if (this.findSheet(name)) throw new StandinError(ErrorCodes.itemAlreadyExists, `已存在同名工作表：${name}`);
    const sheet = new SheetModel(name, this.newId("sheet"));
    this.sheets.push(sheet);
    return sheet;
  }

  /** Worksheet.delete: names on the sheet stay, broken (#REF!); its comments go; another sheet becomes active. */
  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.filter((s) => s.visibility === "Visible").length <= 1 && sheet.visibility === "Visible") {
      throw new StandinError(ErrorCodes.invalidOperation, "工作簿至少要有一张可见的工作表");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.comments = this.comments.filter((c) => c.sheet !== sheet);
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visibility === "Visible") ?? this.sheets[0];
  }

  /** Writes to a protected sheet fail, as in Excel. */
  requireUnprotected(sheet: SheetModel): void {
    if (sheet.protected) throw new StandinError(ErrorCodes.accessDenied, `工作表“${sheet.name}”受保护`);
  }

  /** A fresh unused sheet name (Sheet2, Sheet3 …), as worksheets.add() without a name picks. */
  freshSheetName(): string {
    for (let n = this.sheets.length + 1; ; n += 1) {
      if (!this.findSheet(`Sheet${n}`)) return `Sheet${n}`;
    }
  }

  /** A cell's value, formulas evaluated. */
  value(sheet: SheetModel, r: number, c: number): CellScalar {
    const cell = sheet.cell(r, c);
    if (!cell) return null;
    if (cell.formula === null) return cell.value;
    const k = `${sheet.id}!${r},${c}`;
    if (this.evaluating.has(k)) return 0;
    this.evaluating.add(k);
    try {
      return evaluateFormula(cell.formula, this.formulaContext(sheet));
    } finally {
      this.evaluating.delete(k);
    }
  }

  /** Enters a value or formula into a cell, keeping its formatting. */
  enter(sheet: SheetModel, r: number, c: number, input: CellScalar): void {
    const existing = sheet.cell(r, c);
    const parsed = parseInput(input, existing?.format.numberFormat ?? "General");
    if (!existing && parsed.value === null && parsed.formula === null) return;
    const cell = existing ?? sheet.ensure(r, c);
    cell.value = parsed.value;
    cell.formula = parsed.formula;
  }

  /** Whether a conditional format's rule holds at a cell (relative references taken from its top-left). */
  conditionHolds(sheet: SheetModel, cf: ConditionalFormatModel): boolean {
    return evaluateFormula(cf.formula, this.formulaContext(sheet)) === true;
  }

  /** What a formula on `sheet` reads: cell values, formulas evaluated; #REF! for a missing sheet. */
  private formulaContext(sheet: SheetModel): FormulaContext {
    return {
      cell: (name, row, col) => {
        const target = name === null ? sheet : this.findSheet(name);
        if (!target) return new FormulaError("#REF!");
        return this.value(target, row, col);
      },
    };
  }

  /** The fill conditional formats draw over a cell, if any (lowest priority number first). */
  conditionalFill(sheet: SheetModel, r: number, c: number): ConditionalFormatModel | undefined {
    const applying = sheet.conditionalFormats
      .filter((cf) => boxContains(cf.box, r, c) && cf.fill !== null)
      .sort((a, b) => a.priority - b.priority);
    return applying.find((cf) => this.conditionHolds(sheet, cf));
  }

  commentAt(sheet: SheetModel, r: number, c: number): CommentModel | undefined {
    return this.comments.find((x) => x.sheet === sheet && x.row === r && x.col === c);
  }

  /** Merges a box: overlapping merges are replaced; only the top-left value is kept, as Excel does. */
  merge(sheet: SheetModel, box: Box, across: boolean): void {
    const boxes: Box[] = across
      ? Array.from({ length: box.rows }, (_, i) => ({ top: box.top + i, left: box.left, rows: 1, cols: box.cols }))
      : [box];
    for (const b of boxes) {
      if (b.rows === 1 && b.cols === 1) continue;
      sheet.merges = sheet.merges.filter((m) => !boxesIntersect(m, b));
      for (let r = b.top; r < b.top + b.rows; r += 1) {
        for (let c = b.left; c < b.left + b.cols; c += 1) {
          if (r === b.top && c === b.left) continue;
          const cell = sheet.cell(r, c);
          if (cell) {
            cell.value = null;
            cell.formula = null;
          }
        }
      }
      sheet.merges.push({ ...b });
    }
  }
}
