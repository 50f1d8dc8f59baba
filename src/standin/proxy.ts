/**
 * The proxy objects of the stand-in, as Office.js has them: targets found when the queue runs (at
 * context.sync()); loaded property values readable only after a load and a sync; null objects.
 */
import type { StandinContext } from "./context";
import { ErrorCodes, StandinError, notLoaded } from "./errors";

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

/** Property paths of a load() argument; [] means every scalar property. */
export function loadPaths(option: LoadOption): string[] {
  const split = (v: string | string[] | undefined): string[] =>
    (Array.isArray(v) ? v : (v ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "");
  if (option === undefined || typeof option === "string" || Array.isArray(option)) return split(option);
  return [...split(option.select), ...split(option.expand)];
}

export type ProxyClass<T, P> = new (context: StandinContext, resolver: () => T | null) => P;

/** A proxy: resolves its target at sync time, once; holds what was loaded. */
export abstract class Proxy<T> {
  private readonly loadedValues = new Map<string, unknown>();
  private readonly partProxies = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private resolution: { target: T | null } | undefined;
  protected abstract readonly typeName: string;
  /** Scalar properties loaded by load() without arguments. */
  protected abstract readonly scalarNames: readonly string[];
  /** Navigation properties (format, fill …) that load paths go through: getters of the subclass. */
  protected readonly partNames: readonly string[] = [];

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

  /** Queues resolution, so isNullObject (or ItemNotFound) is known after the next sync. */
  settle(): this {
    this.context.enqueue(() => {
      this.resolve();
    });
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

  /** A resolver for an object found from this one's target; null while this is a null object. */
  protected derive<U>(find: (target: T) => U | null): () => U | null {
    return () => {
      const t = this.resolve();
      return t === null ? null : find(t);
    };
  }

  /** A navigation property (format, fill …), made once: over this object's target unless a resolver is given. */
  protected part<P>(name: string, make: ProxyClass<T, P>): P;
  protected part<U, P>(name: string, make: ProxyClass<U, P>, resolver: () => U | null): P;
  protected part<U, P>(name: string, make: ProxyClass<U, P>, resolver?: () => U | null): P {
    if (!this.partProxies.has(name)) {
      this.partProxies.set(name, new make(this.context, resolver ?? (() => this.resolve() as U | null)));
    }
    return this.partProxies.get(name) as P;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject", this.typeName);
    return this.nullState;
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

  /** A navigation property by name, for load paths. */
  private child(name: string): Proxy<unknown> | undefined {
    return this.partNames.includes(name) ? (Reflect.get(this, name) as Proxy<unknown>) : undefined;
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

/** An object with navigation properties only (no scalar properties of its own). */
export abstract class NavigationProxy<T> extends Proxy<T> {
  protected readonly scalarNames: readonly string[] = [];

  protected readProperty(): unknown {
    return undefined;
  }
}

/** A collection proxy: `items` after load; load paths apply to the items ("items/name" or "name"). */
export abstract class CollectionProxy<T, P extends Proxy<unknown>> extends NavigationProxy<T> {
  private loadedItems: P[] | undefined;

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
}

/** A proxy over a target already known (an item of a loaded collection). */
export function boundProxy<T, P extends Proxy<T>>(make: ProxyClass<T, P>, context: StandinContext, target: T): P {
  return new make(context, () => target).bind(target);
}

/** The proxy of an object a queued command adds: bound to it when the command runs (at sync). */
export function addedProxy<T, P extends Proxy<T>>(
  make: ProxyClass<T, P>,
  context: StandinContext,
  what: string,
  add: () => T,
): P {
  const proxy = new make(context, () => {
    throw new StandinError(ErrorCodes.generalException, `${what}尚未添加`);
  });
  context.enqueue(() => {
    proxy.bind(add());
  }, true);
  return proxy;
}

/** What getItem looks up, or ItemNotFound (at sync, when the resolver runs). */
export function found<T>(item: T | undefined, message: string, location?: string): T {
  if (item === undefined) throw new StandinError(ErrorCodes.itemNotFound, message, location);
  return item;
}
