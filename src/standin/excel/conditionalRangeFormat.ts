/** ConditionalRangeFormat: the fill and font a conditional format draws where its rule holds. */
import { NavigationProxy, Proxy } from "../proxy";
import { normalizeColor } from "./color";
import type { CfTarget } from "./conditionalFormats";

export class StandinConditionalRangeFormat extends NavigationProxy<CfTarget> {
  protected readonly typeName = "ConditionalRangeFormat";
  protected override readonly partNames = ["fill", "font"];

  get fill(): StandinConditionalRangeFill {
    return this.part("fill", StandinConditionalRangeFill);
  }

  get font(): StandinConditionalRangeFont {
    return this.part("font", StandinConditionalRangeFont);
  }
}

export class StandinConditionalRangeFill extends Proxy<CfTarget> {
  protected readonly typeName = "ConditionalRangeFill";
  protected readonly scalarNames = ["color"] as const;

  protected readProperty(_name: string, t: CfTarget): unknown {
    return t.cf.fill;
  }

  get color(): Excel.ConditionalRangeFill["color"] {
    return this.loaded("color");
  }
  set color(value: Excel.ConditionalRangeFill["color"]) {
    this.command((t) => (t.cf.fill = normalizeColor(value)));
  }

  clear(): void {
    this.command((t) => (t.cf.fill = null));
  }
}

export class StandinConditionalRangeFont extends Proxy<CfTarget> {
  protected readonly typeName = "ConditionalRangeFont";
  protected readonly scalarNames = ["bold", "color"] as const;

  protected readProperty(name: string, t: CfTarget): unknown {
    return name === "bold" ? t.cf.bold : t.cf.fontColor;
  }

  get bold(): Excel.ConditionalRangeFont["bold"] {
    return this.loaded("bold");
  }
  set bold(value: Excel.ConditionalRangeFont["bold"]) {
    this.command((t) => (t.cf.bold = value));
  }
  get color(): Excel.ConditionalRangeFont["color"] {
    return this.loaded("color");
  }
  set color(value: Excel.ConditionalRangeFont["color"]) {
    this.command((t) => (t.cf.fontColor = normalizeColor(value)));
  }
}
