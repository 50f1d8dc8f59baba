/** Et.Range over the stand-in's model: values (Value2 / Formula as VBA gives them), formatting, merges, comments. */
import { boxAddress, boxContains, boxesIntersect, parseAddress } from "../../core/grid/address";
import { charsToPoints, DEFAULT_COLUMN_CHARS, DEFAULT_ROW_POINTS, pointsToChars } from "../../hosts/units";
import type { Box, CellScalar } from "../../hosts/types";
import { cellsOf, eachCell, formatsOf, grid, shaped, toScalar, uniform, MAX_COLS, MAX_ROWS } from "../excel/cells";
import { StandinError } from "../errors";
import type { CellFormat, CommentModel, Edge, EdgeName, SheetModel, WorkbookModel } from "../model";
import { fromHex, toHex, WHITE } from "./colors";
import { formatConditions } from "./formatConditions";
import { boxPoints } from "./geometry";
import { changing, etObject, WpsStandinError, type EtContext, type Members } from "./members";

export interface WpsWorld extends EtContext {
  model: WorkbookModel;
  worksheet(sheet: SheetModel): object;
  comment(comment: CommentModel): object;
}

/** How Rows / Columns / the range itself count. */
type Counting = "cells" | "rows" | "columns";

const H_ALIGN: Record<number, string> = { 1: "General", [-4131]: "Left", [-4108]: "Center", [-4152]: "Right" };
const V_ALIGN: Record<number, string> = { [-4160]: "Top", [-4108]: "Center", [-4107]: "Bottom" };
const XL_NONE = -4142;
const LINE_STYLES: Record<number, string> = { 1: "Continuous", [-4115]: "Dash", [-4118]: "Dot", [-4119]: "Double" };
const WEIGHTS: Record<number, string> = { 1: "Hairline", 2: "Thin", [-4138]: "Medium", 4: "Thick" };

/** XlBordersIndex → the sides of a cell it covers, by the cell's place in the range. */
type Place = Record<EdgeName, boolean>;
const BORDER_SIDES: Record<number, (at: Place) => EdgeName[]> = {
  7: (at) => (at.left ? ["left"] : []),
  8: (at) => (at.top ? ["top"] : []),
  9: (at) => (at.bottom ? ["bottom"] : []),
  10: (at) => (at.right ? ["right"] : []),
  11: (at) => [...(at.right ? [] : ["right" as const]), ...(at.left ? [] : ["left" as const])],
  12: (at) => [...(at.bottom ? [] : ["bottom" as const]), ...(at.top ? [] : ["top" as const])],
};

/** Runs a model change; the model's own errors become WPS errors. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof StandinError) throw new WpsStandinError(error.message);
    throw error;
  }
}

function key(values: unknown[]): unknown {
  return uniform(values);
}

function enumValue(map: Record<number, string>, value: unknown, member: string): string {
  const name = typeof value === "number" ? map[value] : undefined;
  if (name === undefined) throw new WpsStandinError(`${member} 的值无效：${String(value)}`);
  return name;
}

function enumNumber(map: Record<number, string>, name: string | null): number | null {
  if (name === null) return null;
  const found = Object.entries(map).find(([, v]) => v === name);
  return found ? Number(found[0]) : null;
}

/** VBA's Value2 of one cell: numbers, text, booleans; empty as undefined. */
function value2(v: CellScalar): unknown {
  return v === null ? undefined : v;
}

/** VBA's Formula of one cell: the formula, else the constant as text ("" when empty). */
function formulaText(world: WpsWorld, sheet: SheetModel, r: number, c: number): string {
  const cell = sheet.cell(r, c);
  if (!cell) return "";
  if (cell.formula !== null) return cell.formula;
  if (cell.value === null) return "";
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value);
}

function scalarOrGrid<V>(box: Box, rows: V[][]): unknown {
  return box.rows === 1 && box.cols === 1 ? rows[0][0] : rows;
}

/** Parses an A1 address relative to nothing ("A1", "$A$1:$H$30", "C:C" not supported). */
export function addressBox(address: unknown): Box {
  const parsed = typeof address === "string" ? parseAddress(address) : null;
  if (!parsed || parsed.sheet !== null || parsed.top + parsed.rows > MAX_ROWS || parsed.left + parsed.cols > MAX_COLS) {
    throw new WpsStandinError(`区域地址无效：${String(address)}`);
  }
  return { top: parsed.top, left: parsed.left, rows: parsed.rows, cols: parsed.cols };
}

/** The sheet and cells each Range object stands for (to take one as an argument, e.g. HPageBreaks.Add). */
export const RANGE_TARGETS = new WeakMap<object, { sheet: SheetModel; box: Box }>();

export function rangeObject(world: WpsWorld, sheet: SheetModel, box: Box, counting: Counting = "cells"): object {
  const range = rangeMembers(world, sheet, box, counting);
  RANGE_TARGETS.set(range, { sheet, box });
  return range;
}

function rangeMembers(world: WpsWorld, sheet: SheetModel, box: Box, counting: Counting): object {
  const { model } = world;
  const target = { sheet, box };
  const formats = (): CellFormat[] => formatsOf(target);
  const format = (apply: (f: CellFormat) => void) => eachCell(target, (cell) => apply(cell.format));
  const single = (member: string) => {
    if (box.rows !== 1 || box.cols !== 1) throw new WpsStandinError(`${member} 只能用于单个单元格（WPS 替身）`);
  };
  const enter = (input: unknown, member: string) =>
    guarded(() => {
      const at = shaped(input, box, member);
      for (const [r, c] of cellsOf(box)) {
        const v = at(r, c);
        model.enter(sheet, r, c, toScalar(v === undefined ? null : v, member));
      }
    });
  const change = (method: (...args: unknown[]) => unknown) => changing(world, method);
  const mergedCells = () => cellsOf(box).map(([r, c]) => sheet.mergeAt(r, c) !== undefined);

  const edgesOf = (index: unknown): [number, number, EdgeName][] => {
    const sides = typeof index === "number" ? BORDER_SIDES[index] : undefined;
    if (!sides) throw new WpsStandinError(`Borders.Item 的索引无效：${String(index)}`);
    const bottom = box.top + box.rows - 1;
    const right = box.left + box.cols - 1;
    return cellsOf(box).flatMap(([r, c]) =>
      sides({ top: r === box.top, bottom: r === bottom, left: c === box.left, right: c === right }).map(
        (e): [number, number, EdgeName] => [r, c, e],
      ),
    );
  };
  const border = (index: unknown) => {
    const edges = edgesOf(index);
    const read = (pick: (e: Edge | undefined) => unknown) =>
      key(edges.map(([r, c, e]) => pick(sheet.cell(r, c)?.format.borders[e])));
    const update = (patch: Partial<Edge>) =>
      edges.forEach(([r, c, e]) => {
        const borders = sheet.ensure(r, c).format.borders;
        borders[e] = { style: "Continuous", color: "#000000", weight: "Thin", ...borders[e], ...patch };
      });
    return etObject(world, "Border", {
      LineStyle: {
        get: () => read((e) => enumNumber(LINE_STYLES, e?.style ?? null) ?? XL_NONE),
        set: (v) => {
          if (v === XL_NONE) edges.forEach(([r, c, e]) => delete sheet.ensure(r, c).format.borders[e]);
          else update({ style: enumValue(LINE_STYLES, v, "Border.LineStyle") });
        },
      },
      Weight: {
        get: () => read((e) => enumNumber(WEIGHTS, e?.weight ?? "Thin")),
        set: (v) => update({ weight: enumValue(WEIGHTS, v, "Border.Weight") }),
      },
      Color: { get: () => read((e) => fromHex(e?.color ?? "#000000")), set: (v) => update({ color: toHex(v) }) },
    });
  };

  const members: Members = {
    Value2: {
      variant: true,
      get: () =>
        scalarOrGrid(
          box,
          grid(target, (r, c) => value2(model.value(sheet, r, c))),
        ),
      set: (v) => enter(v, "Value2"),
    },
    Formula: {
      variant: true,
      get: () =>
        scalarOrGrid(
          box,
          grid(target, (r, c) => formulaText(world, sheet, r, c)),
        ),
      set: (v) => enter(v, "Formula"),
    },
    Text: {
      get: () => {
        single("Text");
        const v = model.value(sheet, box.top, box.left);
        return v === null ? "" : String(v);
      },
    },
    Row: { variant: true, get: () => box.top + 1 },
    Column: { variant: true, get: () => box.left + 1 },
    Count: {
      variant: true,
      get: () => (counting === "rows" ? box.rows : counting === "columns" ? box.cols : box.rows * box.cols),
    },
    Rows: { variant: true, get: () => rangeObject(world, sheet, box, "rows") },
    Columns: { variant: true, get: () => rangeObject(world, sheet, box, "columns") },
    Cells: { get: () => rangeObject(world, sheet, box) },
    Address: {
      variant: true,
      get: () => boxAddress(box, true),
    },
    Worksheet: { get: () => world.worksheet(sheet) },
    Item: (row, col) => {
      if (typeof row !== "number" || typeof col !== "number") throw new WpsStandinError("Range.Item 需要行号和列号");
      return rangeObject(world, sheet, { top: box.top + row - 1, left: box.left + col - 1, rows: 1, cols: 1 });
    },
    MergeCells: {
      variant: true,
      get: () => {
        const merged = mergedCells();
        return merged.every(Boolean) ? true : merged.some(Boolean) ? null : false;
      },
      set: (v) => {
        if (v === true) model.merge(sheet, box, false);
        else sheet.merges = sheet.merges.filter((m) => !boxesIntersect(m, box));
      },
    },
    MergeArea: {
      variant: true,
      get: () => {
        single("MergeArea");
        return rangeObject(world, sheet, sheet.mergeAt(box.top, box.left) ?? box);
      },
    },
    Merge: change((across) => model.merge(sheet, box, across === true)),
    UnMerge: change(() => {
      sheet.merges = sheet.merges.filter((m) => !boxesIntersect(m, box));
    }),
    Interior: {
      variant: true,
      get: () =>
        etObject(world, "Interior", {
          Color: {
            get: () => key(formats().map((f) => (f.fill === null ? WHITE : fromHex(f.fill)))),
            set: (v) => {
              const fill = toHex(v);
              format((f) => (f.fill = fill));
            },
          },
          ColorIndex: {
            get: () => key(formats().map((f) => (f.fill === null ? XL_NONE : 0))),
            set: (v) => {
              if (v !== XL_NONE) throw new WpsStandinError("替身只支持 Interior.ColorIndex = xlNone（-4142）");
              format((f) => (f.fill = null));
            },
          },
        }),
    },
    Font: {
      variant: true,
      get: () =>
        etObject(world, "Font", {
          Bold: {
            get: () => key(formats().map((f) => f.bold)),
            set: (v) => format((f) => (f.bold = v === true)),
          },
          Size: {
            get: () => key(formats().map((f) => f.fontSize)),
            set: (v) => {
              if (typeof v !== "number" || v <= 0) throw new WpsStandinError(`字号无效：${String(v)}`);
              format((f) => (f.fontSize = v));
            },
          },
          Color: {
            get: () => key(formats().map((f) => fromHex(f.fontColor))),
            set: (v) => {
              const color = toHex(v);
              format((f) => (f.fontColor = color));
            },
          },
        }),
    },
    Borders: {
      variant: true,
      get: () => etObject(world, "Borders", { Item: (index) => border(index) }),
    },
    WrapText: {
      get: () => key(formats().map((f) => f.wrap)),
      set: (v) => format((f) => (f.wrap = v === true)),
    },
    HorizontalAlignment: {
      get: () => enumNumber(H_ALIGN, key(formats().map((f) => f.hAlign)) as string | null),
      set: (v) => {
        const name = enumValue(H_ALIGN, v, "HorizontalAlignment");
        format((f) => (f.hAlign = name));
      },
    },
    VerticalAlignment: {
      get: () => enumNumber(V_ALIGN, key(formats().map((f) => f.vAlign)) as string | null),
      set: (v) => {
        const name = enumValue(V_ALIGN, v, "VerticalAlignment");
        format((f) => (f.vAlign = name));
      },
    },
    NumberFormat: {
      get: () => key(formats().map((f) => f.numberFormat)),
      set: (v) => {
        if (typeof v !== "string") throw new WpsStandinError("NumberFormat 应为文本");
        format((f) => (f.numberFormat = v));
      },
    },
    ColumnWidth: {
      get: () =>
        key(
          Array.from({ length: box.cols }, (_, i) => {
            const points = sheet.columnWidths.get(box.left + i);
            return points === undefined ? DEFAULT_COLUMN_CHARS : pointsToChars(points);
          }),
        ),
      set: (v) => {
        if (typeof v !== "number" || v < 0 || v > 255) throw new WpsStandinError(`列宽无效：${String(v)}`);
        for (let c = box.left; c < box.left + box.cols; c += 1) sheet.columnWidths.set(c, charsToPoints(v));
      },
    },
    Left: { variant: true, get: () => boxPoints(sheet, box).left },
    Top: { variant: true, get: () => boxPoints(sheet, box).top },
    Width: { variant: true, get: () => boxPoints(sheet, box).width },
    Height: { variant: true, get: () => boxPoints(sheet, box).height },
    RowHeight: {
      get: () =>
        key(Array.from({ length: box.rows }, (_, i) => sheet.rowHeights.get(box.top + i) ?? DEFAULT_ROW_POINTS)),
      set: (v) => {
        if (typeof v !== "number" || v < 0 || v > 409) throw new WpsStandinError(`行高无效：${String(v)}`);
        for (let r = box.top; r < box.top + box.rows; r += 1) sheet.rowHeights.set(r, v);
      },
    },
    Comment: {
      get: () => {
        single("Comment");
        const comment = model.commentAt(sheet, box.top, box.left);
        return comment ? world.comment(comment) : null;
      },
    },
    AddComment: change((text) => {
      single("AddComment");
      if (model.commentAt(sheet, box.top, box.left)) throw new WpsStandinError("该单元格已有批注");
      const comment = {
        id: model.newId("comment"),
        sheet,
        row: box.top,
        col: box.left,
        content: typeof text === "string" ? text : "",
        authorName: "WPS 用户",
      };
      model.comments.push(comment);
      return world.comment(comment);
    }),
    ClearComments: change(() => {
      model.comments = model.comments.filter((x) => x.sheet !== sheet || !boxContains(box, x.row, x.col));
    }),
    FormatConditions: { variant: true, get: () => formatConditions(world, sheet, box) },
    Select: () => {
      if (model.active !== sheet) throw new WpsStandinError("不能选定非活动工作表上的区域：请先激活该工作表");
      sheet.selection = { row: box.top, col: box.left };
      world.changed();
    },
    Activate: () => {
      if (model.active !== sheet) throw new WpsStandinError("不能激活非活动工作表上的单元格：请先激活该工作表");
      sheet.selection = { row: box.top, col: box.left };
      world.changed();
    },
  };
  return etObject(world, "Range", members);
}
