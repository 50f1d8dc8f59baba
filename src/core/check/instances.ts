/**
 * The linear rules of a format unrolled into instances: one equation per column (rules along
 * columns) or per row (rules along rows), naming the cells it adds up. Computed once per format.
 */
import { cellKey, type CellKey, type FormatDef, type LinearRule, type RuleTerm, type TableFormat } from "../format";

export interface InstanceTerm {
  key: CellKey;
  row: string;
  column: string;
  /** +1 or −1: the side (left +, right −) times the term's sign. */
  coef: number;
  side: "left" | "right";
  previous: boolean;
}

export interface RuleInstance {
  /** Position in the format's instance list. */
  id: number;
  rule: LinearRule;
  /** The column (rules along columns) or row (rules along rows) this instance checks. */
  at: string;
  terms: InstanceTerm[];
  /** This year's cells with their net coefficient in left − right (cells that cancel out are left out). */
  cells: Map<CellKey, number>;
  hasPrevious: boolean;
}

function instanceTerms(rule: LinearRule, at: string): InstanceTerm[] {
  const make = (term: RuleTerm, side: "left" | "right"): InstanceTerm => {
    const row = rule.along === "column" ? term.path : at;
    const column = rule.along === "column" ? at : term.path;
    const coef = (side === "left" ? 1 : -1) * (term.sign ?? 1);
    return { key: cellKey(rule.table, row, column), row, column, coef, side, previous: term.from === "previous" };
  };
  return [...rule.left.map((t) => make(t, "left")), ...rule.right.map((t) => make(t, "right"))];
}

function positions(rule: LinearRule, table: TableFormat): string[] {
  return rule.over ?? (rule.along === "column" ? table.columnPaths : table.rowPaths);
}

function compile(format: FormatDef): RuleInstance[] {
  const instances: RuleInstance[] = [];
  for (const rule of format.rules) {
    const table = format.tables[rule.table];
    const defined = new Set(table.dataCells.map((d) => cellKey(d.table, d.row, d.column)));
    for (const at of positions(rule, table)) {
      const terms = instanceTerms(rule, at);
      // A cross-year term may name a cell this format lacks (last year's report may be older); this year's may not.
      if (!terms.every((t) => t.previous || defined.has(t.key))) continue;
      const cells = new Map<CellKey, number>();
      for (const t of terms) if (!t.previous) cells.set(t.key, (cells.get(t.key) ?? 0) + t.coef);
      for (const [key, coef] of cells) if (coef === 0) cells.delete(key);
      instances.push({ id: instances.length, rule, at, terms, cells, hasPrevious: terms.some((t) => t.previous) });
    }
  }
  return instances;
}

const cache = new Map<FormatDef, RuleInstance[]>();

export function ruleInstances(format: FormatDef): RuleInstance[] {
  let found = cache.get(format);
  if (!found) {
    found = compile(format);
    cache.set(format, found);
  }
  return found;
}
