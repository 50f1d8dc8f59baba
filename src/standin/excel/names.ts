/** NamedItemCollection and NamedItem: workbook-scoped names of ranges (DT_2024_T3 …). */
import { boxAddress, quoteSheet } from "../../core/grid/address";
import type { StandinContext } from "../context";
import { ErrorCodes, StandinError } from "../errors";
import type { NameModel } from "../model";
import { CollectionProxy, Proxy, addedProxy, boundProxy, found } from "../proxy";
import { sheetAddressTarget, type RangeTarget } from "./cells";
import { StandinRange } from "./range";

const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/** A name Excel accepts: not a cell reference (A1, R1C1) either. */
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
    return target.map((n) => boundProxy(StandinNamedItem, this.context, n));
  }

  add(name: string, reference: StandinRange | string, comment?: string): StandinNamedItem {
    this.context.requireApi("1.4", "NamedItemCollection.add");
    return addedProxy(StandinNamedItem, this.context, "名称", () => {
      const model = this.context.model;
      if (!validName(name)) throw new StandinError(ErrorCodes.invalidArgument, `名称无效：${name}`);
      if (model.findName(name)) throw new StandinError(ErrorCodes.itemAlreadyExists, `已存在名称 ${name}`);
      const target = this.referenced(reference);
      const created: NameModel = { name, sheet: target.sheet, box: { ...target.box }, comment: comment ?? "" };
      model.names.push(created);
      return created;
    });
  }

  getItem(name: string): StandinNamedItem {
    return new StandinNamedItem(this.context, () =>
      found(this.context.model.findName(name), `找不到名称 ${name}`, "NamedItemCollection.getItem"),
    ).settle();
  }

  getItemOrNullObject(name: string): StandinNamedItem {
    this.context.requireApi("1.4", "NamedItemCollection.getItemOrNullObject");
    return new StandinNamedItem(this.context, () => this.context.model.findName(name) ?? null).settle();
  }

  private referenced(reference: StandinRange | string): RangeTarget {
    if (typeof reference === "string") {
      const target = sheetAddressTarget(this.context.model, reference);
      if (!target) throw new StandinError(ErrorCodes.invalidArgument, `引用无效：${reference}`);
      return target;
    }
    const target = reference.resolve();
    if (target === null) throw new StandinError(ErrorCodes.invalidArgument, "引用的区域不存在");
    return target;
  }
}

export class StandinNamedItem extends Proxy<NameModel> {
  protected readonly typeName = "NamedItem";
  protected readonly scalarNames = ["name", "type", "value", "formula", "comment", "visible", "scope"] as const;

  protected readProperty(name: string, n: NameModel): unknown {
    // A name whose sheet was deleted refers to #REF! (type Error), as in Excel.
    const broken = !this.context.model.sheets.includes(n.sheet);
    const ref = broken ? "#REF!" : `${quoteSheet(n.sheet.name)}!${boxAddress(n.box, true)}`;
    switch (name) {
      case "name":
        return n.name;
      case "type":
        return broken ? "Error" : "Range";
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
    return new StandinRange(
      this.context,
      this.derive((n) => ({ sheet: n.sheet, box: { ...n.box } })),
    );
  }

  getRangeOrNullObject(): StandinRange {
    this.context.requireApi("1.4", "NamedItem.getRangeOrNullObject");
    return new StandinRange(
      this.context,
      this.derive((n) => (this.context.model.sheets.includes(n.sheet) ? { sheet: n.sheet, box: { ...n.box } } : null)),
    ).settle();
  }

  delete(): void {
    this.command((n) => {
      this.context.model.names = this.context.model.names.filter((x) => x !== n);
    });
  }
}
