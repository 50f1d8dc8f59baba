/** The task pane's actions wired to the real features, over the Excel workbook (Office.js, or the preview's stand-in). */
import { insertTables } from "../features/insert";
import type { WorkbookHost } from "../hosts/types";
import { changeWatcher, officeHost, warmUp } from "../hosts/office";
import type { Actions } from "./types";

// The rules and readers load on the first 校验, not with the pane: its first load stays within its budget.
const checking = () => import(/* webpackChunkName: "check" */ "./checking");
const onDemand = () => import(/* webpackChunkName: "ondemand" */ "./onDemand");

export function createActions(host: WorkbookHost = officeHost(), watch = changeWatcher()): Actions {
  // Learning the workbook's sheets at start-up (one sync, no user action) keeps the first 校验 within two syncs.
  warmUp(host).catch(() => undefined);
  return {
    insert: (input) => insertTables(host, input),
    check: async (scope) => (await checking()).checkWorkbook(host, scope),
    clear: async () => (await checking()).clearFlags(host),
    select: async (ref) => (await checking()).selectCell(host, ref),
    newYear: async () => (await onDemand()).newYear(host),
    rollupCandidates: async () => (await onDemand()).rollupCandidates(host),
    rollup: async (input) => (await onDemand()).rollupSheets(host, input),
    accept: async (input) => (await checking()).acceptFindings(host, input),
    compare: async () => (await onDemand()).compareInWorkbook(host),
    withdraw: async (findings) => (await checking()).withdrawReviews(host, findings),
    // The readers load only when the button is used: the pane's first load stays within its budget.
    importReports: async (files) =>
      (await import(/* webpackChunkName: "import" */ "./importFiles")).importFiles(host, files),
    ...(watch ? { watchChanges: watch } : {}),
  };
}
