/**
 * The user's edits, as Office.js reports them (WorksheetCollection.onChanged, ExcelApi 1.9): the task pane marks its
 * results out of date. Null where the events are missing (the pane then falls back to its own focus). The add-in's
 * own writes are told apart by triggerSource from ExcelApi 1.14; before, the pane ignores what arrives while and
 * just after one of its actions runs (oneAction.ts).
 */
import type { ChangeWatch, WorkbookChange } from "../types";
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
export function changeWatcher(options: ChangeWatchOptions = {}): ChangeWatch | null {
  if (!supported(options)) return null;
  const listeners = new Set<(change: WorkbookChange) => void>();
  let registered: Promise<void> | null = null;
  const register = async () => {
    const excel = options.excel ?? (globalThis as unknown as { Excel: ExcelRunner }).Excel;
    await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        // Excel raises the event for the add-in's own writes too; from ExcelApi 1.14 they say so.
        const source = (event as { triggerSource?: string }).triggerSource;
        if (source === "ThisLocalAddin") return;
        for (const listener of [...listeners]) listener({ notOwn: source !== undefined });
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
