/** RangeAreas (several boxes on one sheet, as getMergedAreasOrNullObject gives) and its RangeCollection. */
import { sheetBoxAddress } from "../../core/grid/address";
import type { Box } from "../../hosts/types";
import type { SheetModel } from "../model";
import { CollectionProxy, Proxy, boundProxy } from "../proxy";
import { StandinRange } from "./range";

export interface AreasTarget {
  sheet: SheetModel;
  boxes: Box[];
}

export class StandinRangeAreas extends Proxy<AreasTarget> {
  protected readonly typeName = "RangeAreas";
  protected readonly scalarNames = ["address", "areaCount"] as const;
  protected override readonly partNames = ["areas"];

  protected readProperty(name: string, t: AreasTarget): unknown {
    if (name === "areaCount") return t.boxes.length;
    return t.boxes.map((b) => sheetBoxAddress(t.sheet.name, b)).join(",");
  }

  get address(): Excel.RangeAreas["address"] {
    return this.loaded("address");
  }
  get areaCount(): Excel.RangeAreas["areaCount"] {
    return this.loaded("areaCount");
  }
  get areas(): StandinRangeCollection {
    return this.part("areas", StandinRangeCollection);
  }
}

export class StandinRangeCollection extends CollectionProxy<AreasTarget, StandinRange> {
  protected readonly typeName = "RangeCollection";

  protected list(t: AreasTarget): StandinRange[] {
    return t.boxes.map((box) => boundProxy(StandinRange, this.context, { sheet: t.sheet, box }));
  }
}
