/**
 * Start-up host detection: WPS at once (Office.onReady never awaited there), Excel once Office is ready, WPS's
 * Application arriving late, and no host at all.
 */
import { createWpsStandin } from "../standin/wps";
import { startUp, type Startup } from "./startup";
import { notInHost } from "./strings";
import type { Actions } from "./types";

jest.setTimeout(60_000);

/** An Office global whose onReady callbacks run only when `ready()` is called (as in WPS: never). */
function pendingOffice() {
  const callbacks: (() => void)[] = [];
  return {
    Office: { onReady: (callback: () => void) => void callbacks.push(callback) },
    waiting: () => callbacks.length,
    ready: () => callbacks.splice(0).forEach((callback) => callback()),
  };
}

function fakeActions(): Actions {
  const fail = async (): Promise<never> => {
    throw new Error("not used");
  };
  return { insert: fail, check: fail, clear: fail, select: fail, newYear: fail };
}

afterEach(() => jest.useRealTimers());

test("in WPS the pane starts at once on the WPS host, without waiting for Office.onReady", async () => {
  const wps = createWpsStandin();
  const office = pendingOffice();
  const rendered: Startup[] = [];
  await startUp((startup) => rendered.push(startup), {
    globals: { Application: wps.Application, Office: office.Office },
  });

  expect(rendered.map((r) => r.host)).toEqual(["wps"]);
  expect(rendered[0].unsupported).toBeNull();
  expect(office.waiting()).toBe(0);
  // Edits in WPS mark results stale through its ApiEvent, as Excel's change events do.
  const stale: number[] = [];
  await rendered[0].actions.watchChanges?.(() => stale.push(1));
  wps.view.typeInto("Sheet1", 0, 0, "1");
  expect(stale).toEqual([1]);
  // The actions work on WPS's workbook: 插入表格 writes into the stand-in's sheet through the WPS object model.
  const callsBefore = wps.calls;
  const inserted = await rendered[0].actions.insert({ year: 2024, unit: "某县人民政府", tables: ["二"] });
  expect(wps.calls).toBeGreaterThan(callsBefore);
  expect(wps.view.sheets().map((s) => s.name)).toContain(inserted.sheet);
  expect(inserted.names.length).toBeGreaterThan(0);
});

test("older WPS builds: the application is found through wps.EtApplication()", async () => {
  const wps = createWpsStandin();
  const rendered: Startup[] = [];
  await startUp((startup) => rendered.push(startup), { globals: { wps: { EtApplication: () => wps.Application } } });
  expect(rendered.map((r) => r.host)).toEqual(["wps"]);
});

test("in Excel the pane waits for Office.onReady, then uses the Excel actions and requirement check", () => {
  const office = pendingOffice();
  const excelActions = fakeActions();
  const rendered: Startup[] = [];
  startUp((startup) => rendered.push(startup), {
    globals: { Office: office.Office },
    excelActions: () => excelActions,
    excelUnsupported: () => "too old",
  });

  expect(rendered).toEqual([]);
  expect(office.waiting()).toBe(1);
  office.ready();
  expect(rendered).toEqual([{ host: "excel", actions: excelActions, unsupported: "too old" }]);
});

test("WPS's Application arriving a moment after the pane's script is still found", async () => {
  jest.useFakeTimers();
  const wps = createWpsStandin();
  const globals: { Application?: object } = {};
  const rendered: Startup[] = [];
  const known = startUp((startup) => rendered.push(startup), { globals, retries: 5, retryDelayMs: 100 });

  jest.advanceTimersByTime(250);
  expect(rendered).toEqual([]);
  globals.Application = wps.Application;
  jest.advanceTimersByTime(100);
  await known;
  expect(rendered.map((r) => r.host)).toEqual(["wps"]);
  jest.advanceTimersByTime(10_000);
  expect(rendered).toHaveLength(1);
});

test("with neither host the pane says where to open it, and its actions refuse with that message", async () => {
  jest.useFakeTimers();
  const rendered: Startup[] = [];
  startUp((startup) => rendered.push(startup), { globals: {}, retries: 3, retryDelayMs: 100 });

  jest.advanceTimersByTime(299);
  expect(rendered).toEqual([]);
  jest.advanceTimersByTime(1);
  expect(rendered).toHaveLength(1);
  expect(rendered[0].host).toBe("none");
  expect(rendered[0].unsupported).toBe(notInHost);
  await expect(rendered[0].actions.check()).rejects.toThrow(notInHost);
});

test("the WPS host is loaded only in WPS; a chunk that fails to load is said, not a blank pane", async () => {
  const wps = createWpsStandin();
  const office = pendingOffice();
  let loads = 0;
  const loadWps = () => {
    loads += 1;
    return Promise.reject(new Error("ChunkLoadError"));
  };
  startUp(() => undefined, { globals: { Office: office.Office }, excelActions: fakeActions, loadWps });
  expect(loads).toBe(0);
  const rendered: Startup[] = [];
  await startUp((startup) => rendered.push(startup), { globals: { Application: wps.Application }, loadWps });
  expect(loads).toBe(1);
  expect(rendered.map((r) => r.host)).toEqual(["none"]);
  expect(rendered[0].unsupported).toContain("ChunkLoadError");
});

test("a WPS 文字 Application (no ActiveWorkbook) is not taken for WPS 表格", () => {
  jest.useFakeTimers();
  const rendered: Startup[] = [];
  startUp((startup) => rendered.push(startup), {
    globals: { Application: { ActiveDocument: {} } },
    retries: 0,
  });
  expect(rendered.map((r) => r.host)).toEqual(["none"]);
});
