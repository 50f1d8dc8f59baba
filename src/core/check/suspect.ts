/**
 * The suspect cell: where failures cross, the one cell whose change satisfies every failed rule without
 * breaking a passing one, with the value it should hold and why. Ties are never broken at random: the
 * cells are listed as candidates, unless exactly one of them shows a typing slip (digits swapped …).
 * When no single cell explains a group, a unique pair of cells is named; otherwise row-level causes
 * (a row counted twice, a value in the wrong row or column) are described in the message.
 */
import type { Report } from "../report/model";
import { abs, eq, neg, toNumber } from "./exact";
import type { Evaluated, Implied } from "./evaluate";
import { typingCause, type Cause } from "./causes";
import { allowed, failureGroups, indexCells, Localiser, type CellFix } from "./fixes";
import { type CellKey, cellName, decodeCellKey, listJoin } from "../format";
import { fmt, instanceRef } from "./names";
import { doubleCounted, misplaced } from "./patterns";
import type { FindingCell, Suspect } from "./types";

export interface InstanceVerdict {
  suspect: Suspect | null;
  candidates?: Suspect[];
  /** Sentences added to the finding's message. */
  notes: string[];
}

export interface Localisation {
  byInstance: Map<number, InstanceVerdict>;
  /** Suspects by cell key, for the cell's own findings (a negative count …). */
  byCell: Map<CellKey, Suspect>;
}

export function findingCell(report: Report, key: CellKey): FindingCell {
  const cell = report.cells.get(key);
  if (!cell) {
    const { row, column } = decodeCellKey(key);
    return { row, column, ref: null, value: null };
  }
  const value =
    cell.value !== null && Number.isFinite(cell.value)
      ? cell.value
      : cell.raw === null || cell.raw === ""
        ? null
        : String(cell.raw);
  return { row: cell.def.row, column: cell.def.column, ref: cell.ref, value };
}

function toSuspect(report: Report, fix: CellFix, reason: string, cause?: Cause | null): Suspect {
  const suspect: Suspect = { ...findingCell(report, fix.key), suggested: toNumber(fix.value), reason };
  if (cause) suspect.cause = cause.short;
  return suspect;
}

const nameOf = (report: Report, key: CellKey) => {
  const cell = report.cells.get(key);
  return cell ? cellName(cell.def) : cellName(findingCell(report, key));
};

const refsOf = (list: readonly Evaluated[]) => listJoin(list.map((ev) => instanceRef(ev.inst)));

export function localise(report: Report, evaluated: readonly Evaluated[]): Localisation {
  const out: Localisation = { byInstance: new Map(), byCell: new Map() };
  const groups = failureGroups(evaluated);
  if (groups.length === 0) return out;
  const index = indexCells(evaluated);
  const localiser = new Localiser(report, index);
  const verdict = (id: number): InstanceVerdict => {
    let v = out.byInstance.get(id);
    if (!v) {
      v = { suspect: null, notes: [] };
      out.byInstance.set(id, v);
    }
    return v;
  };

  const unexplained: Evaluated[] = [];
  const movePairs: [CellFix, CellFix][] = [];
  for (const group of groups) {
    const refs = refsOf(group);
    const singles = localiser.singleFixes(group);
    if (singles.length === 1) {
      const fix = singles[0];
      const cause = typingCause(fix.current, fix.value);
      const why =
        group.length === 1
          ? `只有把本格改为 ${fmt(fix.value)}，${refs}才成立而不破坏本格所在的其他等式`
          : `只有把本格改为 ${fmt(fix.value)}，${refs}才能同时成立，且不破坏其他等式`;
      const suspect = toSuspect(report, fix, cause ? `${why}；${cause.text}` : why, cause);
      for (const ev of group) verdict(ev.inst.id).suspect = suspect;
      out.byCell.set(fix.key, suspect);
      continue;
    }
    if (singles.length > 1) {
      const ranked = singles.map((fix) => ({ fix, cause: typingCause(fix.current, fix.value) }));
      const strong = ranked.filter((r) => r.cause?.strong);
      const names = listJoin(singles.map((f) => nameOf(report, f.key)));
      if (strong.length === 1) {
        const { fix, cause } = strong[0];
        const others = singles.filter((f) => f !== fix).map((f) => nameOf(report, f.key));
        const reason =
          `${cause?.text}；改 ${listJoin(others)} 也能使${refs}成立，` + `但只有本格的数看得出录入错误的痕迹`;
        const suspect = toSuspect(report, fix, reason, cause);
        for (const ev of group) verdict(ev.inst.id).suspect = suspect;
        out.byCell.set(fix.key, suspect);
        continue;
      }
      const order = (r: (typeof ranked)[number]) => (r.cause ? (r.cause.strong ? 0 : 1) : 2);
      const candidates = [...ranked]
        .sort((a, b) => order(a) - order(b))
        .map(({ fix, cause }) => {
          const base = `改为 ${fmt(fix.value)} 也能使${refs}成立`;
          return toSuspect(report, fix, cause ? `${base}；${cause.text}` : base, cause);
        });
      for (const ev of group) {
        const v = verdict(ev.inst.id);
        v.candidates = candidates;
        v.notes.push(`改 ${names} 中任何一格都能使等式成立，无法确定是哪一格`);
      }
      continue;
    }

    const pairs = localiser.pairFixes(group);
    if (pairs.fixes.length === 1 && !pairs.underdetermined) {
      const [a, b] = pairs.fixes[0];
      const moved = eq(a.delta, neg(b.delta));
      const both = `${nameOf(report, a.key)} 改为 ${fmt(a.value)}、${nameOf(report, b.key)} 改为 ${fmt(b.value)}`;
      const suspectOf = (fix: CellFix) => {
        const cause = typingCause(fix.current, fix.value);
        const why =
          `改一个格子解释不了${refs}；只有同时把 ${both}，所有等式才都成立` +
          (moved ? `（两格一多一少，相差都是 ${fmt(abs(a.delta))}，像是把数填错了位置）` : "");
        return toSuspect(report, fix, cause ? `${why}；${cause.text}` : why, cause);
      };
      const sa = suspectOf(a);
      const sb = suspectOf(b);
      out.byCell.set(a.key, sa);
      out.byCell.set(b.key, sb);
      for (const ev of group) {
        const hasA = ev.inst.cells.has(a.key);
        const hasB = ev.inst.cells.has(b.key);
        const v = verdict(ev.inst.id);
        if (hasA && hasB) v.notes.push(`这里有两处错误：${both} 后才成立`);
        else v.suspect = hasA ? sa : sb;
      }
      continue;
    }
    unexplained.push(...group);
    movePairs.push(...pairs.fixes);
  }
  // Row-level causes look across groups: a row counted twice, or a value moved between two rows, fails
  // instances that share no cell.
  if (unexplained.length > 0) {
    const hints = [
      ...doubleCounted(report, unexplained, evaluated, index),
      ...misplaced(report, unexplained, movePairs),
    ];
    for (const hint of hints) {
      for (const id of hint.instances) {
        const notes = verdict(id).notes;
        if (!notes.includes(hint.text)) notes.push(hint.text);
      }
    }
  }
  return out;
}

/**
 * For a cell with no value (blank, "/", unreadable): the value the rules it alone kept from running call
 * for, when they all agree and the value suits the cell.
 */
export function impliedSuspect(report: Report, key: CellKey, implied: readonly Implied[] | undefined): Suspect | null {
  const cell = report.cells.get(key);
  if (!cell || !implied || implied.length === 0) return null;
  const value = implied[0].value;
  if (!implied.every((i) => eq(i.value, value)) || !allowed(cell.def.kind, value)) return null;
  const refs = listJoin(implied.map((i) => instanceRef(i.inst)));
  const reason =
    implied.length === 1 ? `按${refs}推算，本格应为 ${fmt(value)}` : `按${refs}推算，本格都应为 ${fmt(value)}`;
  return { ...findingCell(report, key), suggested: toNumber(value), reason };
}
