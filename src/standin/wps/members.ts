/**
 * Strict ET objects: each stand-in object lists its members; reading or writing any other member throws (as
 * a call WPS does not know fails in WPS), and members some WPS builds expose as zero-argument methods are
 * served as properties or as methods according to the stand-in's build.
 */

/** "properties": Count, Name, Value2 … are properties; "methods": they are zero-argument methods. */
export type WpsBuild = "properties" | "methods";

export interface Property {
  get: () => unknown;
  set?: (value: unknown) => void;
  /** A property in one WPS build, a zero-argument method in another. */
  variant?: boolean;
}

export type Method = (...args: unknown[]) => unknown;

export type Members = Record<string, Property | Method>;

export class WpsStandinError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WpsError";
  }
}

/** The interface name of every stand-in object (the et-jsapi-declare interface it stands for). */
export const TYPE_NAME = Symbol("Et interface");

export interface EtContext {
  build: WpsBuild;
  /** Calls into the object model so far (each member read, write or method call). */
  calls: number;
  /** After every change to the workbook. */
  changed(): void;
}

export function etObject<T extends object = Record<string, unknown>>(
  context: EtContext,
  typeName: string,
  members: Members,
): T {
  const own = (name: string) => Object.prototype.hasOwnProperty.call(members, name);
  const missing = (name: string) => new WpsStandinError(`Et.${typeName} 没有成员 ${name}（WPS 替身）`);
  return new Proxy({} as T, {
    get(_target, name) {
      if (name === TYPE_NAME) return typeName;
      if (typeof name === "symbol" || name === "then") return undefined;
      if (!own(name)) throw missing(name);
      context.calls += 1;
      const member = members[name];
      if (typeof member === "function") return (...args: unknown[]) => member(...args);
      if (member.variant && context.build === "methods") return () => member.get();
      return member.get();
    },
    set(_target, name, value) {
      if (typeof name === "symbol" || !own(name)) throw missing(String(name));
      const member = members[name];
      if (typeof member === "function" || !member.set) {
        throw new WpsStandinError(`Et.${typeName}.${name} 是只读的（WPS 替身）`);
      }
      context.calls += 1;
      member.set(value);
      context.changed();
      return true;
    },
    has(_target, name) {
      return typeof name === "string" && own(name);
    },
    ownKeys() {
      return Object.keys(members);
    },
    getOwnPropertyDescriptor(_target, name) {
      return typeof name === "string" && own(name) ? { configurable: true, enumerable: true } : undefined;
    },
  });
}

/** A method that changes the workbook (notifies the view). */
export function changing(context: EtContext, method: Method): Method {
  return (...args) => {
    const result = method(...args);
    context.changed();
    return result;
  };
}
