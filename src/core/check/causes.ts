/**
 * Why a cell may hold the wrong number, read off the two numbers: the value entered and the value the
 * rules call for. Typing slips (Scholtus: sign, transposed digits, one digit dropped, added or changed),
 * a value counted twice, a value left at 0.
 */
import { abs, eq, isZero, mulInt, neg, sign, type Dec } from "./exact";
import { fmt } from "./names";

export type CauseKind =
  "sign" | "swap" | "droppedDigit" | "addedDigit" | "changedDigit" | "doubled" | "leftAtZero" | "shouldBeZero";

export interface Cause {
  kind: CauseKind;
  /** A slip that few other numbers could be mistaken for (used to prefer one of several candidates). */
  strong: boolean;
  text: string;
  /** The cause in a few words, for a list of suspects ("相邻两位数字颠倒"). */
  short: string;
}

const isDigit = (ch: string) => ch >= "0" && ch <= "9";

/** The character removed from `longer` to get `shorter`, when exactly one digit is the difference. */
function oneDigitOut(longer: string, shorter: string): string | null {
  for (let i = 0; i < longer.length; i++) {
    if (isDigit(longer[i]) && longer.slice(0, i) + longer.slice(i + 1) === shorter) return longer[i];
  }
  return null;
}

const significantDigits = (text: string) => text.replace(/^[0.]+/, "").replace(".", "").length;

export function typingCause(current: Dec, suggested: Dec): Cause | null {
  const a = fmt(current);
  const b = fmt(suggested);
  if (eq(current, suggested)) return null;
  if (!isZero(current) && eq(current, neg(suggested))) {
    return {
      kind: "sign",
      strong: true,
      text: `现值 ${a} 与应有值 ${b} 只差正负号，可能是符号填反了`,
      short: "正负号填反",
    };
  }
  if (isZero(current)) {
    return {
      kind: "leftAtZero",
      strong: false,
      text: `本格填的是 0，按等式应为 ${b}，可能是漏填了`,
      short: "可能漏填",
    };
  }
  if (isZero(suggested)) {
    return {
      kind: "shouldBeZero",
      strong: false,
      text: `按等式本格应为 0，现值 ${a} 可能是误填或重复计算`,
      short: "应为 0，可能误填或重复计算",
    };
  }
  if (sign(current) !== sign(suggested)) return null;
  if (eq(current, mulInt(suggested, 2))) {
    const strong = significantDigits(fmt(abs(suggested))) >= 2;
    return {
      kind: "doubled",
      strong,
      text: `现值 ${a} 正好是应有值 ${b} 的两倍，像是重复计算了`,
      short: "正好两倍，像是重复计算",
    };
  }
  const x = fmt(abs(current));
  const y = fmt(abs(suggested));
  if (x.length === y.length) {
    const diff: number[] = [];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
    if (diff.length === 2 && diff[1] === diff[0] + 1 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]]) {
      if (isDigit(x[diff[0]]) && isDigit(x[diff[1]])) {
        return {
          kind: "swap",
          strong: true,
          text: `现值 ${a} 与应有值 ${b} 只是相邻两位数字顺序颠倒，可能是录入时打反了`,
          short: "相邻两位数字颠倒",
        };
      }
    }
    if (diff.length === 1) {
      return {
        kind: "changedDigit",
        strong: false,
        text: `现值 ${a} 与应有值 ${b} 只有一位数字不同，可能是录入时按错了一位`,
        short: "有一位数字按错",
      };
    }
    return null;
  }
  if (y.length === x.length + 1) {
    const digit = oneDigitOut(y, x);
    if (digit !== null) {
      const strong = significantDigits(x) >= 2;
      return {
        kind: "droppedDigit",
        strong,
        text: `现值 ${a} 比应有值 ${b} 少了一位数字“${digit}”，可能是漏录了一位`,
        short: `少录了一位“${digit}”`,
      };
    }
  }
  if (x.length === y.length + 1) {
    const digit = oneDigitOut(x, y);
    if (digit !== null) {
      const strong = significantDigits(y) >= 2;
      return {
        kind: "addedDigit",
        strong,
        text: `现值 ${a} 比应有值 ${b} 多了一位数字“${digit}”，可能是多录了一位`,
        short: `多录了一位“${digit}”`,
      };
    }
  }
  return null;
}
