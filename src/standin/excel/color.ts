/** Colours as Office.js takes them: "#RRGGBB" (stored upper-case) or a few names. */
import { ErrorCodes, StandinError } from "../errors";

const COLOR_NAMES: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
};

export function normalizeColor(color: string): string {
  const named = COLOR_NAMES[color.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
  throw new StandinError(ErrorCodes.invalidArgument, `颜色无效：${color}`);
}
