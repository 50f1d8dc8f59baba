/** The task pane's actions wired to the real features, over the Excel workbook (Office.js, or the preview's stand-in). */
import { checkWorkbook, clearFlags, selectCell } from "../features/check";
import { insertTables } from "../features/insert";
import type { WorkbookHost } from "../hosts/types";
import { changeWatcher, officeHost, warmUp } from "../hosts/office";
import type { Actions } from "./types";

const onDemand = () => import(/* webpackChunkName: "ondemand" */ "./onDemand");

export function createActions(host: WorkbookHost = officeHost(), watch = changeWatcher()): Actions {
  // Learning the workbook's sheets at start-up (one sync, no user action) keeps the first 校验 within two syncs.
  warmUp(host).catch(() => undefined);
  return {
    insert: (input) => insertTables(host, input),
    check: (scope) => checkWorkbook(host, scope),
    clear: () => clearFlags(host),
    select: (ref) => selectCell(host, ref),
    newYear: async () => (await onDemand()).newYear(host),
    rollupCandidates: async () => (await onDemand()).rollupCandidates(host),
    rollup: async (input) => (await onDemand()).rollupSheets(host, input),
    accept: async (input) => (await onDemand()).acceptFindings(host, input),
    compare: async () => (await onDemand()).compareInWorkbook(host),
    withdraw: async (findings) => (await onDemand()).withdrawReviews(host, findings),
    // The readers load only when the button is used: the pane's first load stays within its budget.
    importReports: async (files) =>
      (await import(/* webpackChunkName: "import" */ "./importFiles")).importFiles(host, files),
    ...(watch ? { watchChanges: watch } : {}),
  };
}
