/** Et.FormatConditions of a range (the conditional formats that touch it) and Et.FormatCondition. */
import { boxesIntersect } from "../../core/grid/address";
import type { Box } from "../../hosts/types";
import { formulaParses } from "../formula";
import type { ConditionalFormatModel, SheetModel } from "../model";
import { fromHex, toHex } from "./colors";
import { changing, etObject, WpsStandinError } from "./members";
import type { WpsWorld } from "./range";

/** XlFormatConditionType.xlExpression: the only type the stand-in implements. */
const XL_EXPRESSION = 2;

function renumber(sheet: SheetModel, first?: ConditionalFormatModel): void {
  const ordered = [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority);
  const list = first ? [first, ...ordered.filter((cf) => cf !== first)] : ordered;
  list.forEach((cf, i) => (cf.priority = i + 1));
}

function formatCondition(world: WpsWorld, sheet: SheetModel, cf: ConditionalFormatModel): object {
  const live = () => {
    if (!sheet.conditionalFormats.includes(cf)) throw new WpsStandinError("该条件格式已删除");
    return cf;
  };
  return etObject(world, "FormatCondition", {
    Type: { variant: true, get: () => (live(), XL_EXPRESSION) },
    Formula1: { variant: true, get: () => live().formula },
    Priority: {
      get: () => live().priority,
      set: (v) => {
        if (typeof v !== "number" || v < 1) throw new WpsStandinError(`优先级无效：${String(v)}`);
        live().priority = v - 0.5;
        renumber(sheet);
      },
    },
    StopIfTrue: { get: () => live().stopIfTrue, set: (v) => (live().stopIfTrue = v === true) },
    Interior: {
      variant: true,
      get: () =>
        etObject(world, "Interior", {
          Color: {
            get: () => (live().fill === null ? null : fromHex(live().fill as string)),
            set: (v) => (live().fill = toHex(v)),
          },
        }),
    },
    Font: {
      variant: true,
      get: () =>
        etObject(world, "Font", {
          Bold: { get: () => live().bold, set: (v) => (live().bold = v === true) },
          Color: {
            get: () => (live().fontColor === null ? null : fromHex(live().fontColor as string)),
            set: (v) => (live().fontColor = toHex(v)),
          },
        }),
    },
    SetFirstPriority: changing(world, () => renumber(sheet, live())),
    Delete: changing(world, () => {
      live();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
      renumber(sheet);
    }),
  });
}

export function formatConditions(world: WpsWorld, sheet: SheetModel, box: Box): object {
  const touching = () =>
    [...sheet.conditionalFormats].filter((cf) => boxesIntersect(cf.box, box)).sort((a, b) => a.priority - b.priority);
  return etObject(world, "FormatConditions", {
    Count: { variant: true, get: () => touching().length },
    Item: (index) => {
      const list = touching();
      if (typeof index !== "number" || index < 1 || index > list.length) {
        throw new WpsStandinError(`FormatConditions.Item 的索引越界：${String(index)}`);
      }
      return formatCondition(world, sheet, list[index - 1]);
    },
    Add: changing(world, (type, _operator, formula1) => {
      if (type !== XL_EXPRESSION)
        throw new WpsStandinError(`替身只实现 xlExpression（2）类型的条件格式，收到 ${String(type)}`);
      if (typeof formula1 !== "string" || !formulaParses(formula1.startsWith("=") ? formula1 : `=${formula1}`)) {
        throw new WpsStandinError(`条件格式公式无效：${String(formula1)}`);
      }
      const cf: ConditionalFormatModel = {
        id: world.model.newId("cf"),
        box: { ...box },
        type: "Custom",
        formula: formula1.startsWith("=") ? formula1 : `=${formula1}`,
        fill: null,
        fontColor: null,
        bold: null,
        priority: sheet.conditionalFormats.length + 1,
        stopIfTrue: false,
      };
      sheet.conditionalFormats.push(cf);
      return formatCondition(world, sheet, cf);
    }),
    Delete: changing(world, () => {
      const gone = new Set(touching());
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !gone.has(cf));
    }),
  });
}
