/** Reading WPS members whatever the build (property or zero-argument method), and WPS's colours and values. */
import type { CellScalar } from "../types";
import type { Member } from "./et";

/** The value of a member that is a property in one WPS build and a zero-argument method in another. */
export function read<T>(owner: object, member: Member<T>): T {
  return typeof member === "function" ? (member as () => T).call(owner) : member;
}

/** "#RRGGBB" → WPS's colour number (BGR: r + g·256 + b·65536). */
export function bgr(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`颜色无效：${hex}`);
  return parseInt(m[1], 16) + parseInt(m[2], 16) * 256 + parseInt(m[3], 16) * 65536;
}

/** WPS's colour number → "#RRGGBB". */
export function rgbHex(color: number): string {
  const hex = (n: number) => (n & 0xff).toString(16).padStart(2, "0").toUpperCase();
  return `#${hex(color)}${hex(color >> 8)}${hex(color >> 16)}`;
}

/** Error values as COM passes them (CVErr HRESULTs), for builds that do not turn them into text. */
const COM_ERRORS: Record<number, string> = {
  [-2146826288]: "#NULL!",
  [-2146826281]: "#DIV/0!",
  [-2146826273]: "#VALUE!",
  [-2146826265]: "#REF!",
  [-2146826259]: "#NAME?",
  [-2146826252]: "#NUM!",
  [-2146826246]: "#N/A",
};

export function cellValue(v: unknown): CellScalar {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number") return COM_ERRORS[v] ?? v;
  if (typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** Value2 / Formula of a range as rows × cols (one cell reads as a scalar). */
export function asGrid(v: unknown, rows: number, cols: number): unknown[][] {
  if (Array.isArray(v) && v.every(Array.isArray)) return v as unknown[][];
  if (rows === 1 && cols === 1) return [[v]];
  throw new Error(`WPS 返回的区域内容形状不符（应为 ${rows}×${cols}）`);
}
