/**
 * Writing to a WPS workbook: one writer per WriteOp kind, each a few synchronous calls on the ET object model.
 * (A WriteOp kind added to hosts/types.ts needs its writer here: the table below is checked to be complete.)
 */
import { FLAG_COMMENT_PREFIX, FLAG_FILLS, flagFormula, isFlagComment, isFlagFormula } from "../flagMarker";
import type { Box, CellStyle, WriteOp } from "../types";
import { boxAddress } from "../../core/grid/address";
import { asEntered } from "../enteredText";
import {
  XL_COLUMN_CLUSTERED,
  XL_COLUMNS,
  XL_CONTINUOUS,
  XL_DEFAULT_CHART_STYLE,
  XL_EDGE,
  XL_EXPRESSION,
  XL_H_ALIGN,
  XL_LANDSCAPE,
  XL_NONE,
  XL_PAPER_A4,
  XL_PORTRAIT,
  XL_THIN,
  XL_V_ALIGN,
  type EtRange,
  type EtWorkbook,
  type EtWindow,
  type EtWorksheet,
} from "./et";
import { bgr, read } from "./jsapi";
import { worksheetsOf } from "./read";

export interface WriteTarget {
  workbook: EtWorkbook;
  /** The window showing the active sheet (Application.ActiveWindow). */
  window(): EtWindow;
  sheet(name: string): EtWorksheet;
  range(sheet: string, box: Box): EtRange;
}

type Writer<K extends WriteOp["op"]> = (op: Extract<WriteOp, { op: K }>, target: WriteTarget) => void;
type Writers = { [K in WriteOp["op"]]: Writer<K> };

/** "'2024年报表'!$A$1:$H$30": sheet always quoted, as WPS's Names.Add takes it. */
export function refersTo(sheet: string, box: Box): string {
  return `='${sheet.replace(/'/g, "''")}'!${boxAddress(box, true)}`;
}

const cellBox = (row: number, col: number): Box => ({ top: row, left: col, rows: 1, cols: 1 });

const POINTS_PER_INCH = 72;

function applyStyle(range: EtRange, box: Box, style: CellStyle): void {
  if (style.fill !== undefined) {
    const interior = read(range, range.Interior);
    if (style.fill === null) interior.ColorIndex = XL_NONE;
    else interior.Color = bgr(style.fill);
  }
  if (style.bold !== undefined || style.fontSize !== undefined) {
    const font = read(range, range.Font);
    if (style.bold !== undefined) font.Bold = style.bold;
    if (style.fontSize !== undefined) font.Size = style.fontSize;
  }
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.hAlign) range.HorizontalAlignment = XL_H_ALIGN[style.hAlign];
  if (style.vAlign) range.VerticalAlignment = XL_V_ALIGN[style.vAlign];
  if (style.numberFormat !== undefined) range.NumberFormat = style.numberFormat;
  if (style.border) {
    const edges: number[] = [XL_EDGE.top, XL_EDGE.bottom, XL_EDGE.left, XL_EDGE.right];
    if (box.rows > 1) edges.push(XL_EDGE.insideHorizontal);
    if (box.cols > 1) edges.push(XL_EDGE.insideVertical);
    const borders = read(range, range.Borders);
    for (const index of edges) {
      const border = borders.Item(index);
      border.LineStyle = XL_CONTINUOUS;
      border.Weight = XL_THIN;
      border.Color = 0;
    }
  }
}

/** Deletes this add-in's conditional formats and comments from every sheet (from the last, as indexes shift). */
function clearFlags(workbook: EtWorkbook): void {
  for (const sheet of worksheetsOf(workbook)) {
    const cells = read(sheet, sheet.Cells);
    const conditions = read(cells, cells.FormatConditions);
    for (let i = read(conditions, conditions.Count); i >= 1; i -= 1) {
      const cf = conditions.Item(i);
      if (read(cf, cf.Type) === XL_EXPRESSION && isFlagFormula(read(cf, cf.Formula1))) cf.Delete();
    }
    const comments = read(sheet, sheet.Comments);
    for (let i = read(comments, comments.Count); i >= 1; i -= 1) {
      const comment = comments.Item(i);
      if (isFlagComment(comment.Text())) comment.Delete();
    }
  }
}

export const WRITERS: Writers = {
  addSheet: (op, { workbook }) => {
    const sheets = read(workbook, workbook.Worksheets);
    const previous = read(workbook, workbook.ActiveSheet);
    // Worksheets.Add puts the new sheet before the active one and activates it: put it last, give the tab back.
    const added = sheets.Add(undefined, sheets.Item(read(sheets, sheets.Count)));
    try {
      added.Name = op.sheet;
    } catch (error) {
      added.Delete();
      throw error;
    }
    if (op.activate) added.Activate();
    else previous?.Activate();
    // XlSheetVisibility.xlSheetHidden, once the tab is given back (a hidden sheet cannot stay active).
    if (op.hidden && !op.activate) added.Visible = 0;
  },
  setValues: (op, target) => {
    if (op.values.length === 0 || op.values[0].length === 0) return;
    const box = { top: op.top, left: op.left, rows: op.values.length, cols: op.values[0].length };
    target.range(op.sheet, box).Value2 = op.values.map((row) => row.map(asEntered));
  },
  setFormula: (op, target) => {
    target.range(op.sheet, cellBox(op.row, op.col)).Formula = op.formula;
  },
  merge: (op, target) => target.range(op.sheet, op.box).Merge(false),
  style: (op, target) => applyStyle(target.range(op.sheet, op.box), op.box, op.style),
  columnWidths: (op, target) =>
    op.widths.forEach((width, i) => {
      target.range(op.sheet, cellBox(0, op.left + i)).ColumnWidth = width;
    }),
  rowHeight: (op, target) => {
    target.range(op.sheet, cellBox(op.row, 0)).RowHeight = op.height;
  },
  addName: (op, { workbook }) => {
    const names = read(workbook, workbook.Names);
    const name = names.Add(op.name, refersTo(op.sheet, op.box));
    if (op.comment) name.Comment = op.comment;
  },
  flag: (op, target) => {
    const cell = target.range(op.sheet, cellBox(op.row, op.col));
    const conditions = read(cell, cell.FormatConditions);
    const cf = conditions.Add(XL_EXPRESSION, undefined, flagFormula(op.level, op.row, op.col));
    read(cf, cf.Interior).Color = bgr(FLAG_FILLS[op.level]);
    cf.SetFirstPriority();
    // A cell keeps the comment it has (the user's, or ours from a check not cleared).
    if (op.message !== "" && !read(cell, cell.Comment)) cell.AddComment(`${FLAG_COMMENT_PREFIX}${op.message}`);
  },
  clearFlags: (_op, { workbook }) => clearFlags(workbook),
  // VBA's Shapes.AddChart2 over the anchor's cells, then the data (each column a series) and the title.
  chart: (op, target) => {
    const sheet = target.sheet(op.sheet);
    const anchor = target.range(op.sheet, op.anchor);
    const shape = read(sheet, sheet.Shapes).AddChart2(
      XL_DEFAULT_CHART_STYLE,
      XL_COLUMN_CLUSTERED,
      read(anchor, anchor.Left),
      read(anchor, anchor.Top),
      read(anchor, anchor.Width),
      read(anchor, anchor.Height),
    );
    const chart = read(shape, shape.Chart);
    chart.SetSourceData(target.range(op.sheet, op.data), XL_COLUMNS);
    chart.HasTitle = true;
    read(chart, chart.ChartTitle).Text = op.title;
  },
  // VBA's PageSetup: as Office.js's pageLayout (A4, one page wide, centred, margins, print area, titles, breaks).
  pageSetup: ({ sheet: name, setup }, target) => {
    const sheet = target.sheet(name);
    const page = read(sheet, sheet.PageSetup);
    const m = setup.margins;
    page.PaperSize = XL_PAPER_A4;
    page.Orientation = setup.orientation === "portrait" ? XL_PORTRAIT : XL_LANDSCAPE;
    page.CenterHorizontally = true;
    page.LeftMargin = m.left * POINTS_PER_INCH;
    page.RightMargin = m.right * POINTS_PER_INCH;
    page.TopMargin = m.top * POINTS_PER_INCH;
    page.BottomMargin = m.bottom * POINTS_PER_INCH;
    page.HeaderMargin = m.header * POINTS_PER_INCH;
    page.FooterMargin = m.footer * POINTS_PER_INCH;
    // Fit to one page wide, as many tall as needed: only once Zoom is off.
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
    page.PrintArea = boxAddress(setup.printArea, true);
    if (setup.titleRows) page.PrintTitleRows = `$${setup.titleRows.first + 1}:$${setup.titleRows.last + 1}`;
    const breaks = setup.rowBreaks.filter((row) => row > 0);
    if (breaks.length > 0) {
      const pageBreaks = read(sheet, sheet.HPageBreaks);
      for (const row of breaks) pageBreaks.Add(target.range(name, cellBox(row, 0)));
    }
  },
  // VBA's way: the sheet shown, scrolled to A1, split below the rows and right of the columns, frozen there; then
  // the tab the user had is given back.
  freezePanes: (op, target) => {
    const previous = read(target.workbook, target.workbook.ActiveSheet);
    target.sheet(op.sheet).Activate();
    const window = target.window();
    window.FreezePanes = false;
    if (op.rows > 0 || op.columns > 0) {
      window.ScrollRow = 1;
      window.ScrollColumn = 1;
      window.SplitRow = op.rows;
      window.SplitColumn = op.columns;
      window.FreezePanes = true;
    }
    if (previous && read(previous, previous.Name) !== op.sheet) previous.Activate();
  },
  select: (op, target) => {
    target.sheet(op.sheet).Activate();
    target.range(op.sheet, cellBox(op.row, op.col)).Select();
  },
};

export function writeOp(op: WriteOp, target: WriteTarget): void {
  (WRITERS[op.op] as (op: WriteOp, target: WriteTarget) => void)(op, target);
}
