/** RangeFill: the fill colour of every cell of a range. */
import { Proxy } from "../proxy";
import { eachCell, formatsOf, uniform, type RangeTarget } from "./cells";
import { normalizeColor } from "./color";

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
