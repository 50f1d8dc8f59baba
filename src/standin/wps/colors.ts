/** WPS colour numbers (BGR: r + g·256 + b·65536) and the model's "#RRGGBB". */
import { WpsStandinError } from "./members";

export function toHex(color: unknown): string {
  if (typeof color !== "number" || !Number.isInteger(color) || color < 0 || color > 0xffffff) {
    throw new WpsStandinError(`颜色值无效：${String(color)}（应为 0–16777215 的 BGR 数）`);
  }
  const byte = (n: number) => (n & 0xff).toString(16).padStart(2, "0").toUpperCase();
  return `#${byte(color)}${byte(color >> 8)}${byte(color >> 16)}`;
}

export function fromHex(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return ((n >> 16) & 0xff) + (n & 0xff00) + ((n & 0xff) << 16);
}

/** What Interior.Color reads for a cell without fill. */
export const WHITE = 0xffffff;
