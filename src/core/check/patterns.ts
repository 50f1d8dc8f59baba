/**
 * Explanations at the level of a whole row or column, or of two cells, when no single cell explains
 * a group of failures: a row counted twice (平潭 2020), a value entered in the wrong row or column.
 */
import type { Report } from "../report/model";
import { add, eq, fromNumber, isZero, mulInt, neg, sign, sub, type Dec } from "./exact";
import type { Evaluated } from "./evaluate";
import type { CellFix, CellIndex } from "./fixes";
import { type CellKey, cellName, columnLabel, decodeCellKey, rowLabel } from "../format";
import { fmt, instanceRef, relationEquation } from "./names";

export interface Hint {
  /** Instances the hint speaks to. */
  instances: number[];
  text: string;
}

/**
 * A term of a sum whose values equal, in every instance of the rule, that instance's imbalance: dropping
 * it (the row or column counted twice) makes the rule hold everywhere, and breaks nothing else.
 */
export function doubleCounted(
  report: Report,
  group: readonly Evaluated[],
  all: readonly Evaluated[],
  index: CellIndex,
): Hint[] {
  const hints: Hint[] = [];
  const rules = [...new Set(group.map((ev) => ev.inst.rule))];
  for (const rule of rules) {
    const family = all.filter((ev) => ev.inst.rule === rule);
    const familyIds = new Set(family.map((ev) => ev.inst.id));
    const summed = [...(rule.left.length > 1 ? rule.left : []), ...(rule.right.length > 1 ? rule.right : [])];
    const matches: { path: string; cells: { key: CellKey; value: Dec; at: string }[] }[] = [];
    for (const term of summed) {
      if (term.from === "previous") continue;
      const cells: { key: CellKey; value: Dec; at: string }[] = [];
      let holds = true;
      for (const ev of family) {
        const t = ev.inst.terms.find((x) => !x.previous && (rule.along === "column" ? x.row : x.column) === term.path);
        const coef = t ? ev.inst.cells.get(t.key) : undefined;
        if (!t || coef === undefined) {
          holds = false;
          break;
        }
        const value = fromNumber(report.cells.get(t.key)?.value as number);
        if (!eq(ev.d, mulInt(value, coef))) {
          holds = false;
          break;
        }
        cells.push({ key: t.key, value, at: ev.inst.at });
      }
      if (!holds || cells.every((c) => isZero(c.value))) continue;
      // Dropping the term's cells must not break any other rule they are in.
      const touched = new Map<number, Dec>();
      for (const c of cells) {
        for (const ev of index.get(c.key) ?? []) {
          if (familyIds.has(ev.inst.id)) continue;
          const base = touched.get(ev.inst.id) ?? ev.d;
          touched.set(ev.inst.id, sub(base, mulInt(c.value, ev.inst.cells.get(c.key) as number)));
        }
      }
      if ([...touched.values()].every(isZero)) matches.push({ path: term.path, cells });
    }
    if (matches.length === 0) continue;
    const failingIds = family.filter((ev) => ev.failing).map((ev) => ev.inst.id);
    const lineWord = rule.along === "column" ? "行" : "列";
    const crossWord = rule.along === "column" ? "各列" : "各行";
    const nameOf = (path: string) => (rule.along === "column" ? rowLabel(path) : columnLabel(path));
    const atName = (at: string) =>
      rule.along === "column" ? columnLabel(at) : at === "" ? rule.text.left : rowLabel(at);
    const values = matches[0].cells
      .filter((c) => !isZero(c.value))
      .map((c) => `${atName(c.at)} ${fmt(c.value)}`)
      .join("、");
    const who = matches.map((m) => nameOf(m.path)).join(" 或 ");
    const onLeft = rule.left.some((t) => t.path === matches[0].path);
    const [more, less] = onLeft ? [rule.text.left, rule.text.right] : [rule.text.right, rule.text.left];
    const what = matches.length === 1 ? `这一${lineWord}像是被重复计算了` : `其中一${lineWord}像是被重复计算了`;
    hints.push({
      instances: failingIds,
      text:
        `${who} 这一${lineWord}的数（${values}）恰好等于${crossWord}${more}比${less}多出的数：` +
        `${what}，不计这一${lineWord}则${relationEquation(rule)}${crossWord}都成立（这不是改一个格子能解决的）`,
    });
  }
  return hints;
}

/**
 * Two failing instances of one rule whose imbalances are +x and −x: x was entered in the wrong row (rules
 * along rows) or the wrong column (rules along columns). When exactly one pair of cells moves the whole
 * value from a cell to an empty one, it is named.
 */
export function misplaced(report: Report, group: readonly Evaluated[], pairs: readonly [CellFix, CellFix][]): Hint[] {
  const hints: Hint[] = [];
  const used = new Set<number>();
  for (const a of group) {
    if (used.has(a.inst.id)) continue;
    const b = group.find(
      (o) => o !== a && !used.has(o.inst.id) && o.inst.rule === a.inst.rule && isZero(add(a.d, o.d)) && !isZero(a.d),
    );
    if (!b) continue;
    used.add(a.inst.id);
    used.add(b.inst.id);
    const [plus, minus] = sign(a.d) > 0 ? [a, b] : [b, a];
    const line = a.inst.rule.along === "row" ? "行" : "列";
    const x = fmt(plus.d);
    const moves = pairs.filter(([p, q]) => {
      if (!eq(p.delta, neg(q.delta))) return false;
      const [from, to] = sign(p.delta) < 0 ? [p, q] : [q, p];
      const inPair = (ev: Evaluated) => ev.inst.cells.has(from.key) || ev.inst.cells.has(to.key);
      return isZero(from.value) && isZero(to.current) && inPair(plus) && inPair(minus);
    });
    let text =
      `${instanceRef(plus.inst)}差额为 +${x}，${instanceRef(minus.inst)}差额为 -${x}，正好相反：` +
      `像是有 ${x} 填错了${line}（应计入一${line}的计入了另一${line}）`;
    // Every pair of cells that moves the whole value back to an empty cell; more than three say nothing.
    const seen = new Set<string>();
    const said: string[] = [];
    for (const [p, q] of moves) {
      const [from, to] = sign(p.delta) < 0 ? [p, q] : [q, p];
      const name = (key: CellKey) => cellName(report.cells.get(key)?.def ?? decodeCellKey(key));
      const phrase = `把应填在 ${name(to.key)} 的 ${fmt(from.current)} 填到了 ${name(from.key)}`;
      if (!seen.has(phrase)) said.push(phrase);
      seen.add(phrase);
    }
    if (said.length > 0 && said.length <= 3) text += `，可能是${said.join("，或")}`;
    hints.push({ instances: [plus.inst.id, minus.inst.id], text });
  }
  return hints;
}
