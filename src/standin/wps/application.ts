/** Et.Application (with what WPS adds for add-ins: CreateTaskPane, GetTaskPane, PluginStorage). */
import type { ViewHost } from "../standinView";
import { etObject, WpsStandinError } from "./members";
import { workbookObject } from "./workbook";
import { addressBox, rangeObject, type WpsWorld } from "./range";
import { windowObject } from "./window";

export interface TaskPaneRecord {
  id: number;
  url: string;
  visible: boolean;
  dockPosition: number;
  deleted: boolean;
}

/** What the view reports when the user types into a cell (the stand-in's cellEdits). */
export type UserEdits = ViewHost["cellEdits"];
type CellEdit = UserEdits extends Set<infer F> ? F : never;

/** ApiEvent: "SheetChange" fires on the user's edits with (Worksheet, Range), as in WPS; other events throw. */
function apiEventObject(world: WpsWorld, cellEdits: UserEdits): object {
  const handlers = new Map<unknown, CellEdit>();
  const sheetChange = (name: unknown) => {
    if (name !== "SheetChange") throw new WpsStandinError(`WPS 替身不模拟事件 ${String(name)}`);
  };
  return etObject(world, "EtApiEvent", {
    AddApiEventListener: (name, callback) => {
      sheetChange(name);
      if (typeof callback !== "function") throw new WpsStandinError("AddApiEventListener 需要回调函数");
      if (handlers.has(callback)) return;
      const handler: CellEdit = ({ worksheetId, address }) => {
        const sheet = world.model.sheets.find((s) => s.id === worksheetId);
        if (sheet) callback(world.worksheet(sheet), rangeObject(world, sheet, addressBox(address)));
      };
      handlers.set(callback, handler);
      cellEdits.add(handler);
    },
    RemoveApiEventListener: (name, callback) => {
      sheetChange(name);
      for (const [key, handler] of [...handlers]) {
        if (callback === undefined || key === callback) {
          cellEdits.delete(handler);
          handlers.delete(key);
        }
      }
    },
  });
}

export function applicationObject(world: WpsWorld, panes: TaskPaneRecord[], cellEdits: UserEdits): object {
  const apiEvent = apiEventObject(world, cellEdits);
  let screenUpdating = true;
  const storage = new Map<string, unknown>();
  const pane = (record: TaskPaneRecord) =>
    etObject(world, "CustomTaskpane", {
      ID: { get: () => record.id },
      Visible: { get: () => record.visible, set: (v) => (record.visible = v === true) },
      DockPosition: { get: () => record.dockPosition, set: (v) => (record.dockPosition = Number(v)) },
      Navigate: (url) => (record.url = String(url)),
      Delete: () => (record.deleted = true),
    });
  return etObject(world, "Application", {
    ActiveWorkbook: { variant: true, get: () => workbookObject(world) },
    ActiveSheet: { variant: true, get: () => world.worksheet(world.model.active) },
    ActiveWindow: { variant: true, get: () => windowObject(world) },
    ScreenUpdating: { get: () => screenUpdating, set: (v) => (screenUpdating = v === true) },
    CreateTaskPane: (url) => {
      if (typeof url !== "string" || url === "") throw new WpsStandinError("CreateTaskPane 需要网页地址");
      const record = { id: panes.length + 1, url, visible: false, dockPosition: 2, deleted: false };
      panes.push(record);
      return pane(record);
    },
    GetTaskPane: (id) => {
      const record = panes.find((p) => p.id === id && !p.deleted);
      if (!record) throw new WpsStandinError(`没有任务窗格 ${String(id)}`);
      return pane(record);
    },
    ApiEvent: { get: () => apiEvent },
    PluginStorage: {
      get: () =>
        etObject(world, "PluginStorage", {
          getItem: (k) => storage.get(String(k)) ?? null,
          setItem: (k, v) => void storage.set(String(k), v),
          removeItem: (k) => void storage.delete(String(k)),
        }),
    },
  });
}
