/** The user's edits in WPS reach the task pane (ApiEvent "SheetChange", on the WPS stand-in). */
import { createWpsStandin } from "../../standin/wps";
import { wpsChangeWatcher } from "./changes";
import type { EtApplication } from "./et";

test("an edit calls every listener until it unsubscribes; WPS gets one listener of ours", async () => {
  const wps = createWpsStandin();
  const app = wps.Application as EtApplication;
  const added: unknown[] = [];
  const events = app.ApiEvent as { AddApiEventListener: (...a: unknown[]) => void };
  const add = events.AddApiEventListener;
  const watch = wpsChangeWatcher({
    ...({} as EtApplication),
    ActiveWorkbook: app.ActiveWorkbook,
    ScreenUpdating: true,
    ApiEvent: {
      AddApiEventListener: (name: string, callback: (...args: unknown[]) => void) => {
        added.push(name);
        add(name, callback);
      },
      RemoveApiEventListener: () => undefined,
    },
  })!;
  const first: number[] = [];
  const second: number[] = [];
  const stopFirst = await watch(() => first.push(1));
  await watch(() => second.push(1));
  expect(added).toEqual(["SheetChange"]);

  wps.view.typeInto("Sheet1", 2, 3, "12");
  expect([first.length, second.length]).toEqual([1, 1]);
  stopFirst();
  wps.view.typeInto("Sheet1", 2, 3, "13");
  expect([first.length, second.length]).toEqual([1, 2]);
});

test("the stand-in's SheetChange gives the edited sheet and cell, as WPS does", async () => {
  const wps = createWpsStandin({ build: "methods" });
  // ApiEvent is a property in every build; Name, Row and Column are methods in this one.
  const app = wps.Application as unknown as { ApiEvent: { AddApiEventListener: (...a: unknown[]) => void } };
  const seen: [string, number, number][] = [];
  app.ApiEvent.AddApiEventListener(
    "SheetChange",
    (sheet: { Name: () => string }, range: { Row: () => number; Column: () => number }) =>
      seen.push([sheet.Name(), range.Row(), range.Column()]),
  );
  wps.view.typeInto("Sheet1", 4, 1, "x");
  expect(seen).toEqual([["Sheet1", 5, 2]]);
  expect(() => app.ApiEvent.AddApiEventListener("DocumentOpen", () => undefined)).toThrow(/不模拟事件/);
});

test("on the real watcher over the stand-in, edits mark results stale", async () => {
  const wps = createWpsStandin();
  const watch = wpsChangeWatcher(wps.Application as EtApplication)!;
  let stale = 0;
  await watch(() => (stale += 1));
  wps.view.typeInto("Sheet1", 0, 0, "1");
  expect(stale).toBe(1);
});

test("a build without ApiEvent gives no watcher (the pane falls back to focus)", () => {
  expect(wpsChangeWatcher({ ActiveWorkbook: null, ActiveWindow: null, ScreenUpdating: true })).toBeNull();
  const throwing = new Proxy({ ActiveWorkbook: null, ScreenUpdating: true } as EtApplication, {
    get: (target, name) => {
      if (name === "ApiEvent") throw new Error("no such member");
      return (target as unknown as Record<string | symbol, unknown>)[name];
    },
    has: () => true,
  });
  expect(wpsChangeWatcher(throwing)).toBeNull();
});
