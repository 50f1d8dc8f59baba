/** ConditionalFormatCollection (of a range) and ConditionalFormat: custom rules only, ordered by priority. */
import { boxesIntersect } from "../../core/grid/address";
import { ErrorCodes, StandinError } from "../errors";
import type { ConditionalFormatModel, SheetModel } from "../model";
import { CollectionProxy, Proxy, addedProxy, boundProxy, found } from "../proxy";
import type { RangeTarget } from "./cells";
import { StandinCustomConditionalFormat } from "./customConditionalFormat";
import { StandinRange } from "./range";

export interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

const byPriority = (a: ConditionalFormatModel, b: ConditionalFormatModel) => a.priority - b.priority;

/** Priorities 0, 1, 2 … in list order. */
function renumber(list: ConditionalFormatModel[]): void {
  list.forEach((cf, i) => (cf.priority = i));
}

export class StandinConditionalFormatCollection extends CollectionProxy<RangeTarget, StandinConditionalFormat> {
  protected readonly typeName = "ConditionalFormatCollection";

  protected list(t: RangeTarget): StandinConditionalFormat[] {
    return t.sheet.conditionalFormats
      .filter((cf) => boxesIntersect(cf.box, t.box))
      .sort(byPriority)
      .map((cf) => boundProxy(StandinConditionalFormat, this.context, { sheet: t.sheet, cf }));
  }

  add(type: Excel.ConditionalFormatType | "Custom" | string): StandinConditionalFormat {
    return addedProxy(StandinConditionalFormat, this.context, "条件格式", () => {
      const t = this.target();
      this.context.model.requireUnprotected(t.sheet);
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
        priority: 0,
        stopIfTrue: false,
      };
      // As in Excel, a new conditional format goes to the top of the list (priority 0).
      const list = [cf, ...t.sheet.conditionalFormats.sort(byPriority)];
      renumber(list);
      t.sheet.conditionalFormats = list;
      return { sheet: t.sheet, cf };
    });
  }

  getItem(id: string): StandinConditionalFormat {
    return new StandinConditionalFormat(this.context, () => {
      const t = this.target();
      const cf = t.sheet.conditionalFormats.find((x) => x.id === id && boxesIntersect(x.box, t.box));
      return { sheet: t.sheet, cf: found(cf, `找不到条件格式 ${id}`) };
    }).settle();
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
  protected override readonly partNames = ["custom", "customOrNullObject"];

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
      const list = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf).sort(byPriority);
      list.splice(Math.max(0, Math.min(value, list.length)), 0, t.cf);
      renumber(list);
    });
  }
  get stopIfTrue(): Excel.ConditionalFormat["stopIfTrue"] {
    return this.loaded("stopIfTrue");
  }
  set stopIfTrue(value: Excel.ConditionalFormat["stopIfTrue"]) {
    this.command((t) => (t.cf.stopIfTrue = value));
  }

  get custom(): StandinCustomConditionalFormat {
    return this.part(
      "custom",
      StandinCustomConditionalFormat,
      this.derive((t) => {
        if (t.cf.type !== "Custom") throw new StandinError(ErrorCodes.invalidOperation, "不是自定义条件格式");
        return t;
      }),
    );
  }

  get customOrNullObject(): StandinCustomConditionalFormat {
    return this.part(
      "customOrNullObject",
      StandinCustomConditionalFormat,
      this.derive((t) => (t.cf.type === "Custom" ? t : null)),
    );
  }

  delete(): void {
    this.command((t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf);
      renumber(t.sheet.conditionalFormats.sort(byPriority));
    });
  }

  getRange(): StandinRange {
    return new StandinRange(
      this.context,
      this.derive((t) => ({ sheet: t.sheet, box: { ...t.cf.box } })),
    );
  }

  getRangeOrNullObject(): StandinRange {
    return new StandinRange(
      this.context,
      this.derive((t) => (t.sheet.conditionalFormats.includes(t.cf) ? { sheet: t.sheet, box: { ...t.cf.box } } : null)),
    ).settle();
  }
}
