/**
 * The request context of the stand-in, as Office.js has it: a queue of commands that runs at context.sync(),
 * in order; syncs are counted; APIs above the host's requirement set are refused before they are queued.
 */
import { ErrorCodes, StandinError } from "./errors";
import type { WorkbookModel } from "./model";

export interface StandinHost {
  readonly model: WorkbookModel;
  /** Highest ExcelApi requirement set answered as supported ("1.13"). */
  readonly apiVersion: string;
  syncCount: number;
  /** Called after a sync that changed the workbook. */
  changed(): void;
  /** Excel's refusals switched on (cell-edit mode, comments.add missing, a chart sheet active). */
  readonly limits: LimitState;
  /**
   * worksheets.onChanged handlers: called when the user edits a cell, and after the add-in's own writes of values
   * or formulas, as Excel raises them; only from ExcelApi 1.14 do these say they came from the add-in (triggerSource).
   */
  readonly cellEdits: Set<(event: CellEditEvent) => void>;
}

export interface CellEditEvent {
  worksheetId: string;
  address: string;
  source: "Local";
  /** ExcelApi 1.14: "ThisLocalAddin" for the add-in's own writes, "Unknown" for others; absent before. */
  triggerSource?: "Unknown" | "ThisLocalAddin";
}

export interface LimitState {
  /** While the user is typing in a cell: resolves when they leave cell-edit mode. */
  editing: { ended: Promise<void>; end: () => void } | null;
  /** Whether Workbook.comments.add works (some desktop builds answer NotImplemented). */
  commentsAdd: boolean;
  /** A chart sheet is active: getActiveWorksheet fails. */
  chartSheetActive: boolean;
}

export function newLimitState(): LimitState {
  return { editing: null, commentsAdd: true, chartSheetActive: false };
}

export function versionAtLeast(have: string, need: string): boolean {
  const [a1, a2 = 0] = have.split(".").map(Number);
  const [b1, b2 = 0] = need.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

type Command = { run: () => void; write: boolean };

/** The first requirement set whose change events carry triggerSource. */
const TRIGGER_SOURCE_API = "1.14";

export class StandinContext {
  private queue: Command[] = [];
  /** Ranges whose values or formulas the running sync wrote (raised as change events once it ends). */
  private written: { worksheetId: string; address: string }[] = [];
  /** Set by Excel.run (see run.ts). */
  workbook!: unknown;
  /** Excel.run's delayForCellEdit: a sync waits while the user edits a cell instead of failing. */
  delayForCellEdit = false;

  constructor(readonly host: StandinHost) {}

  get model(): WorkbookModel {
    return this.host.model;
  }

  /** The add-in wrote values or formulas into a range (Excel raises worksheets.onChanged for it). */
  noteValuesWritten(worksheetId: string, address: string): void {
    this.written.push({ worksheetId, address });
  }

  enqueue(run: () => void, write = false): void {
    this.queue.push({ run, write });
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Client-side check Office.js makes before queuing an API of a newer requirement set. */
  requireApi(version: string, api: string): void {
    if (!versionAtLeast(this.host.apiVersion, version)) {
      throw new StandinError(
        ErrorCodes.apiNotFound,
        `${api} 需要 ExcelApi ${version}，此宿主仅支持 ${this.host.apiVersion}`,
      );
    }
  }

  async sync(): Promise<void> {
    this.host.syncCount += 1;
    const editing = this.host.limits.editing;
    if (editing && this.queue.length > 0) {
      if (!this.delayForCellEdit) {
        this.queue = [];
        throw new StandinError(ErrorCodes.invalidOperationInCellEditMode, "Excel 正处于单元格编辑模式");
      }
      await editing.ended;
    }
    await this.flush();
  }

  /** Runs the queue in order; the first failing command rejects the sync, earlier ones stay applied. */
  async flush(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    await Promise.resolve();
    let wrote = false;
    try {
      for (const command of commands) {
        command.run();
        wrote = wrote || command.write;
      }
    } finally {
      if (wrote) this.host.changed();
      this.raiseOwnEdits();
    }
  }

  /** After the sync, as Excel's events reach the add-in: one event per range written. */
  private raiseOwnEdits(): void {
    const written = this.written;
    this.written = [];
    if (written.length === 0 || this.host.cellEdits.size === 0) return;
    const marked = versionAtLeast(this.host.apiVersion, TRIGGER_SOURCE_API);
    setTimeout(() => {
      for (const w of written) {
        const event: CellEditEvent = { ...w, source: "Local", ...(marked ? { triggerSource: "ThisLocalAddin" } : {}) };
        for (const edit of [...this.host.cellEdits]) edit(event);
      }
    }, 0);
  }
}
