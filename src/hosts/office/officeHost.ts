/**
 * WorkbookHost over Office.js (Excel, or the preview's stand-in). One user action = one Excel.run with one
 * OfficeSession (session.ts): the read batcher (readBatch.ts) queues every load, the writers (writers/, one per
 * WriteOp kind) queue every write, and the session makes and names every sync. The host itself keeps only the
 * ids of the sheets it has seen (knownSheets.ts), learnt by warmUp() and by every read and write.
 */
import type { WorkbookHost, WorkbookSession } from "../types";
import { ApiSupport, RUN_OPTIONS, type ExcelRunner, type OfficeHostOptions } from "./api";
import { KnownSheets } from "./knownSheets";
import { PAGE_LAYOUT_API } from "./pageSetup";
import { FREEZE_PANES_API } from "./writers/panes";
import { OfficeSession } from "./session";

export class OfficeHost implements WorkbookHost {
  readonly known = new KnownSheets();
  readonly api: ApiSupport;

  constructor(private readonly options: OfficeHostOptions = {}) {
    this.api = new ApiSupport(options);
  }

  get capabilities() {
    return {
      flags: this.api.flags,
      cellMessages: this.api.messages,
      pageSetup: this.api.has(PAGE_LAYOUT_API),
      charts: true,
      freezePanes: this.api.has(FREEZE_PANES_API),
    };
  }

  private get excel(): ExcelRunner {
    return this.options.excel ?? (globalThis as unknown as { Excel: ExcelRunner }).Excel;
  }

  run<T>(action: (session: WorkbookSession) => Promise<T>): Promise<T> {
    return this.runSession((session) => action(session));
  }

  /** Runs an action with the Office.js session itself (its syncs can be inspected). */
  runSession<T>(action: (session: OfficeSession) => Promise<T>): Promise<T> {
    return this.excel.run(RUN_OPTIONS, (context) => action(new OfficeSession(context, this.api, this.known)));
  }

  /**
   * Learns which sheets the workbook holds (one sync), so that the user's first action reads them all in one
   * round trip. The task pane calls it when it starts.
   */
  async warmUp(): Promise<void> {
    await this.excel.run(RUN_OPTIONS, async (context) => {
      const sheets = context.workbook.worksheets.load("items/id");
      await context.sync();
      this.known.learn(sheets.items.map((s) => s.id));
    });
  }
}

export function officeHost(options: OfficeHostOptions = {}): OfficeHost {
  return new OfficeHost(options);
}

/** Warms up a host that can be warmed up (WorkbookHost.warmUp); leaves any other host alone. */
export async function warmUp(host: WorkbookHost): Promise<void> {
  await host.warmUp?.();
}
