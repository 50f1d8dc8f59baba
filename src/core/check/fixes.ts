/**
 * Error localisation over the linear equalities (Fellegi–Holt, restricted to one or two changed cells):
 * which cells, changed to which values, make every rule they are in hold — the failed ones and the
 * passing ones alike — with values the cell kind allows.
 */
import type { CellKey, CellKind } from "../format";
import type { Report } from "../report/model";
import { add, divInt, fromNumber, isInteger, isZero, mulInt, neg, sign, type Dec } from "./exact";
import type { Evaluated } from "./evaluate";

export interface CellFix {
  key: CellKey;
  current: Dec;
  delta: Dec;
  value: Dec;
}

export interface PairFixes {
  fixes: [CellFix, CellFix][];
  /** Some pair of cells fixes the failures in more than one way: no pair can be named. */
  underdetermined: boolean;
}

export function allowed(kind: CellKind, value: Dec): boolean {
  if (kind === "amount") return sign(value) >= 0;
  if (!isInteger(value)) return false;
  return kind === "signedCount" || sign(value) >= 0;
}

/** Evaluated instances by the cells they contain. */
export type CellIndex = Map<CellKey, Evaluated[]>;

export function indexCells(evaluated: readonly Evaluated[]): CellIndex {
  const index: CellIndex = new Map();
  for (const ev of evaluated) {
    for (const key of ev.inst.cells.keys()) {
      const list = index.get(key);
      if (list) list.push(ev);
      else index.set(key, [ev]);
    }
  }
  return index;
}

/** The change of one cell that zeroes d in one instance, or null when it is not a finite decimal. */
const deltaFor = (ev: Evaluated, key: CellKey): Dec | null => divInt(neg(ev.d), ev.inst.cells.get(key) as number);

/** d after changing the cell by delta. */
const after = (ev: Evaluated, key: CellKey, delta: Dec): Dec =>
  add(ev.d, mulInt(delta, ev.inst.cells.get(key) as number));

export class Localiser {
  /** The most rule instances any one cell is in: one changed cell can fail no more than that many. */
  private readonly reach: number;

  constructor(
    private readonly report: Report,
    private readonly index: CellIndex,
  ) {
    let reach = 0;
    for (const list of index.values()) reach = Math.max(reach, list.length);
    this.reach = reach;
  }

  private current(key: CellKey): Dec {
    return fromNumber(this.report.cells.get(key)?.value as number);
  }

  private fix(key: CellKey, delta: Dec): CellFix | null {
    if (isZero(delta)) return null;
    const cell = this.report.cells.get(key);
    if (!cell) return null;
    const current = this.current(key);
    const value = add(current, delta);
    return allowed(cell.def.kind, value) ? { key, current, delta, value } : null;
  }

  /** The single cells whose change makes every instance of the group hold without breaking another. */
  singleFixes(group: readonly Evaluated[]): CellFix[] {
    if (group.length > this.reach) return [];
    const smallest = group.reduce((a, b) => (b.inst.cells.size < a.inst.cells.size ? b : a));
    const fixes: CellFix[] = [];
    for (const key of smallest.inst.cells.keys()) {
      const inside = this.index.get(key) ?? [];
      // Every instance the cell is in must be failing (a passing one would break) and all of the group must be among them.
      if (inside.length !== group.length || inside.some((ev) => !ev.failing)) continue;
      const delta = deltaFor(smallest, key);
      if (delta === null || !inside.every((ev) => isZero(after(ev, key, delta)))) continue;
      const fix = this.fix(key, delta);
      if (fix) fixes.push(fix);
    }
    return fixes;
  }

  /** Pairs of cells whose joint change makes every instance hold, when no single cell does. */
  pairFixes(group: readonly Evaluated[]): PairFixes {
    const result: PairFixes = { fixes: [], underdetermined: false };
    if (group.length > 2 * this.reach) return result;
    const smallestOf = (list: readonly Evaluated[]) =>
      list.reduce((a, b) => (b.inst.cells.size < a.inst.cells.size ? b : a));
    const first = smallestOf(group);
    const tried = new Set<string>();
    for (const j of first.inst.cells.keys()) {
      const inJ = this.index.get(j) ?? [];
      const uncovered = group.filter((ev) => !ev.inst.cells.has(j));
      // The second cell must be in an instance the first leaves failing, or else share an instance with it.
      const pool = uncovered.length > 0 ? [smallestOf(uncovered)] : inJ;
      for (const ev of pool) {
        for (const k of ev.inst.cells.keys()) {
          if (k === j) continue;
          const pairKey = j < k ? `${j}\n${k}` : `${k}\n${j}`;
          if (tried.has(pairKey)) continue;
          tried.add(pairKey);
          const solved = this.solvePair(j, k, group);
          if (solved === "underdetermined") result.underdetermined = true;
          else if (solved) result.fixes.push(solved);
        }
      }
    }
    return result;
  }

  private solvePair(
    j: CellKey,
    k: CellKey,
    group: readonly Evaluated[],
  ): [CellFix, CellFix] | "underdetermined" | null {
    if (!group.every((ev) => ev.inst.cells.has(j) || ev.inst.cells.has(k))) return null;
    const inJ = this.index.get(j) ?? [];
    const inK = this.index.get(k) ?? [];
    const onlyJ = inJ.filter((ev) => !ev.inst.cells.has(k));
    const onlyK = inK.filter((ev) => !ev.inst.cells.has(j));
    const both = inJ.filter((ev) => ev.inst.cells.has(k));
    const alone = (list: Evaluated[], key: CellKey): Dec | null | undefined => {
      if (list.length === 0) return undefined;
      const delta = deltaFor(list[0], key);
      if (delta === null) return null;
      return list.every((ev) => isZero(after(ev, key, delta))) ? delta : null;
    };
    let dj = alone(onlyJ, j);
    let dk = alone(onlyK, k);
    if (dj === null || dk === null) return null;
    if (dj === undefined && dk === undefined) return "underdetermined";
    // One of the two is known: the other follows from an instance they share.
    if (dj === undefined || dk === undefined) {
      if (both.length === 0) return null;
      const known = (dj ?? dk) as Dec;
      const [knownKey, otherKey] = dj === undefined ? [k, j] : [j, k];
      const other = divInt(neg(after(both[0], knownKey, known)), both[0].inst.cells.get(otherKey) as number);
      if (other === null) return null;
      if (dj === undefined) dj = other;
      else dk = other;
    }
    const deltaJ = dj as Dec;
    const deltaK = dk as Dec;
    if (!both.every((ev) => isZero(add(after(ev, j, deltaJ), mulInt(deltaK, ev.inst.cells.get(k) as number))))) {
      return null;
    }
    const fj = this.fix(j, deltaJ);
    const fk = this.fix(k, deltaK);
    return fj && fk ? [fj, fk] : null;
  }
}

/** Failing instances grouped so that two instances sharing a cell are in the same group. */
export function failureGroups(evaluated: readonly Evaluated[]): Evaluated[][] {
  const failing = evaluated.filter((ev) => ev.failing);
  const parent = failing.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const owner = new Map<CellKey, number>();
  failing.forEach((ev, i) => {
    for (const key of ev.inst.cells.keys()) {
      const o = owner.get(key);
      if (o === undefined) owner.set(key, i);
      else parent[find(i)] = find(o);
    }
  });
  const groups = new Map<number, Evaluated[]>();
  failing.forEach((ev, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(ev);
    else groups.set(root, [ev]);
  });
  return [...groups.values()];
}
