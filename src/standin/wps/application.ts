/** Et.Application (with what WPS adds for add-ins: CreateTaskPane, GetTaskPane, PluginStorage). */
import { etObject, WpsStandinError } from "./members";
import { workbookObject } from "./workbook";
import type { WpsWorld } from "./range";

export interface TaskPaneRecord {
  id: number;
  url: string;
  visible: boolean;
  dockPosition: number;
  deleted: boolean;
}

export function applicationObject(world: WpsWorld, panes: TaskPaneRecord[]): object {
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
