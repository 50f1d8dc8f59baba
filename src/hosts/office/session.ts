/**
 * One Excel.run of the Office.js host. read() queues every load with the read batcher and syncs once; write()
 * queues every op with its writer and syncs once. Any further round trip is a named step below, recorded in
 * `syncs` (why each sync was made), so a test can see every one of them.
 */
import { parseAddress } from "../../core/grid/address";
import type { ReadScope, WorkbookSession, WorkbookSnapshot, WriteOp } from "../types";
import type { ApiSupport } from "./api";
import type { FlagState } from "./flagState";
import type { KnownSheets } from "./knownSheets";
import { DEGRADED_READ, FULL_READ, ReadBatch, type ReadParts } from "./readBatch";
import { cellKey, flagWriteNeeds, queueFlags, queueWrite, type WriteTarget } from "./writers";

export type SyncReason =
  | "read"
  | "read sheets not seen before"
  | "read again without the sheets known from before"
  | "read again without merged areas and the active sheet"
  | "read flags before writing"
  | "locate comments before adding ours"
  | "write, a portion of a large one"
  | "find the sheets a failed write added"
  | "delete the sheets a failed write added"
  | "write";

/**
 * Largest request a write sends, in bytes (approximate, from each portion's estimate). Excel on the web refuses
 * requests above about 5 MB (RequestPayloadSizeLimitExceeded); this keeps every request well under 1 MB.
 */
export const REQUEST_BOUND = 700_000;

export class OfficeSession implements WorkbookSession {
  /** Every sync of this run, with its reason, in order. */
  readonly syncs: SyncReason[] = [];
  private flags: FlagState | null = null;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly api: ApiSupport,
    private readonly known: KnownSheets,
  ) {}

  private async sync(reason: SyncReason): Promise<void> {
    this.syncs.push(reason);
    await this.context.sync();
  }

  async read(scope: ReadScope = { values: true }): Promise<WorkbookSnapshot> {
    const guessed = this.known.ids;
    try {
      return await this.readGuessing(scope, guessed, "read");
    } catch {
      // A sheet known from before may have been deleted since: read once more, guessing nothing.
      if (guessed.length > 0) {
        this.known.forget();
        try {
          return await this.readGuessing(scope, [], "read again without the sheets known from before");
        } catch {
          // Excel refused something else: degrade below.
        }
      }
      // Excel refuses merged areas above 512 in a range and the active sheet while a chart sheet is active:
      // read without them (tables are still found from their labels) rather than fail every action.
      return this.readGuessing(scope, [], "read again without merged areas and the active sheet", DEGRADED_READ);
    }
  }

  private async readGuessing(
    scope: ReadScope,
    guessed: readonly string[],
    reason: SyncReason,
    parts: ReadParts = FULL_READ,
  ): Promise<WorkbookSnapshot> {
    const guess = batchGuess(scope, this.api, guessed);
    const batch = new ReadBatch(this.context.workbook, scope, this.api, guess, parts);
    await this.sync(reason);
    if (batch.queueMissing() > 0) await this.sync("read sheets not seen before");
    this.known.learn(batch.sheetIds);
    const { snapshot, flagState } = batch.result();
    if (flagState) this.flags = flagState;
    return snapshot;
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    const needs = flagWriteNeeds(ops, this.api);
    if (needs.flagState && (this.flags === null || (needs.comments && !this.flags.commentsLoaded))) {
      await this.readFlags();
    }
    const commented = needs.messages ? await this.commentedCells(needs.clearing) : new Set<string>();

    const workbook = this.context.workbook;
    const proxies = new Map<string, Excel.Worksheet>();
    const added: Excel.Worksheet[] = [];
    const addedNames: string[] = [];
    const target: WriteTarget = {
      workbook,
      api: this.api,
      sheet: (name) => {
        let proxy = proxies.get(name);
        if (!proxy) {
          proxy = workbook.worksheets.getItem(name);
          proxies.set(name, proxy);
        }
        return proxy;
      },
      adopt: (name, proxy) => {
        proxies.set(name, proxy);
        added.push(proxy.load("id"));
        addedNames.push(name);
      },
      flags: this.flags,
      commented,
      pendingFlags: [],
      portion: (bytes, queue) => portions.push({ bytes, queue }),
    };
    const portions: { bytes: number; queue: () => void }[] = [];
    for (const op of ops) queueWrite(op, target);
    queueFlags(target);
    this.flags = target.flags;
    const before = this.known.ids;
    try {
      let size = 0;
      for (const portion of portions) {
        if (size > 0 && size + portion.bytes > REQUEST_BOUND) {
          await this.sync("write, a portion of a large one");
          size = 0;
        }
        portion.queue();
        size += portion.bytes;
      }
      await this.sync("write");
    } catch (error) {
      // Excel keeps what a failed batch did before the failing command: our flags may be half written (they
      // are read afresh next time), and a sheet this write added would stand empty: it is deleted.
      this.flags = null;
      if (addedNames.length > 0) await this.removeAddedSheets(addedNames, before);
      throw error;
    }
    this.known.add(added.map((proxy) => proxy.id));
  }

  /** Deletes the sheets a failed write added (by name, and only if no read had seen them before). */
  private async removeAddedSheets(names: readonly string[], seenBefore: readonly string[]): Promise<void> {
    if (seenBefore.length === 0) return;
    try {
      const sheets = this.context.workbook.worksheets.load("items/id,items/name");
      await this.sync("find the sheets a failed write added");
      const lower = names.map((n) => n.toLowerCase());
      const left = sheets.items.filter((s) => lower.includes(s.name.toLowerCase()) && !seenBefore.includes(s.id));
      if (left.length === 0) return;
      for (const sheet of left) sheet.delete();
      await this.sync("delete the sheets a failed write added");
    } catch {
      // The original failure is what the user must hear about.
    }
  }

  /** Our flags and every comment, read before a write that clears flags or adds comments: one sync. */
  private async readFlags(): Promise<void> {
    const batch = new ReadBatch(this.context.workbook, { values: false, flags: true }, this.api, this.known.ids);
    await this.sync("read flags before writing");
    if (batch.queueMissing() > 0) await this.sync("read sheets not seen before");
    this.known.learn(batch.sheetIds);
    this.flags = batch.result().flagState;
  }

  /**
   * Cells that already hold a comment a new one must not go on: the user's comments, and ours unless this
   * write clears them. Comment locations need a method call per comment, so this costs one more sync — only
   * when such comments exist.
   */
  private async commentedCells(clearing: boolean): Promise<Set<string>> {
    const state = this.flags;
    const keep = state ? [...state.userComments, ...(clearing ? [] : state.ourComments)] : [];
    const occupied = new Set<string>();
    if (keep.length === 0) return occupied;
    const locations = keep.map((comment) => comment.getLocation().load("address"));
    await this.sync("locate comments before adding ours");
    for (const location of locations) {
      const ref = parseAddress(location.address);
      if (ref?.sheet) occupied.add(cellKey(ref.sheet, ref.top, ref.left));
    }
    return occupied;
  }
}

/** Sheets are guessed only when something is loaded per sheet. */
function batchGuess(scope: ReadScope, api: ApiSupport, guessed: readonly string[]): readonly string[] {
  return scope.values || (scope.flags && api.flags) ? guessed : [];
}
