/** The task pane's actions wired to the real features, over the Excel workbook (Office.js, or the preview's stand-in). */
import { checkWorkbook, clearFlags, selectCell } from "../features/check";
import { UserError } from "../features/errors";
import { insertTables } from "../features/insert";
import type { NewYearResult } from "../features/api";
import type { WorkbookHost } from "../workbook/types";
import { officeHost } from "../workbook/office";
import type { Actions } from "./types";

/**
 * NOT YET WIRED: src/features/newYear.ts (the lead's) does not exist yet. When it lands, replace this function
 * with `import { newYear } from "../features/newYear";` — the Actions shape already matches newYear(host).
 */
async function newYear(_host: WorkbookHost): Promise<NewYearResult> {
  throw new UserError("“生成新年度”功能尚未完成。");
}

export function createActions(host: WorkbookHost = officeHost()): Actions {
  return {
    insert: (input) => insertTables(host, input),
    check: () => checkWorkbook(host),
    clear: () => clearFlags(host),
    select: (ref) => selectCell(host, ref),
    newYear: () => newYear(host),
  };
}
