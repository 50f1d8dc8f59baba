/**
 * The user's edits in WPS (Application.ApiEvent "SheetChange"): the task pane marks its results out of date, as
 * with Excel's change events. Null where the build has no ApiEvent (the pane then falls back to its own focus).
 */
import type { ChangeWatch, WorkbookChange } from "../types";
import type { EtApiEvent, EtApplication } from "./et";
import { read } from "./jsapi";

function apiEvent(app: EtApplication): EtApiEvent | null {
  try {
    if (!("ApiEvent" in app)) return null;
    const events = read(app, app.ApiEvent);
    return events && typeof events.AddApiEventListener === "function" ? events : null;
  } catch {
    return null;
  }
}

/** One WPS listener for the pane's lifetime, added at the first watch; the pane's listeners come and go in memory. */
export function wpsChangeWatcher(app: EtApplication): ChangeWatch | null {
  const events = apiEvent(app);
  if (!events) return null;
  const listeners = new Set<(change: WorkbookChange) => void>();
  let registered = false;
  // SheetChange does not say who changed the sheet (the add-in's own writes may raise it too).
  const onSheetChange = () => {
    for (const listener of [...listeners]) listener({ notOwn: false });
  };
  return async (listener) => {
    if (!registered) {
      events.AddApiEventListener("SheetChange", onSheetChange);
      registered = true;
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
}
