/**
 * The user's edits, as Office.js reports them (WorksheetCollection.onChanged, ExcelApi 1.9): the task pane marks its
 * results out of date. Null where the events are missing (the pane then falls back to its own focus).
 */
import type { ExcelRunner } from "./api";

export const CHANGE_EVENTS_API = "1.9";

export interface ChangeWatchOptions {
  excel?: ExcelRunner;
  isSetSupported?: (name: string, version: string) => boolean;
}

function supported(options: ChangeWatchOptions): boolean {
  if (options.isSetSupported) return options.isSetSupported("ExcelApi", CHANGE_EVENTS_API);
  const office = (globalThis as { Office?: typeof Office }).Office;
  return Boolean(office?.context?.requirements?.isSetSupported("ExcelApi", CHANGE_EVENTS_API));
}

/**
 * One Excel handler for the pane's lifetime, registered at the first watch; listeners come and go in memory
 * (removing an Office.js handler needs the context it was added in).
 */
export function changeWatcher(
  options: ChangeWatchOptions = {},
): ((listener: () => void) => Promise<() => void>) | null {
  if (!supported(options)) return null;
  const listeners = new Set<() => void>();
  let registered: Promise<void> | null = null;
  const register = async () => {
    const excel = options.excel ?? (globalThis as unknown as { Excel: ExcelRunner }).Excel;
    await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async () => {
        for (const listener of [...listeners]) listener();
      });
      await context.sync();
    });
  };
  return async (listener) => {
    registered ??= register().catch((error: unknown) => {
      registered = null;
      throw error;
    });
    listeners.add(listener);
    await registered;
    return () => {
      listeners.delete(listener);
    };
  };
}
