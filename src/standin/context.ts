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
  /** worksheets.onChanged handlers: called when the user edits a cell (not on the add-in's own writes). */
  readonly userEdits: Set<(event: { worksheetId: string; address: string; source: "Local" }) => void>;
}

export function versionAtLeast(have: string, need: string): boolean {
  const [a1, a2 = 0] = have.split(".").map(Number);
  const [b1, b2 = 0] = need.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

type Command = { run: () => void; write: boolean };

export class StandinContext {
  private queue: Command[] = [];
  /** Set by Excel.run (see run.ts). */
  workbook!: unknown;

  constructor(readonly host: StandinHost) {}

  get model(): WorkbookModel {
    return this.host.model;
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
    }
  }
}
