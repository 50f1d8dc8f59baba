/**
 * The host side of Microsoft's Office.js client, answered from the stand-in's workbook: each request
 * ({Actions, ObjectPaths}, as the client's request executor sends it) is replayed on the stand-in's proxies in
 * one request context and synced once, and answered as Excel answers — {Results:[{ActionId, Value}]} with
 * PascalCase properties, null for null objects, `_Items` for collections with each item's `Id` (or `_Id`), the
 * `_ReferenceId` of objects the client keeps (`_KeepReference`), or {Error:{Code, Message, Location}}.
 * Browser-safe (no Node imports); richApi/officeJs.ts loads the client itself.
 */
import type { StandinContext } from "../context";
import { ErrorCodes, StandinError } from "../errors";
import { StandinNamedItem } from "../excel/names";
import { StandinWorkbook } from "../excel/workbook";
import { StandinWorksheetCollection } from "../excel/worksheets";
import { CollectionProxy, Proxy } from "../proxy";
import { RichApiEvents } from "./events";

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: unknown[];
}

export interface ObjectPathInfo {
  Id: number;
  /** 1 global object, 3 method, 4 property, 5 indexer, 6 reference id. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property, 5 trace (a marker the client waits on; object path 0). */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
  AutoKeepReference?: boolean;
}

export interface ResponseBody {
  Results?: { ActionId: number; Value: unknown }[];
  /** The trace actions the request reached. */
  TraceIds?: number[];
  Error?: { Code: string; Message: string; Location?: string; HttpStatusCode: number };
}

/** Limits of the host the bridge stands for (Excel on the web refuses requests above about 5 MB). */
export interface BridgeLimits {
  /** Largest request body accepted, in UTF-8 bytes; larger ones fail with RequestPayloadSizeLimitExceeded. */
  maxRequestBytes?: number;
}

export interface RequestRecord {
  /** UTF-8 bytes of the request body as the client sent it. */
  bytes: number;
  actions: number;
  /** Only releases references the run kept (the client sends it after Excel.run ends): no context.sync(). */
  cleanup: boolean;
}

export const PAYLOAD_LIMIT_CODE = "RequestPayloadSizeLimitExceeded";

/** The request flag Excel.run sets for { delayForCellEdit: true }. */
const DELAY_FOR_CELL_EDIT = 64;

/** The actions WorksheetCollection.onChanged sends when its first handler is added (true) or its last removed. */
const CHANGED_EVENT_ACTIONS = new Map([
  ["_RegisterDataChangedEvent", true],
  ["_UnregisterDataChangedEvent", false],
]);

type Finisher = () => { ActionId: number; Value: unknown } | null;

const pascal = (name: string) => (name.startsWith("_") ? name : name.charAt(0).toUpperCase() + name.slice(1));

/** Office.js's own rule (CommonUtility._toCamelLowerCase): the leading capitals lowered. */
function camel(name: string): string {
  let i = 0;
  while (i < name.length && name.charCodeAt(i) >= 65 && name.charCodeAt(i) <= 90) i += 1;
  return i < name.length ? name.slice(0, i).toLowerCase() + name.slice(i) : name.toLowerCase();
}

function bridgeGap(what: string): StandinError {
  return new StandinError(ErrorCodes.apiNotFound, `替身未实现 ${what}`);
}

function hasSetter(object: object, name: string): boolean {
  for (let o: object | null = object; o; o = Object.getPrototypeOf(o) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (descriptor) return Boolean(descriptor.set) || ("value" in descriptor && descriptor.writable === true);
  }
  return false;
}

function scalarNamesOf(proxy: Proxy<unknown>): readonly string[] {
  return (proxy as unknown as { scalarNames: readonly string[] }).scalarNames;
}

export class RichApiBridge {
  readonly requests: RequestRecord[] = [];
  private readonly references = new Map<string, unknown>();
  private nextReference = 1;
  private readonly context: StandinContext;
  /** The host's event messaging (the client's registrations, the user's edits delivered). */
  readonly events: RichApiEvents;

  constructor(
    standin: { newContext(): StandinContext },
    readonly limits: BridgeLimits = {},
  ) {
    this.context = standin.newContext();
    this.events = new RichApiEvents(this.context.host);
  }

  /** Bytes of the largest request so far (0 before any). */
  get largestRequest(): number {
    return this.requests.reduce((max, r) => Math.max(max, r.bytes), 0);
  }

  /** One request; `flags` as the client sends them (64: delayForCellEdit). */
  async execute(body: RequestBody, flags = 0): Promise<ResponseBody> {
    const bytes = new TextEncoder().encode(JSON.stringify(body)).length;
    const cleanup = body.Actions.every(
      (a) => (a.ActionType === 3 && a.Name === "_RemoveReference") || a.ActionType === 1,
    );
    this.requests.push({ bytes, actions: body.Actions.length, cleanup });
    const limit = this.limits.maxRequestBytes;
    if (limit !== undefined && bytes > limit) {
      return {
        Error: {
          Code: PAYLOAD_LIMIT_CODE,
          Message: `The request payload size has exceeded the limit (${bytes} > ${limit} bytes).`,
          HttpStatusCode: 413,
        },
      };
    }
    const replay = new Replay(
      this.context,
      body,
      this.references,
      () => `bridge-ref-${this.nextReference++}`,
      this.events,
    );
    try {
      this.context.delayForCellEdit = (flags & DELAY_FOR_CELL_EDIT) !== 0;
      const finishers = replay.queue();
      // The stand-in counts context.sync() calls; the client's clean-up after a run is not one.
      if (cleanup) await this.context.flush();
      else await this.context.sync();
      const results = finishers.map((finish) => finish()).filter((r) => r !== null);
      const traced = replay.traced.length > 0 ? { TraceIds: replay.traced } : {};
      return JSON.parse(JSON.stringify({ Results: results, ...traced })) as ResponseBody;
    } catch (error) {
      return { Error: errorOf(error) };
    }
  }
}

function errorOf(error: unknown): NonNullable<ResponseBody["Error"]> {
  if (error instanceof StandinError) {
    return {
      Code: error.code,
      Message: error.message,
      Location: error.debugInfo.errorLocation,
      HttpStatusCode: error.code === ErrorCodes.itemNotFound ? 404 : 400,
    };
  }
  return { Code: ErrorCodes.generalException, Message: String(error), HttpStatusCode: 500 };
}

/** One request replayed: its object paths made into stand-in objects, its actions queued in order. */
class Replay {
  private readonly objects = new Map<number, unknown>();
  private readonly kept = new Map<number, string>();
  private readonly workbook: StandinWorkbook;
  /** Ids of the trace actions reached, in order. */
  readonly traced: number[] = [];

  constructor(
    private readonly context: StandinContext,
    private readonly body: RequestBody,
    private readonly references: Map<string, unknown>,
    private readonly newReference: () => string,
    private readonly events: RichApiEvents,
  ) {
    this.workbook = new StandinWorkbook(context);
  }

  /** Queues every action; an action that fails while being queued fails at its place in the queue. */
  queue(): Finisher[] {
    const finishers: Finisher[] = [];
    for (const action of this.body.Actions) {
      try {
        finishers.push(this.queueAction(action));
      } catch (error) {
        this.context.enqueue(() => {
          throw error;
        });
        break;
      }
    }
    return finishers;
  }

  private queueAction(action: ActionInfo): Finisher {
    if (action.ActionType === 5) return this.queueTrace(action);
    const pathId = action.ObjectPathId;
    const target = this.object(pathId);
    switch (action.ActionType) {
      case 1: {
        const answer: { value: unknown } = { value: {} };
        this.context.enqueue(() => {
          if (target instanceof Proxy && target.resolve() === null) answer.value = null;
        });
        return () => {
          const value = answer.value;
          const reference = this.kept.get(pathId);
          return { ActionId: action.Id, Value: value && reference ? { _ReferenceId: reference } : value };
        };
      }
      case 2: {
        if (!(target instanceof Proxy)) throw bridgeGap(`load (${this.describe(pathId)})`);
        const paths = [...(action.QueryInfo?.Select ?? []), ...(action.QueryInfo?.Expand ?? [])];
        target.load(paths);
        return () => ({ ActionId: action.Id, Value: serialize(target, paths) });
      }
      case 3: {
        const args = this.arguments(action.ArgumentInfo);
        if (action.Name === "_KeepReference") {
          const reference = this.newReference();
          this.references.set(reference, target);
          this.kept.set(pathId, reference);
          return () => null;
        }
        if (action.Name === "_RemoveReference") {
          this.references.delete(String(args[0]));
          return () => null;
        }
        const register = CHANGED_EVENT_ACTIONS.get(action.Name);
        if (register !== undefined && target instanceof StandinWorksheetCollection) {
          this.context.requireApi("1.9", `WorksheetCollection.${action.Name}`);
          this.context.enqueue(() => (register ? this.events.registerChanged() : this.events.unregisterChanged()));
          return () => ({ ActionId: action.Id, Value: null });
        }
        const method = Reflect.get(target as object, camel(action.Name)) as unknown;
        if (typeof method !== "function") throw bridgeGap(`${this.describe(pathId)}.${camel(action.Name)}()`);
        const returned = Reflect.apply(method, target, args) as unknown;
        const value = typeof returned === "object" ? null : (returned ?? null);
        return () => ({ ActionId: action.Id, Value: value });
      }
      case 4: {
        const name = camel(action.Name);
        const value = action.ArgumentInfo?.Arguments?.[0];
        const object = target as object;
        if (hasSetter(object, name)) Reflect.set(object, name, value);
        else if (typeof Reflect.get(object, "set") === "function")
          (Reflect.get(object, "set") as (props: object) => void).call(object, { [name]: value });
        else throw bridgeGap(`${this.describe(pathId)}.${name} =`);
        return () => null;
      }
      default:
        throw bridgeGap(`ActionType ${action.ActionType}`);
    }
  }

  /** A trace marker: answered once the request gets there (the client then runs what it attached to it). */
  private queueTrace(action: ActionInfo): Finisher {
    if (action.Name !== "Trace") throw bridgeGap(`trace action ${action.Name}`);
    let reached = false;
    this.context.enqueue(() => {
      reached = true;
      this.traced.push(action.Id);
    });
    return () => (reached ? { ActionId: action.Id, Value: null } : null);
  }

  /** The stand-in object an object path stands for, made once per request. */
  private object(id: number): unknown {
    if (this.objects.has(id)) return this.objects.get(id);
    const info = this.body.ObjectPaths[String(id)];
    if (!info) throw bridgeGap(`object path ${id}`);
    const made = this.make(info);
    this.objects.set(id, made);
    return made;
  }

  private make(info: ObjectPathInfo): unknown {
    if (info.ObjectPathType === 1) return this.workbook;
    if (info.ObjectPathType === 6) {
      if (!this.references.has(info.Name)) {
        throw new StandinError("InvalidObjectPath" as never, `引用 ${info.Name} 已失效`);
      }
      return this.references.get(info.Name);
    }
    const parent = this.object(info.ParentObjectPathId ?? -1) as object;
    const args = this.arguments(info.ArgumentInfo);
    switch (info.ObjectPathType) {
      case 4: {
        const value = Reflect.get(parent, camel(info.Name)) as unknown;
        if (value === undefined || value === null) throw bridgeGap(`${this.describe(info.Id)}`);
        return value;
      }
      case 5: {
        const getItem = Reflect.get(parent, "getItem") as unknown;
        if (typeof getItem !== "function") throw bridgeGap(`${this.describe(info.Id)}`);
        return Reflect.apply(getItem, parent, args);
      }
      case 3: {
        if (info.Name === "GetItemAt" && parent instanceof CollectionProxy) return itemAt(parent, Number(args[0]));
        const method = Reflect.get(parent, camel(info.Name)) as unknown;
        if (typeof method !== "function") throw bridgeGap(`${this.describe(info.Id)}`);
        return Reflect.apply(method, parent, args);
      }
      default:
        throw bridgeGap(`ObjectPathType ${info.ObjectPathType}`);
    }
  }

  /** Arguments with the client objects among them (ReferencedObjectPathIds) made into stand-in objects. */
  private arguments(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((arg, i) => {
      const ref = refs[i];
      if (typeof ref === "number" && ref !== 0) return this.object(ref);
      return arg === null ? undefined : arg;
    });
  }

  private describe(id: number): string {
    const names: string[] = [];
    for (let info = this.body.ObjectPaths[String(id)]; info;) {
      names.unshift(info.Name || `[${String(info.ArgumentInfo?.Arguments?.[0] ?? "")}]`);
      info = this.body.ObjectPaths[String(info.ParentObjectPathId ?? -1)];
    }
    return names.join(".");
  }
}

/** The index-th item of a collection (GetItemAt, for items without an id). */
function itemAt(collection: CollectionProxy<unknown, Proxy<unknown>>, index: number): Proxy<unknown> {
  const list = (collection as unknown as { list(t: unknown): Proxy<unknown>[] }).list.bind(collection);
  const items = () => {
    const target = collection.resolve();
    if (target === null) throw new StandinError(ErrorCodes.invalidOperation, "集合是空对象");
    return list(target);
  };
  const sample = items()[0];
  if (!sample) throw new StandinError(ErrorCodes.itemNotFound, `第 ${index} 项不存在`);
  // Found when its action runs, by its position then (an item deleted before it shifts the rest).
  const make = sample.constructor as new (context: StandinContext, resolver: () => unknown) => Proxy<unknown>;
  return new make(collection.context, () => {
    const item = items()[index];
    if (!item) throw new StandinError(ErrorCodes.itemNotFound, `第 ${index} 项不存在`);
    return item.resolve();
  });
}

/** A loaded object as Excel answers a query: PascalCase properties, nested navigation properties, `_Items`. */
function serialize(proxy: Proxy<unknown>, paths: readonly string[]): unknown {
  if (proxy.resolve() === null) return null;
  if (proxy instanceof CollectionProxy) {
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    return { _Items: (proxy.items as Proxy<unknown>[]).map((item) => serializeObject(item, itemPaths)) };
  }
  return serializeObject(proxy, paths);
}

function serializeObject(proxy: Proxy<unknown>, paths: readonly string[]): Record<string, unknown> | null {
  if (proxy.resolve() === null) return null;
  const out: Record<string, unknown> = {};
  const scalars = scalarNamesOf(proxy);
  // A named item's key (its name) comes with it; other items' ids only when loaded, else the client can reach
  // an item only by its position (GetItemAt), which the next request resolves afresh.
  if (proxy instanceof StandinNamedItem) {
    proxy.loadNow(["name"]);
    out._Id = Reflect.get(proxy, "name");
  }
  const wanted = paths.length === 0 ? scalars : paths;
  const nested = new Map<string, string[]>();
  for (const path of wanted) {
    const [head, ...rest] = path.split("/");
    if (rest.length === 0 && scalars.includes(head)) {
      out[pascal(head)] = Reflect.get(proxy, head);
      continue;
    }
    const list = nested.get(head) ?? [];
    if (rest.length > 0) list.push(rest.join("/"));
    nested.set(head, list);
  }
  for (const [head, rest] of nested) {
    const child = Reflect.get(proxy, head) as unknown;
    out[pascal(head)] = child instanceof Proxy ? serialize(child, rest) : null;
  }
  return out;
}
