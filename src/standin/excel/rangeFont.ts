/** RangeFont: bold, size and colour of every cell of a range. */
import { ErrorCodes, StandinError } from "../errors";
import { Proxy } from "../proxy";
import { eachCell, formatsOf, uniform, type RangeTarget } from "./cells";
import { normalizeColor } from "./color";

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
