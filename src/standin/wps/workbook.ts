/** Et.Worksheet, Et.Worksheets, Et.Names / Et.Name, Et.Comments / Et.Comment and Et.Workbook over the model. */
import { boxAddress, parseAddress } from "../../core/grid/address";
import type { CommentModel, NameModel, SheetModel } from "../model";
import { StandinError } from "../errors";
import { MAX_COLS, MAX_ROWS } from "../excel/cells";
import { changing, etObject, WpsStandinError } from "./members";
import { addressBox, RANGE_TARGETS, rangeObject, type WpsWorld } from "./range";
import { hPageBreaksObject, pageSetupObject } from "./pageSetup";
import { shapesObject } from "./charts";

const VISIBILITY: Record<SheetModel["visibility"], number> = { Visible: -1, Hidden: 0, VeryHidden: 2 };

function checkSheetName(world: WpsWorld, name: unknown, sheet?: SheetModel): string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    /^'|'$/.test(name)
  ) {
    throw new WpsStandinError(`工作表名称无效：${String(name)}`);
  }
  const other = world.model.findSheet(name);
  if (other && other !== sheet) throw new WpsStandinError(`已存在同名工作表：${name}`);
  return name;
}

export function commentObject(world: WpsWorld, comment: CommentModel): object {
  const live = () => {
    if (!world.model.comments.includes(comment)) throw new WpsStandinError("该批注已删除");
    return comment;
  };
  return etObject(world, "Comment", {
    Text: (text) => {
      if (typeof text === "string") {
        live().content = text;
        world.changed();
      }
      return live().content;
    },
    Author: { get: () => live().authorName },
    Delete: changing(world, () => {
      live();
      world.model.comments = world.model.comments.filter((x) => x !== comment);
    }),
  });
}

/** The sheet each Worksheet object stands for (to take one as Worksheets.Add's Before / After). */
const WORKSHEETS = new WeakMap<object, SheetModel>();

export function worksheetObject(world: WpsWorld, sheet: SheetModel): object {
  const object = worksheetMembers(world, sheet);
  WORKSHEETS.set(object, sheet);
  return object;
}

function worksheetMembers(world: WpsWorld, sheet: SheetModel): object {
  const { model } = world;
  const live = () => {
    if (!model.sheets.includes(sheet)) throw new WpsStandinError("该工作表已删除");
    return sheet;
  };
  const sheetComments = () =>
    model.comments.filter((c) => c.sheet === sheet).sort((a, b) => a.row - b.row || a.col - b.col);
  return etObject(world, "Worksheet", {
    Name: {
      variant: true,
      get: () => live().name,
      set: (v) => (live().name = checkSheetName(world, v, sheet)),
    },
    Index: { variant: true, get: () => model.sheets.indexOf(live()) + 1 },
    Visible: {
      variant: true,
      get: () => VISIBILITY[live().visibility],
      set: (v) => {
        const found = Object.entries(VISIBILITY).find(
          ([, n]) => n === v || (v === true && n === -1) || (v === false && n === 0),
        );
        if (!found) throw new WpsStandinError(`Visible 的值无效：${String(v)}`);
        live().visibility = found[0] as SheetModel["visibility"];
      },
    },
    UsedRange: {
      variant: true,
      get: () => rangeObject(world, live(), sheet.usedBox(false) ?? { top: 0, left: 0, rows: 1, cols: 1 }),
    },
    Cells: {
      variant: true,
      get: () => rangeObject(world, live(), { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS }),
    },
    Range: (cell1) => rangeObject(world, live(), addressBox(cell1)),
    Comments: {
      variant: true,
      get: () =>
        etObject(world, "Comments", {
          Count: { variant: true, get: () => sheetComments().length },
          Item: (index) => {
            const list = sheetComments();
            if (typeof index !== "number" || index < 1 || index > list.length) {
              throw new WpsStandinError(`Comments.Item 的索引越界：${String(index)}`);
            }
            return commentObject(world, list[index - 1]);
          },
        }),
    },
    PageSetup: { variant: true, get: () => pageSetupObject(world, live) },
    Shapes: { variant: true, get: () => shapesObject(world, live) },
    HPageBreaks: {
      variant: true,
      get: () =>
        hPageBreaksObject(world, live, (before) => {
          const target = typeof before === "object" && before !== null ? RANGE_TARGETS.get(before) : undefined;
          if (!target || target.sheet !== live()) throw new WpsStandinError("HPageBreaks.Add 需要本工作表的单元格区域");
          return target.box.top;
        }),
    },
    Activate: changing(world, () => {
      if (live().visibility !== "Visible") throw new WpsStandinError("不能激活隐藏的工作表");
      model.active = sheet;
    }),
    Select: changing(world, () => {
      model.active = live();
    }),
    Delete: changing(world, () => {
      live();
      if (model.sheets.filter((s) => s.visibility === "Visible").length <= 1) {
        throw new WpsStandinError("工作簿至少要含有一张可视工作表");
      }
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      model.names = model.names.filter((n) => n.sheet !== sheet);
      model.comments = model.comments.filter((c) => c.sheet !== sheet);
      if (model.active === sheet)
        model.active = model.sheets.find((s) => s.visibility === "Visible") ?? model.sheets[0];
    }),
  });
}

function worksheetsObject(world: WpsWorld): object {
  const { model } = world;
  const find = (index: unknown): SheetModel => {
    const sheet =
      typeof index === "number"
        ? model.sheets[index - 1]
        : typeof index === "string"
          ? model.findSheet(index)
          : undefined;
    if (!sheet) throw new WpsStandinError(`下标越界：没有工作表 ${String(index)}`);
    return sheet;
  };
  const sheetOf = (ws: unknown): SheetModel | undefined => {
    if (ws === undefined || ws === null) return undefined;
    const sheet = typeof ws === "object" ? WORKSHEETS.get(ws) : undefined;
    if (!sheet || !model.sheets.includes(sheet))
      throw new WpsStandinError("Worksheets.Add 的 Before / After 不是本工作簿的工作表");
    return sheet;
  };
  return etObject(world, "Worksheets", {
    Count: { variant: true, get: () => model.sheets.length },
    Item: (index) => world.worksheet(find(index)),
    Add: changing(world, (before, after) => {
      const anchorBefore = sheetOf(before);
      const anchorAfter = sheetOf(after);
      let sheet: SheetModel;
      try {
        sheet = model.addSheet(model.freshSheetName());
      } catch (error) {
        if (error instanceof StandinError) throw new WpsStandinError(error.message);
        throw error;
      }
      model.sheets.pop();
      // As VBA: without Before / After the new sheet goes before the active one; the new sheet is activated.
      const at = anchorAfter
        ? model.sheets.indexOf(anchorAfter) + 1
        : model.sheets.indexOf(anchorBefore ?? model.active);
      model.sheets.splice(at, 0, sheet);
      model.active = sheet;
      return world.worksheet(sheet);
    }),
  });
}

function nameObject(world: WpsWorld, name: NameModel): object {
  const live = () => {
    if (!world.model.names.includes(name)) throw new WpsStandinError("该名称已删除");
    return name;
  };
  const refersTo = () => `='${live().sheet.name.replace(/'/g, "''")}'!${boxAddress(name.box, true)}`;
  return etObject(world, "Name", {
    Name: { variant: true, get: () => live().name },
    RefersTo: { variant: true, get: refersTo },
    Value: { variant: true, get: refersTo },
    Comment: { get: () => live().comment, set: (v) => (live().comment = String(v)) },
    Visible: { get: () => true },
    Delete: changing(world, () => {
      live();
      world.model.names = world.model.names.filter((n) => n !== name);
    }),
  });
}

const NAME_SYNTAX = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/;

function namesObject(world: WpsWorld): object {
  const { model } = world;
  return etObject(world, "Names", {
    Count: { variant: true, get: () => model.names.length },
    Item: (index) => {
      const name =
        typeof index === "number"
          ? model.names[index - 1]
          : typeof index === "string"
            ? model.findName(index)
            : undefined;
      if (!name) throw new WpsStandinError(`没有名称 ${String(index)}`);
      return nameObject(world, name);
    },
    Add: changing(world, (nameArg, refersToArg) => {
      if (typeof nameArg !== "string" || !NAME_SYNTAX.test(nameArg) || CELL_LIKE.test(nameArg)) {
        throw new WpsStandinError(`名称无效：${String(nameArg)}`);
      }
      const text = typeof refersToArg === "string" ? refersToArg : "";
      const ref = text.startsWith("=") ? parseAddress(text) : null;
      const sheet = ref?.sheet ? model.findSheet(ref.sheet) : undefined;
      if (!ref || !sheet) throw new WpsStandinError(`引用位置无效：${text}`);
      const box = { top: ref.top, left: ref.left, rows: ref.rows, cols: ref.cols };
      // As VBA's Names.Add: a name that exists is redefined.
      const existing = model.findName(nameArg);
      if (existing) {
        existing.sheet = sheet;
        existing.box = box;
        return nameObject(world, existing);
      }
      const added: NameModel = { name: nameArg, sheet, box, comment: "" };
      model.names.push(added);
      return nameObject(world, added);
    }),
  });
}

export function workbookObject(world: WpsWorld): object {
  const worksheets = () => worksheetsObject(world);
  return etObject(world, "Workbook", {
    Name: { variant: true, get: () => "工作簿1" },
    Worksheets: { variant: true, get: worksheets },
    Sheets: { variant: true, get: worksheets },
    Names: { variant: true, get: () => namesObject(world) },
    ActiveSheet: { variant: true, get: () => world.worksheet(world.model.active) },
  });
}
