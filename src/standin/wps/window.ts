/**
 * Et.Window (Application.ActiveWindow) over the active sheet, as VBA's window: SplitRow / SplitColumn split the
 * view, FreezePanes = True freezes it at the split (with no split, above and left of the active cell), False
 * removes both. Only a window scrolled to A1 is modelled: the split counts rows and columns from row 1, column A.
 */
import type { SheetModel } from "../model";
import { etObject, WpsStandinError } from "./members";
import type { WpsWorld } from "./range";

function isFrozen(sheet: SheetModel): boolean {
  return sheet.frozen.rows > 0 || sheet.frozen.columns > 0;
}

function count(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new WpsStandinError(`Window.${what} 须为非负整数：${String(value)}`);
  }
  return value;
}

export function windowObject(world: WpsWorld): object {
  const sheet = () => world.model.active;
  const split = (axis: "rows" | "columns", what: string) => ({
    get: () => (isFrozen(sheet()) ? sheet().frozen[axis] : sheet().split[axis]),
    set: (value: unknown) => {
      const n = count(value, what);
      const s = sheet();
      if (isFrozen(s)) s.frozen = { ...s.frozen, [axis]: n };
      else s.split = { ...s.split, [axis]: n };
    },
  });
  const scroll = (what: string) => ({
    get: () => 1,
    set: (value: unknown) => {
      if (value !== 1) throw new WpsStandinError(`WPS 替身只模拟滚动到 A1 的窗口（Window.${what} = 1）`);
    },
  });
  return etObject(world, "Window", {
    FreezePanes: {
      get: () => isFrozen(sheet()),
      set: (value) => {
        const s = sheet();
        if (value !== true) {
          s.frozen = { rows: 0, columns: 0 };
          s.split = { rows: 0, columns: 0 };
          return;
        }
        if (isFrozen(s)) return;
        const at =
          s.split.rows > 0 || s.split.columns > 0 ? s.split : { rows: s.selection.row, columns: s.selection.col };
        s.frozen = { ...at };
      },
    },
    SplitRow: split("rows", "SplitRow"),
    SplitColumn: split("columns", "SplitColumn"),
    ScrollRow: scroll("ScrollRow"),
    ScrollColumn: scroll("ScrollColumn"),
  });
}
