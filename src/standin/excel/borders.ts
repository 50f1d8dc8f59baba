/** RangeBorderCollection and RangeBorder: the borders of a range by index (EdgeTop … InsideHorizontal). */
import type { Box } from "../../hosts/types";
import type { StandinContext } from "../context";
import { ErrorCodes, StandinError } from "../errors";
import type { Edge, EdgeName } from "../model";
import { NavigationProxy, Proxy } from "../proxy";
import { cellsOf, uniform, type RangeTarget } from "./cells";
import { normalizeColor } from "./color";

type BorderIndex = Excel.RangeBorder["sideIndex"];

/** Where a cell is in its range: on which outer sides. */
type Place = Record<EdgeName, boolean>;

/** The sides of a cell that a border index covers, by the cell's place in the range. */
const SIDES: Record<string, (at: Place) => EdgeName[]> = {
  EdgeTop: (at) => (at.top ? ["top"] : []),
  EdgeBottom: (at) => (at.bottom ? ["bottom"] : []),
  EdgeLeft: (at) => (at.left ? ["left"] : []),
  EdgeRight: (at) => (at.right ? ["right"] : []),
  InsideVertical: (at) => [...(at.right ? [] : ["right" as const]), ...(at.left ? [] : ["left" as const])],
  InsideHorizontal: (at) => [...(at.bottom ? [] : ["bottom" as const]), ...(at.top ? [] : ["top" as const])],
  DiagonalDown: () => [],
  DiagonalUp: () => [],
};

const BORDER_INDEXES = Object.keys(SIDES);

/** The cell edges a border index stands for: [row, col, edge] of every cell side it covers. */
function edgesOf(index: BorderIndex, box: Box): [number, number, EdgeName][] {
  const bottom = box.top + box.rows - 1;
  const right = box.left + box.cols - 1;
  return cellsOf(box).flatMap(([r, c]) =>
    SIDES[index]({ top: r === box.top, bottom: r === bottom, left: c === box.left, right: c === right }).map(
      (edge): [number, number, EdgeName] => [r, c, edge],
    ),
  );
}

/** What a side without a border reads as. */
const NO_EDGE: Edge = { style: "None", color: "#000000", weight: "Thin" };
/** What a new border is, but for the property set. */
const NEW_EDGE: Edge = { ...NO_EDGE, style: "Continuous" };

export class StandinRangeBorderCollection extends NavigationProxy<RangeTarget> {
  protected readonly typeName = "RangeBorderCollection";

  getItem(index: BorderIndex): StandinRangeBorder {
    if (!BORDER_INDEXES.includes(index)) {
      throw new StandinError(ErrorCodes.invalidArgument, `边框位置无效：${index}`);
    }
    return new StandinRangeBorder(this.context, () => this.resolve(), index);
  }
}

export class StandinRangeBorder extends Proxy<RangeTarget> {
  protected readonly typeName = "RangeBorder";
  protected readonly scalarNames = ["sideIndex", "style", "color", "weight"] as const;

  constructor(
    context: StandinContext,
    resolver: () => RangeTarget | null,
    private readonly index: BorderIndex,
  ) {
    super(context, resolver);
  }

  protected readProperty(name: string, t: RangeTarget): unknown {
    if (name === "sideIndex") return this.index;
    const edges = edgesOf(this.index, t.box).map(([r, c, e]) => t.sheet.cell(r, c)?.format.borders[e] ?? NO_EDGE);
    return uniform(edges.map((e) => e[name as keyof Edge]));
  }

  /** Sets one property of every edge; a side without a border gets a new one. */
  private update(change: Partial<Edge>): void {
    this.command((t) => {
      for (const [r, c, e] of edgesOf(this.index, t.box)) {
        const borders = t.sheet.ensure(r, c).format.borders;
        borders[e] = { ...NEW_EDGE, ...borders[e], ...change };
      }
    });
  }

  get sideIndex(): Excel.RangeBorder["sideIndex"] {
    return this.loaded("sideIndex");
  }
  get style(): Excel.RangeBorder["style"] {
    return this.loaded("style");
  }
  set style(value: Excel.RangeBorder["style"]) {
    if (value !== "None") {
      this.update({ style: value });
      return;
    }
    this.command((t) => {
      for (const [r, c, e] of edgesOf(this.index, t.box)) delete t.sheet.ensure(r, c).format.borders[e];
    });
  }
  get color(): Excel.RangeBorder["color"] {
    return this.loaded("color");
  }
  set color(value: Excel.RangeBorder["color"]) {
    this.update({ color: normalizeColor(value) });
  }
  get weight(): Excel.RangeBorder["weight"] {
    return this.loaded("weight");
  }
  set weight(value: Excel.RangeBorder["weight"]) {
    this.update({ weight: value });
  }
}
