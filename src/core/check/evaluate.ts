/** Evaluating the rule instances of a report (and last year's report, for cross-year terms). */
import type { Report, ReportCell } from "../report/model";
import { divInt, exactSum, isZero, neg, sub, type Dec } from "./exact";
import type { RuleInstance } from "./instances";
import { type CellKey } from "../format";

export interface Evaluated {
  inst: RuleInstance;
  /** Σ of the left side and of the right side (signs applied), and d = left − right. */
  left: Dec;
  right: Dec;
  d: Dec;
  failing: boolean;
}

/** A rule instance that could not run because one cell of this year has no value, and the value it implies. */
export interface Implied {
  inst: RuleInstance;
  value: Dec;
}

export interface Evaluation {
  evaluated: Evaluated[];
  /** Per cell key: what the instances it alone kept from running say it should hold. */
  implied: Map<CellKey, Implied[]>;
}

export function hasNumber(cell: ReportCell | undefined): cell is ReportCell & { value: number } {
  return cell !== undefined && cell.value !== null && Number.isFinite(cell.value);
}

export function evaluate(instances: readonly RuleInstance[], report: Report, previous: Report | null): Evaluation {
  const evaluated: Evaluated[] = [];
  const implied = new Map<CellKey, Implied[]>();
  for (const inst of instances) {
    if (inst.hasPrevious && !previous) continue;
    const leftValues: number[] = [];
    const leftCoefs: number[] = [];
    const rightValues: number[] = [];
    const rightCoefs: number[] = [];
    let missing: CellKey | null = null;
    let runnable = true;
    for (const term of inst.terms) {
      const cell = (term.previous ? (previous as Report) : report).cells.get(term.key);
      if (cell === undefined) {
        runnable = false;
        break;
      }
      if (!hasNumber(cell)) {
        if (term.previous || (missing !== null && missing !== term.key)) {
          runnable = false;
          break;
        }
        missing = term.key;
        continue;
      }
      if (term.side === "left") {
        leftValues.push(cell.value);
        leftCoefs.push(term.coef);
      } else {
        rightValues.push(cell.value);
        rightCoefs.push(-term.coef);
      }
    }
    if (!runnable) continue;
    const left = exactSum(leftValues, leftCoefs);
    const right = exactSum(rightValues, rightCoefs);
    const d = sub(left, right);
    if (missing === null) {
      evaluated.push({ inst, left, right, d, failing: !isZero(d) });
      continue;
    }
    const coef = inst.cells.get(missing);
    const value = coef === undefined ? null : divInt(neg(d), coef);
    if (value === null) continue;
    const list = implied.get(missing) ?? [];
    list.push({ inst, value });
    implied.set(missing, list);
  }
  return { evaluated, implied };
}
