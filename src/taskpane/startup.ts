/**
 * Which workbook the task pane works on, decided once at start-up:
 * - WPS 表格 (a WPS 加载项's pane: WPS puts its Application on the page): the WPS host at once. Office.onReady is
 *   never awaited there: office.js does not start in WPS (and the WPS build does not load it at all).
 * - Excel (office.js loaded): the Office.js host once Office.onReady has fired, as before. The preview installs
 *   the Excel stand-in's Excel and Office globals before the pane runs, so it takes this route too.
 *   The WPS host is a chunk of its own, loaded only in WPS, so Excel's first load does not carry it.
 * - Neither yet: WPS may put Application on the page a moment after the pane's script runs; look again a few
 *   times, then show why the add-in cannot work here.
 */
import { wpsApplication } from "../hosts/wps/detect";
import { createActions } from "./actions";
import { unsupportedMessage } from "./requirements";
import { notInHost, wpsLoadFailed } from "./strings";
import type { Actions } from "./types";

export type HostKind = "wps" | "excel" | "none";

export interface Startup {
  host: HostKind;
  actions: Actions;
  /** Why the add-in cannot work here; disables the actions. */
  unsupported: string | null;
}

interface OfficeGlobal {
  onReady(callback: () => void): unknown;
}

export interface StartupOptions {
  /** Where the globals are looked for (default: globalThis). */
  globals?: object;
  /** The actions over Excel (default: the Office.js host); called only once Office is ready. */
  excelActions?: () => Actions;
  /** Why Excel cannot run the add-in (default: the requirement-set check); called only once Office is ready. */
  excelUnsupported?: () => string | null;
  /** Looks for WPS's Application this many more times, this far apart, when neither host is there yet. */
  retries?: number;
  retryDelayMs?: number;
  /** Loads the WPS host (default: its own chunk). */
  loadWps?: () => Promise<WpsModule>;
  /** Actions shown (disabled) where no host is found. */
  noHostActions?: () => Actions;
}

type WpsModule = typeof import("../hosts/wps");

const loadWpsChunk = (): Promise<WpsModule> => import(/* webpackChunkName: "wps-host" */ "../hosts/wps");

function officeGlobal(globals: object): OfficeGlobal | null {
  const office = (globals as { Office?: unknown }).Office;
  if (typeof office !== "object" || office === null) return null;
  return typeof (office as OfficeGlobal).onReady === "function" ? (office as OfficeGlobal) : null;
}

function unavailable(): never {
  throw new Error(notInHost);
}

const NO_HOST_ACTIONS: Actions = {
  insert: async () => unavailable(),
  check: async () => unavailable(),
  clear: async () => unavailable(),
  select: async () => unavailable(),
  newYear: async () => unavailable(),
};

/**
 * Finds the host and calls `render` once with the pane's actions. Resolves when the host is known (in Excel: before
 * Office is ready; render follows onReady).
 */
export function startUp(render: (startup: Startup) => void, options: StartupOptions = {}): Promise<void> {
  const globals = options.globals ?? globalThis;
  let retriesLeft = options.retries ?? 20;
  const delay = options.retryDelayMs ?? 100;

  let found: () => void = () => undefined;
  const known = new Promise<void>((resolve) => (found = resolve));
  const attempt = (): void => {
    const app = wpsApplication(globals);
    if (app) {
      (options.loadWps ?? loadWpsChunk)()
        .then(({ wpsHost, wpsChangeWatcher }) => {
          render({ host: "wps", actions: createActions(wpsHost(app), wpsChangeWatcher(app)), unsupported: null });
        })
        .catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          render({
            host: "none",
            actions: options.noHostActions?.() ?? NO_HOST_ACTIONS,
            unsupported: `${wpsLoadFailed}${reason}`,
          });
        })
        .finally(found);
      return;
    }
    const office = officeGlobal(globals);
    if (office) {
      office.onReady(() =>
        render({
          host: "excel",
          actions: (options.excelActions ?? createActions)(),
          unsupported: (options.excelUnsupported ?? unsupportedMessage)(),
        }),
      );
      found();
      return;
    }
    if (retriesLeft > 0) {
      retriesLeft -= 1;
      setTimeout(attempt, delay);
      return;
    }
    render({ host: "none", actions: options.noHostActions?.() ?? NO_HOST_ACTIONS, unsupported: notInHost });
    found();
  };
  attempt();
  return known;
}
