/**
 * Built-ins that the task pane or its libraries call and that older Chromium builds embedded in WPS lack
 * (WPS 12.1.0.26200 had no crypto.randomUUID). Each is installed only where missing. What cannot be filled in
 * (BigInt, Chromium 67; regular-expression named groups, look-behind and \p{…}, Chromium 64) is checked by
 * taskpane.html before the pane loads.
 * No `globalThis` here: it is one of the things filled in.
 */

type Holder = Record<string, unknown>;

function define(target: object, name: string, value: unknown): void {
  if ((target as Holder)[name] !== undefined) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

/** The global object without using `globalThis` (Chromium 71+). */
function globalObject(): Holder {
  if (typeof self !== "undefined") return self as unknown as Holder;
  if (typeof window !== "undefined") return window as unknown as Holder;
  // Node (tests): `global` is the global object.
  return Function("return this")() as Holder;
}

/** RFC 4122 version 4 from crypto.getRandomValues. */
export function randomUUID(getRandomValues: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => (b + 0x100).toString(16).slice(1));
  return `${hex.slice(0, 4).join("")}-${hex.slice(4, 6).join("")}-${hex.slice(6, 8).join("")}-${hex
    .slice(8, 10)
    .join("")}-${hex.slice(10).join("")}`;
}

function flatten(items: readonly unknown[], depth: number, out: unknown[]): unknown[] {
  for (const item of items) {
    if (Array.isArray(item) && depth > 0) flatten(item, depth - 1, out);
    else out.push(item);
  }
  return out;
}

function relativeIndex(length: number, index: number): number | undefined {
  const i = Math.trunc(index) || 0;
  const k = i >= 0 ? i : length + i;
  return k < 0 || k >= length ? undefined : k;
}

export function installPolyfills(root: Holder = globalObject()): void {
  define(root, "globalThis", root);

  const crypto = root.crypto as (Crypto & Holder) | undefined;
  if (crypto && typeof crypto.getRandomValues === "function") {
    define(crypto, "randomUUID", () => randomUUID((bytes) => crypto.getRandomValues(bytes)));
  }

  const arrays = (root.Array as ArrayConstructor).prototype;
  define(arrays, "flat", function flat(this: unknown[], depth = 1) {
    return flatten(this, depth, []);
  });
  define(arrays, "flatMap", function flatMap(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown) {
    return flatten(this.map(fn), 1, []);
  });
  define(arrays, "at", function at(this: unknown[], index: number) {
    const k = relativeIndex(this.length, index);
    return k === undefined ? undefined : this[k];
  });
  define(arrays, "findLast", function findLast(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => boolean) {
    for (let i = this.length - 1; i >= 0; i--) if (fn(this[i], i, this)) return this[i];
    return undefined;
  });
  define(
    arrays,
    "findLastIndex",
    function findLastIndex(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => boolean) {
      for (let i = this.length - 1; i >= 0; i--) if (fn(this[i], i, this)) return i;
      return -1;
    },
  );

  const strings = (root.String as StringConstructor).prototype;
  define(strings, "at", function at(this: string, index: number) {
    const k = relativeIndex(this.length, index);
    return k === undefined ? undefined : this.charAt(k);
  });
  define(
    strings,
    "replaceAll",
    function replaceAll(this: string, search: string | RegExp, replacement: string | ((match: string) => string)) {
      const isRegExp = Object.prototype.toString.call(search) === "[object RegExp]";
      if (isRegExp && !(search as RegExp).global) {
        throw new TypeError("replaceAll must be called with a global RegExp");
      }
      const pattern = isRegExp
        ? (search as RegExp)
        : new RegExp(String(search).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g");
      return this.replace(pattern, replacement as string);
    },
  );
  define(strings, "trimStart", function trimStart(this: string) {
    return this.replace(/^\s+/, "");
  });
  define(strings, "trimEnd", function trimEnd(this: string) {
    return this.replace(/\s+$/, "");
  });

  define(strings, "matchAll", function matchAll(this: string, pattern: RegExp) {
    if (!pattern.global) throw new TypeError("matchAll must be called with a global RegExp");
    const re = new RegExp(pattern.source, pattern.flags);
    const text = this;
    const matches: RegExpExecArray[] = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      matches.push(m);
      if (m[0] === "") re.lastIndex += 1;
    }
    return matches[Symbol.iterator]();
  });

  // Tabster's keyborg (Fluent UI focus handling) makes a WeakRef on every programmatic focus (Chromium 84+).
  // A strong reference keeps the same behaviour; the pane holds few elements.
  define(
    root,
    "WeakRef",
    class WeakRefShim<T extends object> {
      constructor(private readonly target: T) {}
      deref(): T {
        return this.target;
      }
    },
  );

  const objects = root.Object as ObjectConstructor;
  define(objects, "fromEntries", (entries: Iterable<readonly [PropertyKey, unknown]>) => {
    const out: Record<PropertyKey, unknown> = {};
    for (const [key, value] of entries) out[key] = value;
    return out;
  });
  define(objects, "hasOwn", (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key));

  const promises = root.Promise as PromiseConstructor;
  define(promises, "allSettled", (values: Iterable<unknown>) =>
    promises.all(
      Array.from(values, (value) =>
        promises.resolve(value).then(
          (v) => ({ status: "fulfilled", value: v }),
          (reason: unknown) => ({ status: "rejected", reason }),
        ),
      ),
    ),
  );
}

installPolyfills();
