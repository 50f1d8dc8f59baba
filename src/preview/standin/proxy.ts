/**
 * The proxy-object machinery of the stand-in, as Office.js has it: a request context with a queue of
 * commands; proxies whose targets are found when the queue runs (at context.sync()); loaded property
 * values readable only after a load and a sync.
 */
import { ErrorCodes, StandinError, notLoaded } from "./errors";
import type { WorkbookModel } from "./model";

export interface StandinHost {
  readonly model: WorkbookModel;
  /** Highest ExcelApi requirement set answered as supported ("1.13"). */
  readonly apiVersion: string;
  syncCount: number;
  /** Called after a sync that changed the workbook. */
  changed(): void;
}

export function versionAtLeast(have: string, need: string): boolean {
  const [a1, a2 = 0] = have.split(".").map(Number);
  const [b1, b2 = 0] = need.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

type Command = { run: () => void; write: boolean };

export class StandinContext {
  private queue: Command[] = [];
  /** Set by the workbook proxy's constructor (see excel.ts). */
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

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

/** Property paths of a load() argument; [] means every scalar property. */
export function loadPaths(option: LoadOption): string[] {
  const split = (v: string | string[] | undefined): string[] =>
    (Array.isArray(v) ? v : (v ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "");
  if (option === undefined || typeof option === "string" || Array.isArray(option)) return split(option);
  return [...split(option.select), ...split(option.expand)];
}

/** A proxy: resolves its target at sync time, once; holds what was loaded. */
export abstract class Proxy<T> {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private resolution: { target: T | null } | undefined;
  protected abstract readonly typeName: string;
  /** Scalar properties loaded by load() without arguments. */
  protected abstract readonly scalarNames: readonly string[];

  constructor(
    readonly context: StandinContext,
    private readonly resolver: () => T | null,
  ) {}

  /** The target, found on first use inside a sync; null for a null object. */
  resolve(): T | null {
    if (!this.resolution) {
      this.resolution = { target: this.resolver() };
      this.nullState = this.resolution.target === null;
    }
    return this.resolution.target;
  }

  /** Sets the target directly (items of a loaded collection, objects just added). */
  bind(target: T): this {
    this.resolution = { target };
    this.nullState = false;
    return this;
  }

  /** The target for a command; a null object cannot take commands. */
  protected target(): T {
    const t = this.resolve();
    if (t === null) {
      throw new StandinError(
        ErrorCodes.invalidOperation,
        `${this.typeName} 是空对象（isNullObject），不能对其执行操作`,
      );
    }
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject", this.typeName);
    return this.nullState;
  }

  /** Queues resolution, so isNullObject (or ItemNotFound) is known after the next sync. */
  protected settleAtSync(): void {
    this.context.enqueue(() => {
      this.resolve();
    });
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.context.enqueue(() => this.loadNow(paths));
    return this;
  }

  /** Runs a load now (inside a sync). */
  loadNow(paths: readonly string[]): void {
    const target = this.resolve();
    if (target === null) return;
    const wanted = paths.length === 0 ? this.scalarNames : paths;
    const nested = new Map<string, string[]>();
    for (const path of wanted) {
      const [head, ...rest] = path.split("/");
      if (rest.length > 0 || this.child(head)) {
        const list = nested.get(head) ?? [];
        if (rest.length > 0) list.push(rest.join("/"));
        nested.set(head, list);
        continue;
      }
      if (!this.scalarNames.includes(head)) {
        throw new StandinError(ErrorCodes.invalidArgument, `${this.typeName} 没有属性 ${head}`);
      }
      this.loadedValues.set(head, this.readProperty(head, target));
    }
    for (const [head, rest] of nested) {
      const child = this.child(head);
      if (!child) throw new StandinError(ErrorCodes.invalidArgument, `${this.typeName} 没有属性 ${head}`);
      child.loadNow(rest);
    }
  }

  /** Navigation properties (format, fill …) by name, for load paths. */
  protected child(_name: string): Proxy<unknown> | undefined {
    return undefined;
  }

  /** The current value of a scalar property of the target (called inside a sync). */
  protected abstract readProperty(name: string, target: T): unknown;

  protected loaded<V>(name: string): V {
    if (this.nullState === true && name !== "isNullObject") throw notLoaded(name, this.typeName);
    if (!this.loadedValues.has(name)) throw notLoaded(name, this.typeName);
    return this.loadedValues.get(name) as V;
  }

  /** Queues a change to the target. */
  protected command(apply: (target: T) => void, write = true): void {
    this.context.enqueue(() => apply(this.target()), write);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

/** A collection proxy: `items` after load; load paths apply to the items ("items/name" or "name"). */
export abstract class CollectionProxy<T, P extends Proxy<unknown>> extends Proxy<T> {
  private loadedItems: P[] | undefined;
  protected readonly scalarNames: readonly string[] = [];

  protected abstract list(target: T): P[];

  override loadNow(paths: readonly string[]): void {
    const target = this.resolve();
    if (target === null) return;
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    const items = this.list(target);
    for (const item of items) item.loadNow(itemPaths);
    this.loadedItems = items;
  }

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded("items", this.typeName);
    return this.loadedItems;
  }

  protected readProperty(): unknown {
    return undefined;
  }
}
