/** Display text of a value under a number format, for the formats this project writes ("0", "0.00##", "0.0%", "General", "@"). */
import type { CellScalar } from "../hosts/types";

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9))
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace("e", "E");
  return String(Number(n.toPrecision(10)));
}

/** Rounds half away from zero, as Excel does, to `digits` decimals. */
function roundAway(n: number, digits: number): number {
  const f = Math.pow(10, digits);
  return (Math.sign(n) * Math.round(Math.abs(n) * f + 1e-9)) / f;
}

function withGrouping(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Formats of the shape [#,##]0[.0…#…]: required and optional decimals, optional thousands separators. */
function numeric(n: number, format: string): string | null {
  const m = /^(#,##)?0(?:\.(0*)(#*))?$/.exec(format);
  if (!m) return null;
  const required = (m[2] ?? "").length;
  const optional = (m[3] ?? "").length;
  const rounded = roundAway(n, required + optional);
  let [intPart, frac = ""] = Math.abs(rounded)
    .toFixed(required + optional)
    .split(".");
  while (frac.length > required && frac.endsWith("0")) frac = frac.slice(0, -1);
  if (m[1]) intPart = withGrouping(intPart);
  const sign = rounded < 0 ? "-" : "";
  return `${sign}${intPart}${frac.length > 0 ? `.${frac}` : ""}`;
}

export function formatValue(value: CellScalar, format: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === "@") return general(value);
  if (format.endsWith("%")) {
    const percent = numeric(value * 100, format.slice(0, -1));
    if (percent !== null) return `${percent}%`;
  }
  return numeric(value, format) ?? general(value);
}
