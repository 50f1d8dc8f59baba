/** RangeFormat: column widths, row heights, alignment, wrapping; and its fill, font and borders. */
import { ErrorCodes, StandinError } from "../errors";
import { Proxy } from "../proxy";
import { StandinRangeBorderCollection } from "./borders";
import { eachCell, formatsOf, uniform, type RangeTarget } from "./cells";
import { StandinRangeFill } from "./rangeFill";
import { StandinRangeFont } from "./rangeFont";

type Axis = "columnWidth" | "rowHeight";

/** Points of a column or row never sized. */
const DEFAULT_POINTS: Record<Axis, number> = { columnWidth: 48, rowHeight: 15 };

/** The columns (for widths) or rows (for heights) of a range, with their sizes in points. */
function axis(t: RangeTarget, name: Axis): { sizes: Map<number, number>; start: number; count: number } {
  return name === "columnWidth"
    ? { sizes: t.sheet.columnWidths, start: t.box.left, count: t.box.cols }
    : { sizes: t.sheet.rowHeights, start: t.box.top, count: t.box.rows };
}

export class StandinRangeFormat extends Proxy<RangeTarget> {
  protected readonly typeName = "RangeFormat";
  protected readonly scalarNames = [
    "columnWidth",
    "rowHeight",
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
  ] as const;
  protected override readonly partNames = ["fill", "font", "borders"];

  protected readProperty(name: string, t: RangeTarget): unknown {
    switch (name) {
      case "columnWidth":
      case "rowHeight": {
        const { sizes, start, count } = axis(t, name);
        return uniform(Array.from({ length: count }, (_, i) => sizes.get(start + i) ?? DEFAULT_POINTS[name]));
      }
      case "horizontalAlignment":
        return uniform(formatsOf(t).map((f) => f.hAlign));
      case "verticalAlignment":
        return uniform(formatsOf(t).map((f) => f.vAlign));
      default:
        return uniform(formatsOf(t).map((f) => f.wrap));
    }
  }

  get columnWidth(): Excel.RangeFormat["columnWidth"] {
    return this.loaded("columnWidth");
  }
  set columnWidth(points: Excel.RangeFormat["columnWidth"]) {
    this.setSize("columnWidth", points, "列宽无效");
  }
  get rowHeight(): Excel.RangeFormat["rowHeight"] {
    return this.loaded("rowHeight");
  }
  set rowHeight(points: Excel.RangeFormat["rowHeight"]) {
    this.setSize("rowHeight", points, "行高无效");
  }

  private setSize(name: Axis, points: number, invalid: string): void {
    this.command((t) => {
      if (!(points >= 0)) throw new StandinError(ErrorCodes.invalidArgument, invalid);
      const { sizes, start, count } = axis(t, name);
      for (let i = 0; i < count; i += 1) sizes.set(start + i, points);
    });
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(value: Excel.RangeFormat["horizontalAlignment"]) {
    this.command((t) => eachCell(t, (cell) => (cell.format.hAlign = value)));
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(value: Excel.RangeFormat["verticalAlignment"]) {
    this.command((t) => eachCell(t, (cell) => (cell.format.vAlign = value)));
  }
  get wrapText(): Excel.RangeFormat["wrapText"] {
    return this.loaded("wrapText");
  }
  set wrapText(value: Excel.RangeFormat["wrapText"]) {
    this.command((t) => eachCell(t, (cell) => (cell.format.wrap = value)));
  }

  get fill(): StandinRangeFill {
    return this.part("fill", StandinRangeFill);
  }
  get font(): StandinRangeFont {
    return this.part("font", StandinRangeFont);
  }
  get borders(): StandinRangeBorderCollection {
    return this.part("borders", StandinRangeBorderCollection);
  }
}
