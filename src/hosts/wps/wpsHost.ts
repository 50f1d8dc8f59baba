/**
 * WorkbookHost over WPS 表格's JavaScript object model (WPS 加载项). The model is synchronous: a user action is
 * still read once (readWorkbook), compute, write once (one writer per WriteOp, screen updating off meanwhile).
 */
import type { Box, ReadScope, WorkbookHost, WorkbookSession, WorkbookSnapshot, WriteOp } from "../types";
import { boxAddress } from "../../core/grid/address";
import type { EtApplication, EtWorkbook, EtWorksheet } from "./et";
import { read } from "./jsapi";
import { readWorkbook } from "./read";
import { writeOp, type WriteTarget } from "./writers";

export const NO_WORKBOOK = "WPS 中没有打开的工作簿：请先新建或打开一个表格文件。";

class WpsSession implements WorkbookSession {
  constructor(private readonly app: EtApplication) {}

  private workbook(): EtWorkbook {
    const workbook = read(this.app, this.app.ActiveWorkbook);
    if (!workbook) throw new Error(NO_WORKBOOK);
    return workbook;
  }

  async read(scope: ReadScope = { values: true }): Promise<WorkbookSnapshot> {
    return readWorkbook(this.workbook(), scope);
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    if (ops.length === 0) return;
    const workbook = this.workbook();
    const sheets = new Map<string, EtWorksheet>();
    const target: WriteTarget = {
      workbook,
      window: () => {
        const window = read(this.app, this.app.ActiveWindow);
        if (!window) throw new Error(NO_WORKBOOK);
        return window;
      },
      sheet: (name) => {
        let sheet = sheets.get(name);
        if (!sheet) {
          sheet = read(workbook, workbook.Worksheets).Item(name);
          sheets.set(name, sheet);
        }
        return sheet;
      },
      range: (name: string, box: Box) => target.sheet(name).Range(boxAddress(box)),
    };
    const updating = this.app.ScreenUpdating;
    this.app.ScreenUpdating = false;
    try {
      for (const op of ops) writeOp(op, target);
    } finally {
      this.app.ScreenUpdating = updating;
    }
  }
}

export function wpsHost(app: EtApplication): WorkbookHost {
  return {
    capabilities: { flags: true, cellMessages: true, pageSetup: true, charts: true, freezePanes: true },
    run: (action) => action(new WpsSession(app)),
  };
}
