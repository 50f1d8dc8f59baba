/** CustomConditionalFormat: a rule (a formula that holds or not at each cell) and the format it applies. */
import { ErrorCodes, StandinError } from "../errors";
import { formulaParses } from "../formula";
import { NavigationProxy, Proxy } from "../proxy";
import { StandinConditionalRangeFormat } from "./conditionalRangeFormat";
import type { CfTarget } from "./conditionalFormats";

export class StandinCustomConditionalFormat extends NavigationProxy<CfTarget> {
  protected readonly typeName = "CustomConditionalFormat";
  protected override readonly partNames = ["rule", "format"];

  get rule(): StandinConditionalFormatRule {
    return this.part("rule", StandinConditionalFormatRule);
  }

  get format(): StandinConditionalRangeFormat {
    return this.part("format", StandinConditionalRangeFormat);
  }
}

export class StandinConditionalFormatRule extends Proxy<CfTarget> {
  protected readonly typeName = "ConditionalFormatRule";
  protected readonly scalarNames = ["formula", "formulaLocal"] as const;

  protected readProperty(_name: string, t: CfTarget): unknown {
    return t.cf.formula;
  }

  get formula(): Excel.ConditionalFormatRule["formula"] {
    return this.loaded("formula");
  }
  set formula(value: Excel.ConditionalFormatRule["formula"]) {
    this.command((t) => {
      if (!value.startsWith("=") || !formulaParses(value)) {
        throw new StandinError(ErrorCodes.invalidArgument, `条件格式公式无效：${value}`);
      }
      t.cf.formula = value;
    });
  }
  get formulaLocal(): Excel.ConditionalFormatRule["formulaLocal"] {
    return this.loaded("formulaLocal");
  }
}
