/**
 * Whether the page runs inside WPS (a WPS 加载项's task pane): WPS puts its Application object on the page,
 * (older builds: wps.EtApplication()). Office.onReady must not be awaited there: office.js never starts in WPS.
 */
import type { EtApplication } from "./et";

interface WpsGlobals {
  Application?: unknown;
  wps?: { EtApplication?: () => unknown };
}

function isEtApplication(value: unknown): value is EtApplication {
  if (typeof value !== "object" || value === null) return false;
  try {
    const app = value as Record<string, unknown>;
    // WPS 文字 and 演示 have an Application too, without ActiveWorkbook (null here while no workbook is open).
    return "ActiveWorkbook" in app || app.ActiveWorkbook !== undefined;
  } catch {
    return false;
  }
}

/** WPS 表格's Application, or null outside WPS. */
export function wpsApplication(globals: object = globalThis): EtApplication | null {
  const g = globals as WpsGlobals;
  if (isEtApplication(g.Application)) return g.Application;
  if (typeof g.wps?.EtApplication === "function") {
    try {
      const app = g.wps.EtApplication();
      if (isEtApplication(app)) return app;
    } catch {
      // Some builds throw here; nothing else to try.
    }
  }
  return null;
}
