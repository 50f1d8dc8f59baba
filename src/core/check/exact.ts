/**
 * Exact decimal arithmetic for the checks: counts beyond 10¹² and amounts in 万元 with several
 * decimals are added without floating-point error. A value is a scaled integer: n × 10^−scale.
 * A number is taken as the shortest decimal that round-trips it (what the user typed).
 */

export interface Dec {
  n: bigint;
  scale: number;
}

export const ZERO: Dec = { n: 0n, scale: 0 };

const POW10: bigint[] = [1n];
function pow10(k: number): bigint {
  while (POW10.length <= k) POW10.push(POW10[POW10.length - 1] * 10n);
  return POW10[k];
}

/** The exact decimal a finite number stands for. */
export function fromNumber(x: number): Dec {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (Number.isSafeInteger(x)) return { n: BigInt(x), scale: 0 };
  const text = String(x);
  const [mantissa, exp] = text.toLowerCase().split("e");
  const negative = mantissa.startsWith("-");
  const digits = negative ? mantissa.slice(1) : mantissa;
  const dot = digits.indexOf(".");
  const whole = dot < 0 ? digits : digits.slice(0, dot) + digits.slice(dot + 1);
  let scale = dot < 0 ? 0 : digits.length - dot - 1;
  let n = BigInt(whole);
  scale -= exp === undefined ? 0 : Number(exp);
  if (scale < 0) {
    n *= pow10(-scale);
    scale = 0;
  }
  return normalize({ n: negative ? -n : n, scale });
}

function normalize(a: Dec): Dec {
  let { n, scale } = a;
  while (scale > 0 && n % 10n === 0n) {
    n /= 10n;
    scale -= 1;
  }
  return n === 0n ? ZERO : { n, scale };
}

function align(a: Dec, scale: number): bigint {
  return a.n * pow10(scale - a.scale);
}

export function add(a: Dec, b: Dec): Dec {
  const scale = Math.max(a.scale, b.scale);
  return normalize({ n: align(a, scale) + align(b, scale), scale });
}

export function neg(a: Dec): Dec {
  return a.n === 0n ? ZERO : { n: -a.n, scale: a.scale };
}

export function sub(a: Dec, b: Dec): Dec {
  return add(a, neg(b));
}

export function mulInt(a: Dec, k: number): Dec {
  return normalize({ n: a.n * BigInt(k), scale: a.scale });
}

/** a / k when the quotient is a finite decimal of at most 12 more places, else null. */
export function divInt(a: Dec, k: number): Dec | null {
  if (k === 0) return null;
  const d = BigInt(k);
  for (let extra = 0; extra <= 12; extra++) {
    const n = a.n * pow10(extra);
    if (n % d === 0n) return normalize({ n: n / d, scale: a.scale + extra });
  }
  return null;
}

export function isZero(a: Dec): boolean {
  return a.n === 0n;
}

export function sign(a: Dec): -1 | 0 | 1 {
  return a.n === 0n ? 0 : a.n < 0n ? -1 : 1;
}

export function eq(a: Dec, b: Dec): boolean {
  const scale = Math.max(a.scale, b.scale);
  return align(a, scale) === align(b, scale);
}

export function abs(a: Dec): Dec {
  return a.n < 0n ? neg(a) : a;
}

export function isInteger(a: Dec): boolean {
  return a.scale === 0 || a.n % pow10(a.scale) === 0n;
}

/** Plain decimal notation, exact: "59237.2449", "-6", "1000000000000". */
export function toText(a: Dec): string {
  const negative = a.n < 0n;
  const digits = (negative ? -a.n : a.n).toString();
  if (a.scale === 0) return (negative ? "-" : "") + digits;
  const padded = digits.padStart(a.scale + 1, "0");
  const cut = padded.length - a.scale;
  return `${negative ? "-" : ""}${padded.slice(0, cut)}.${padded.slice(cut)}`;
}

/** The number nearest to the exact value (so 0.0001 stays 0.0001). */
export function toNumber(a: Dec): number {
  if (a.scale === 0 && a.n <= BigInt(Number.MAX_SAFE_INTEGER) && a.n >= -BigInt(Number.MAX_SAFE_INTEGER)) {
    return Number(a.n);
  }
  return Number(toText(a));
}

/**
 * Σ coef·value, exact. Whole numbers whose sum stays below 2⁵³ are added as numbers (the common case,
 * and fast); anything else goes through scaled BigInts.
 */
export function exactSum(values: readonly number[], coefs: readonly number[]): Dec {
  let bound = 0;
  let whole = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isInteger(v)) {
      whole = false;
      break;
    }
    bound += Math.abs(v * coefs[i]);
  }
  if (whole && bound <= Number.MAX_SAFE_INTEGER) {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[i] * coefs[i];
    return { n: BigInt(sum), scale: 0 };
  }
  let total = ZERO;
  for (let i = 0; i < values.length; i++) total = add(total, mulInt(fromNumber(values[i]), coefs[i]));
  return total;
}
