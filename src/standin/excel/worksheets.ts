/** WorksheetCollection: add, getItem (by name or id), getItemOrNullObject, the active sheet. */
import type { StandinContext } from "../context";
import { ErrorCodes, StandinError } from "../errors";
import type { SheetModel } from "../model";
import { CollectionProxy, addedProxy, boundProxy, found } from "../proxy";
import { StandinWorksheet } from "./worksheet";

export class StandinWorksheetCollection extends CollectionProxy<SheetModel[], StandinWorksheet> {
  protected readonly typeName = "WorksheetCollection";

  constructor(context: StandinContext) {
    super(context, () => context.model.sheets);
  }

  protected list(target: SheetModel[]): StandinWorksheet[] {
    return target.map((sheet) => boundProxy(StandinWorksheet, this.context, sheet));
  }

  add(name?: string): StandinWorksheet {
    return addedProxy(StandinWorksheet, this.context, "工作表", () => {
      const model = this.context.model;
      return model.addSheet(name ?? model.freshSheetName());
    });
  }

  getItem(key: string): StandinWorksheet {
    return new StandinWorksheet(this.context, () =>
      found(this.find(key), `找不到工作表“${key}”`, "WorksheetCollection.getItem"),
    ).settle();
  }

  getItemOrNullObject(key: string): StandinWorksheet {
    this.context.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
    return new StandinWorksheet(this.context, () => this.find(key) ?? null).settle();
  }

  /** ExcelApi 1.9 (WorksheetCollection.onChanged; Worksheet.onChanged is 1.7): the handler runs after each edit the user makes (the add-in's own writes do not raise it). */
  get onChanged(): { add(handler: (event: unknown) => Promise<unknown> | void): { remove(): void } } {
    this.context.requireApi("1.9", "WorksheetCollection.onChanged");
    const edits = this.context.host.cellEdits;
    return {
      add: (handler) => {
        const listener = (event: unknown) => void handler(event);
        edits.add(listener);
        return { remove: () => edits.delete(listener) };
      },
    };
  }

  getActiveWorksheet(): StandinWorksheet {
    return new StandinWorksheet(this.context, () => {
      if (this.context.host.limits.chartSheetActive) {
        throw new StandinError(
          ErrorCodes.itemNotFound,
          "活动的是图表工作表，不是工作表",
          "WorksheetCollection.getActiveWorksheet",
        );
      }
      return this.context.model.active;
    });
  }

  private find(key: string): SheetModel | undefined {
    const model = this.context.model;
    return model.findSheet(key) ?? model.sheets.find((s) => s.id === key);
  }
}
