/**
 * The WPS pane's polyfills, installed into a fresh JavaScript realm whose newer built-ins were removed (as in an
 * older Chromium), behave as the built-ins do; present built-ins are left alone.
 */
import * as vm from "vm";
import { webcrypto } from "crypto";
import { installPolyfills, randomUUID } from "./polyfills";

const REMOVED = [
  "delete globalThis.WeakRef",
  "delete Array.prototype.flat",
  "delete Array.prototype.flatMap",
  "delete Array.prototype.at",
  "delete Array.prototype.findLast",
  "delete Array.prototype.findLastIndex",
  "delete String.prototype.at",
  "delete String.prototype.replaceAll",
  "delete String.prototype.matchAll",
  "delete String.prototype.trimStart",
  "delete String.prototype.trimEnd",
  "delete Object.fromEntries",
  "delete Object.hasOwn",
  "delete Promise.allSettled",
];

/** A realm like an old WPS browser: none of the removed built-ins, a crypto with getRandomValues only. */
function oldRealm(): Realm {
  const context = vm.createContext({
    crypto: { getRandomValues: (bytes: Uint8Array) => webcrypto.getRandomValues(bytes) },
  });
  vm.runInContext(REMOVED.join(";"), context);
  return { context, global: vm.runInContext("this", context) as Record<string, unknown> };
}

interface Realm {
  context: vm.Context;
  /** The realm's global object (what the polyfills are installed into). */
  global: Record<string, unknown>;
}

function run(realm: Realm, code: string): unknown {
  return vm.runInContext(code, realm.context);
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("the realm really lacks them before, and has them after", () => {
  const root = oldRealm();
  expect(run(root, "typeof crypto.randomUUID + typeof WeakRef + typeof ''.replaceAll")).toBe(
    "undefinedundefinedundefined",
  );
  installPolyfills(root.global);
  expect(run(root, "typeof crypto.randomUUID + typeof WeakRef + typeof ''.replaceAll")).toBe(
    "functionfunctionfunction",
  );
});

test("crypto.randomUUID gives distinct RFC 4122 version 4 ids", () => {
  const root = oldRealm();
  installPolyfills(root.global);
  const ids = run(root, "Array.from({ length: 200 }, () => crypto.randomUUID())") as string[];
  for (const id of ids) expect(id).toMatch(UUID_V4);
  expect(new Set(ids).size).toBe(200);
  expect(randomUUID((bytes) => bytes.fill(0xff))).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
});

test("array, string, object and promise built-ins answer as the real ones", async () => {
  const root = oldRealm();
  installPolyfills(root.global);
  const cases: [string, unknown][] = [
    ["[1, [2, [3, [4]]]].flat()", [1, 2, [3, [4]]]],
    ["[1, [2, [3, [4]]]].flat(Infinity)", [1, 2, 3, 4]],
    ["[1, 2].flatMap((x) => [x, x * 10])", [1, 10, 2, 20]],
    ["[5, 6, 7].at(-1)", 7],
    ["[5, 6, 7].at(3)", undefined],
    ["[1, 2, 3, 4].findLast((x) => x % 2 === 1)", 3],
    ["[1, 2, 3, 4].findLastIndex((x) => x > 9)", -1],
    ["'年报'.at(-1)", "报"],
    ["'a.b.c'.replaceAll('.', '$&$&')", "a..b..c"],
    ["'a-b-c'.replaceAll(/-/g, (m) => '+')", "a+b+c"],
    [
      "Array.from('收到申请 12 件，答复 3 件'.matchAll(/(\\d+) 件/g), (m) => [m[1], m.index])",
      [
        ["12", 5],
        ["3", 13],
      ],
    ],
    ["'  x  '.trimStart() + '|' + '  x  '.trimEnd()", "x  |  x"],
    ["Object.fromEntries([['a', 1], ['b', 2]])", { a: 1, b: 2 }],
    ["[Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({}, 'toString')]", [true, false]],
  ];
  for (const [code, expected] of cases) {
    expect([code, JSON.parse(JSON.stringify(run(root, code) ?? null))]).toEqual([code, expected ?? null]);
  }
  expect(() => run(root, "'abc'.replaceAll(/b/, 'x')")).toThrow(TypeError);
  expect(() => run(root, "'abc'.matchAll(/b/)")).toThrow(TypeError);
  const settled = await (run(root, "Promise.allSettled([1, Promise.reject(new Error('x'))])") as Promise<unknown>);
  expect(JSON.parse(JSON.stringify(settled))).toEqual([
    { status: "fulfilled", value: 1 },
    { status: "rejected", reason: {} },
  ]);
  const target = {};
  expect((run(root, "(t) => new WeakRef(t).deref()") as (t: object) => object)(target)).toBe(target);
});

test("built-ins already there are kept", () => {
  const context = vm.createContext({});
  const root: Realm = { context, global: vm.runInContext("this", context) as Record<string, unknown> };
  const before = run(root, "[Array.prototype.flat, String.prototype.replaceAll, Object.fromEntries]") as unknown[];
  installPolyfills(root.global);
  expect(run(root, "[Array.prototype.flat, String.prototype.replaceAll, Object.fromEntries]")).toEqual(before);
});
