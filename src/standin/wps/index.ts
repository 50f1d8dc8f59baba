/**
 * The WPS stand-in: WPS 表格's synchronous object model (Et.Application, Workbook, Worksheets, Range …) over the
 * same in-memory workbook as the Excel stand-in, so the same StandinView shows what an action did. Strict: a
 * member the stand-in does not know throws; `build` says whether members such as Count, Name, Value2 and
 * UsedRange are properties or zero-argument methods (WPS builds differ). Colours are BGR numbers.
 */
import { newLimitState } from "../context";
import { WorkbookModel, type CommentModel, type SheetModel } from "../model";
import { createView, notifyAll, type ViewHost } from "../standinView";
import type { StandinView } from "../view";
import { applicationObject, type TaskPaneRecord } from "./application";
import type { WpsBuild } from "./members";
import type { WpsWorld } from "./range";
import { commentObject, worksheetObject } from "./workbook";

export type { WpsBuild } from "./members";
export { WpsStandinError, TYPE_NAME } from "./members";
export type { TaskPaneRecord } from "./application";

export interface WpsStandinOptions {
  build?: WpsBuild;
  firstSheet?: string;
}

export interface WpsStandin {
  /** What WPS puts on the page as `Application` (typed loosely: the host reads it as its EtApplication). */
  Application: object;
  view: StandinView;
  /** Calls into the object model so far. */
  readonly calls: number;
  /** Task panes made with CreateTaskPane. */
  panes: TaskPaneRecord[];
}

export function createWpsStandin(options: WpsStandinOptions = {}): WpsStandin {
  const viewHost: ViewHost = {
    model: new WorkbookModel(options.firstSheet ?? "Sheet1"),
    apiVersion: "0",
    syncCount: 0,
    listeners: new Set(),
    cellEdits: new Set(),
    limits: newLimitState(),
    changed: () => notifyAll(viewHost),
  };
  const world: WpsWorld = {
    model: viewHost.model,
    build: options.build ?? "properties",
    calls: 0,
    changed: () => viewHost.changed(),
    worksheet: (sheet: SheetModel) => worksheetObject(world, sheet),
    comment: (comment: CommentModel) => commentObject(world, comment),
  };
  const panes: TaskPaneRecord[] = [];
  return {
    Application: applicationObject(world, panes, viewHost.cellEdits),
    view: createView(viewHost),
    get calls() {
      return world.calls;
    },
    panes,
  };
}
