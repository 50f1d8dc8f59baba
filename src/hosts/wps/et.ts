/**
 * The part of WPS 表格's JavaScript object model (ET, VBA's Excel object model, synchronous) that the WPS host
 * calls, as et-jsapi-declare describes it (Et.Application, Et.Range …). Members that one WPS build exposes as a
 * property and another as a zero-argument method are typed `Member<T>` and read through `read()` (jsapi.ts).
 */

/** A property in one WPS build, a zero-argument method in another. */
export type Member<T> = T | (() => T);

/** XlFormatConditionType.xlExpression */
export const XL_EXPRESSION = 2;
/** XlSheetVisibility */
export const XL_SHEET_VISIBLE = -1;
/** Constants.xlNone: no fill. */
export const XL_NONE = -4142;
/** XlBordersIndex */
export const XL_EDGE = { left: 7, top: 8, bottom: 9, right: 10, insideVertical: 11, insideHorizontal: 12 } as const;
/** XlLineStyle.xlContinuous, XlBorderWeight.xlThin */
export const XL_CONTINUOUS = 1;
export const XL_THIN = 2;
/** XlHAlign / XlVAlign */
export const XL_H_ALIGN = { left: -4131, center: -4108, right: -4152 } as const;
export const XL_V_ALIGN = { top: -4160, center: -4108, bottom: -4107 } as const;

export interface EtInterior {
  /** BGR: r + g·256 + b·65536. */
  Color: number;
  ColorIndex: number;
}

export interface EtFont {
  Bold: boolean;
  Size: number;
}

export interface EtBorder {
  LineStyle: number;
  Weight: number;
  Color: number;
}

export interface EtBorders {
  Item(index: number): EtBorder;
}

export interface EtComment {
  Text(): string;
  Delete(): void;
}

export interface EtComments {
  Count: Member<number>;
  Item(index: number): EtComment;
}

export interface EtFormatCondition {
  Type: Member<number>;
  Formula1: Member<string>;
  Interior: Member<EtInterior>;
  Priority: number;
  StopIfTrue: boolean;
  Delete(): void;
  SetFirstPriority(): void;
}

export interface EtFormatConditions {
  Count: Member<number>;
  Item(index: number): EtFormatCondition;
  Add(type: number, operator?: number, formula1?: string): EtFormatCondition;
}

export interface EtCount {
  Count: Member<number>;
}

export interface EtRange {
  /** One cell: a scalar; more: a 2-D array. Empty cells read as undefined, null or "" depending on the build. */
  Value2: Member<unknown>;
  Formula: Member<unknown>;
  /** 1-based. */
  Row: Member<number>;
  Column: Member<number>;
  Rows: Member<EtCount>;
  Columns: Member<EtCount>;
  /** true: every cell merged; false: none; null: some. */
  MergeCells: Member<boolean | null>;
  MergeArea: Member<EtRange>;
  Merge(across?: boolean): void;
  Interior: Member<EtInterior>;
  Font: Member<EtFont>;
  Borders: Member<EtBorders>;
  WrapText: boolean;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  NumberFormat: string;
  /** Character units, as Excel's column-width box. */
  ColumnWidth: number;
  /** Points. */
  RowHeight: number;
  Comment: Member<EtComment | null | undefined>;
  AddComment(text: string): EtComment;
  /** Where the range is drawn, in points from the sheet's top-left corner (read-only). */
  Left: Member<number>;
  Top: Member<number>;
  Width: Member<number>;
  Height: Member<number>;
  FormatConditions: Member<EtFormatConditions>;
  Select(): void;
}

export interface EtName {
  Name: Member<string>;
  RefersTo: Member<string>;
  Comment: string;
}

export interface EtNames {
  Count: Member<number>;
  Item(index: number): EtName;
  Add(name: string, refersTo: string): EtName;
}

/** XlPaperSize.xlPaperA4, XlPageOrientation */
export const XL_PAPER_A4 = 9;
export const XL_PORTRAIT = 1;
export const XL_LANDSCAPE = 2;

/** Worksheet.PageSetup (VBA's): margins in points; Zoom false lets FitToPagesWide / FitToPagesTall apply. */
export interface EtPageSetup {
  PaperSize: number;
  Orientation: number;
  CenterHorizontally: boolean;
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintArea: string;
  PrintTitleRows: string;
}

/** XlChartType.xlColumnClustered; XlRowCol.xlColumns (each column of the data is a series). */
export const XL_COLUMN_CLUSTERED = 51;
export const XL_COLUMNS = 2;
/** Shapes.AddChart2's Style: -1 is the chart type's default style. */
export const XL_DEFAULT_CHART_STYLE = -1;

export interface EtChartTitle {
  Text: string;
}

export interface EtChart {
  SetSourceData(source: EtRange, plotBy?: number): void;
  HasTitle: boolean;
  ChartTitle: Member<EtChartTitle>;
}

export interface EtShape {
  Chart: Member<EtChart>;
}

/** Worksheet.Shapes: AddChart2(Style, XlChartType, Left, Top, Width, Height) places an embedded chart (points). */
export interface EtShapes {
  AddChart2(style: number, type: number, left: number, top: number, width: number, height: number): EtShape;
}

export interface EtHPageBreaks {
  /** A manual page break above the first row of `before`. */
  Add(before: EtRange): unknown;
}

export interface EtWorksheet {
  Name: Member<string>;
  PageSetup: Member<EtPageSetup>;
  HPageBreaks: Member<EtHPageBreaks>;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden (some builds: a boolean). */
  Visible: Member<number | boolean>;
  UsedRange: Member<EtRange>;
  Cells: Member<EtRange>;
  Comments: Member<EtComments>;
  Shapes: Member<EtShapes>;
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
}

export interface EtWorksheets {
  Count: Member<number>;
  Item(index: number | string): EtWorksheet;
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtWorkbook {
  Worksheets: Member<EtWorksheets>;
  Names: Member<EtNames>;
  ActiveSheet: Member<EtWorksheet | null>;
}

/** Application.ApiEvent: WPS's events for add-ins ("SheetChange": the user edited cells). */
export interface EtApiEvent {
  AddApiEventListener(name: string, callback: (...args: unknown[]) => void): void;
  RemoveApiEventListener(name: string, callback?: (...args: unknown[]) => void): void;
}

/** Et.Window: the view of the active sheet (VBA's ActiveWindow); panes are split, then frozen, at the split. */
export interface EtWindow {
  FreezePanes: boolean;
  /** Rows above and columns left of the split, counted from the window's first visible row and column. */
  SplitRow: number;
  SplitColumn: number;
  /** 1-based first visible row and column. */
  ScrollRow: number;
  ScrollColumn: number;
}

export interface EtApplication {
  ActiveWorkbook: Member<EtWorkbook | null>;
  ActiveWindow: Member<EtWindow | null>;
  ScreenUpdating: boolean;
  /** Missing in builds without add-in events. */
  ApiEvent?: Member<EtApiEvent>;
}
