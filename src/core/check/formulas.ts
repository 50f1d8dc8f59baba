/**
 * F6: totals typed as formulas. A formula that only adds and subtracts cells of the table (=SUM(D25:D45),
 * =D23+D24-D46) must add up what one of the rules its cell is in says the cell is — even while the values
 * agree (a SUM range that misses a row that is 0 today), and it explains a failure when they do not.
 * Only cells with a formula are looked at; formulas that do anything else, or that only link to other
 * sheets or files (a roll-up's =乡镇A!D25+乡镇B!D25), are not judged.
 */
import {
  allDataCells,
  type CellKey,
  type DataCellDef,
  type FormatDef,
  FORMATS,
  keyOf,
  pathLabels,
  type TableId,
} from "../format";
import type { CellAddress, Report, ReportCell } from "../report/model";
import { a1Ref, columnLetters } from "../grid";
import { plainSumRefs, type SignedRef } from "./formulaRefs";
import { relationEquation } from "./names";
import { ruleInstances, type RuleInstance } from "./instances";
import { cellName, columnLabel, listJoin, rowLabel } from "../format";
import { findingCell } from "./suspect";
import type { Finding, FindingCell } from "./types";

export interface FormulaFinding extends Finding {
  table: TableId;
}

/** What a rule instance says one of its cells adds up: the instance's other cells (by id), with signs. */
interface ImpliedSum {
  inst: RuleInstance;
  terms: Map<number, number>;
}

/** A format's data cells numbered (sums compare small numbers, not long keys), and the sums implied for each. */
interface FormatIndex {
  ids: Map<CellKey, number>;
  keys: CellKey[];
  implied: Map<number, ImpliedSum[]>;
}

const indexCache = new Map<FormatDef, FormatIndex>();

/** Cross-year rules are left out: no formula can use last year's report. */
function formatIndex(format: FormatDef): FormatIndex {
  const cached = indexCache.get(format);
  if (cached) return cached;
  const keys = allDataCells(format).map(keyOf);
  const ids = new Map(keys.map((key, i) => [key, i]));
  const implied = new Map<number, ImpliedSum[]>();
  for (const inst of ruleInstances(format)) {
    if (inst.hasPrevious) continue;
    const cells = [...inst.cells].map(([key, coef]) => [ids.get(key) as number, coef] as const);
    for (const [cell, coef] of cells) {
      const terms = new Map(cells.filter(([id]) => id !== cell).map(([id, c]) => [id, -c / coef]));
      if ([...terms.values()].some((c) => !Number.isInteger(c))) continue;
      implied.set(cell, [...(implied.get(cell) ?? []), { inst, terms }]);
    }
  }
  const index = { ids, keys, implied };
  indexCache.set(format, index);
  return index;
}

/** Excel's limit on columns: row·POS + col is a cell's position on its sheet. */
const POS = 16384;
/** Data cells' ids by sheet (lower case: Excel's sheet names ignore case) and position. */
type Locator = Map<string, Map<number, number>>;

function locate(report: Report, ids: ReadonlyMap<CellKey, number>): Locator {
  const where: Locator = new Map();
  let sheet: string | null = null;
  let onSheet = new Map<number, number>();
  for (const [key, cell] of report.cells) {
    const id = ids.get(key);
    if (!cell.ref || id === undefined) continue;
    if (cell.ref.sheet !== sheet) {
      sheet = cell.ref.sheet;
      const lower = sheet.toLowerCase();
      onSheet = where.get(lower) ?? new Map();
      where.set(lower, onSheet);
    }
    onSheet.set(cell.ref.row * POS + cell.ref.col, id);
  }
  return where;
}

/** How many cells outside the table are named in a message (the count says how many there are in all). */
const MAX_LISTED = 6;

interface UsedCells {
  /** Data cells of the report (by id) with their coefficient in the formula. */
  cells: Map<number, number>;
  /** Referenced cells that are no data cells of this report: the first few, and how many in all. */
  others: CellAddress[];
  otherCount: number;
}

function resolve(refs: readonly SignedRef[], home: CellAddress, where: Locator): UsedCells {
  const used: UsedCells = { cells: new Map(), others: [], otherCount: 0 };
  for (const ref of refs) {
    const sheet = ref.sheet ?? home.sheet;
    const onSheet = where.get(sheet.toLowerCase()) ?? new Map<number, number>();
    const area = ref.rows * ref.cols;
    const add = (id: number) => used.cells.set(id, (used.cells.get(id) ?? 0) + ref.sign);
    // A large range is matched against the data cells, a small one cell by cell; either way its cells
    // outside the table are walked only until enough of them are listed.
    const small = area <= onSheet.size;
    let found = 0;
    if (!small) {
      for (const [pos, id] of onSheet) {
        const row = Math.floor(pos / POS);
        const col = pos % POS;
        const inside = row >= ref.top && row < ref.top + ref.rows && col >= ref.left && col < ref.left + ref.cols;
        if (inside) {
          add(id);
          found += 1;
        }
      }
    }
    walk: for (let row = ref.top; row < ref.top + ref.rows; row++) {
      for (let col = ref.left; col < ref.left + ref.cols; col++) {
        const id = onSheet.get(row * POS + col);
        if (id === undefined) {
          if (used.others.length < MAX_LISTED) used.others.push({ sheet, row, col });
          else if (!small) break walk;
        } else if (small) {
          add(id);
          found += 1;
        }
      }
    }
    used.otherCount += area - found;
  }
  for (const [id, coef] of used.cells) if (coef === 0) used.cells.delete(id);
  return used;
}

/** A cell whose coefficient in the formula differs from the one the rule gives it. */
interface TermDiff {
  id: number;
  have: number;
  want: number;
}

/** How many cells' coefficients differ, counted up to `enough` (without listing them: most formulas are right). */
function mismatches(have: ReadonlyMap<number, number>, want: ReadonlyMap<number, number>, enough: number): number {
  let n = Math.abs(have.size - want.size);
  if (n >= enough) return n;
  n = 0;
  for (const [id, w] of want) if ((have.get(id) ?? 0) !== w && ++n >= enough) return n;
  for (const id of have.keys()) if (!want.has(id) && ++n >= enough) return n;
  return n;
}

function differences(have: ReadonlyMap<number, number>, want: ReadonlyMap<number, number>): TermDiff[] {
  const out: TermDiff[] = [];
  for (const [id, w] of want) if ((have.get(id) ?? 0) !== w) out.push({ id, have: have.get(id) ?? 0, want: w });
  for (const [id, h] of have) if (!want.has(id)) out.push({ id, have: h, want: 0 });
  return out;
}

/** "（六）3.其他": a row's last label, with its group's number where it has one. */
function rowName(path: string): string {
  const parts = pathLabels(path);
  const group = parts.length >= 3 ? /^（[一二三四五六七八九十]+）/u.exec(parts[parts.length - 2]) : null;
  return `${group ? group[0] : ""}${rowLabel(path)}`;
}

/** A cell named against the formula's cell: its row in the same column, its column in the same row. */
function relativeName(def: DataCellDef, home: DataCellDef): string {
  if (def.table === home.table && def.column === home.column) return rowName(def.row);
  if (def.table === home.table && def.row === home.row) return columnLabel(def.column);
  return cellName(def);
}

function address(at: CellAddress, home: CellAddress): string {
  return at.sheet.toLowerCase() === home.sheet.toLowerCase()
    ? `${columnLetters(at.col)}${at.row + 1}`
    : a1Ref(at.sheet, at.row, at.col);
}

function listed(names: readonly string[], count = names.length): string {
  const shown = names.slice(0, MAX_LISTED);
  return count > shown.length ? `${shown.join("、")} 等 ${count} 个` : listJoin(shown);
}

/** How each kind of difference is said, given the cells' names. */
const SAID = {
  missed: (names: string) => `漏了 ${names}`,
  missedMinus: (names: string) => `漏减了 ${names}`,
  extra: (names: string) => `多算了 ${names}`,
  extraMinus: (names: string) => `多减了 ${names}`,
  shouldAdd: (names: string) => `${names} 应当加上，公式却减去了`,
  shouldSubtract: (names: string) => `${names} 应当减去，公式却加上了`,
  twice: (names: string) => `重复计入了 ${names}`,
};

function kindOf(d: TermDiff): keyof typeof SAID {
  if (d.have === 0) return d.want > 0 ? "missed" : "missedMinus";
  if (d.want === 0) return d.have > 0 ? "extra" : "extraMinus";
  if (Math.sign(d.have) !== Math.sign(d.want)) return d.want > 0 ? "shouldAdd" : "shouldSubtract";
  return "twice";
}

/** The message's list of what the formula gets wrong, by kind. */
function describe(report: Report, homeKey: CellKey, home: ReportCell, diffs: readonly CellDiff[], used: UsedCells) {
  const homeRef = home.ref as CellAddress;
  const kinds = new Map<keyof typeof SAID, string[]>();
  for (const d of diffs) {
    const cell = report.cells.get(d.key);
    const name =
      d.key === homeKey
        ? "本格自身（循环引用）"
        : cell
          ? `${relativeName(cell.def, home.def)}${cell.ref ? `（${address(cell.ref, homeRef)}）` : ""}`
          : d.key;
    const kind = kindOf(d);
    kinds.set(kind, [...(kinds.get(kind) ?? []), name]);
  }
  const parts = [...kinds].map(([kind, names]) => SAID[kind](listed(names)));
  if (used.otherCount > 0) {
    const names = used.others.map((at) => address(at, homeRef));
    parts.push(`引用了表外的单元格 ${listed(names, used.otherCount)}`);
  }
  return parts;
}

type CellDiff = TermDiff & { key: CellKey };

function formulaFinding(
  report: Report,
  [key, cell]: readonly [CellKey, ReportCell],
  keys: readonly CellKey[],
  options: readonly ImpliedSum[],
  used: UsedCells,
): FormulaFinding | null {
  const exact = (sum: ImpliedSum) => sum.terms.size === used.cells.size && mismatches(used.cells, sum.terms, 1) === 0;
  if (used.otherCount === 0 && options.some(exact)) return null;
  let best: ImpliedSum | null = null;
  let fewest = Infinity;
  for (const sum of options) {
    const n = mismatches(used.cells, sum.terms, fewest);
    if (n < fewest) [best, fewest] = [sum, n];
    if (fewest === 0) break;
  }
  if (!best || (fewest === 0 && used.otherCount === 0)) return null;
  const { rule } = best.inst;
  const diffs = differences(used.cells, best.terms).map((d): CellDiff => ({ ...d, key: keys[d.id] }));
  const formula = (cell.formula ?? "").trim();
  const parts = describe(report, key, cell, diffs, used);
  const diffCells = diffs.filter((d) => d.key !== key).map((d) => findingCell(report, d.key));
  const zeroToday = used.otherCount === 0 && diffCells.length === diffs.length && diffCells.every((c) => c.value === 0);
  const tail = zeroToday ? "。这些单元格目前都是 0，数值暂时相符，但填入其他数后本格就会算错" : "";
  return {
    severity: "warning",
    rule: "F6",
    table: cell.def.table,
    message: `${cellName(cell.def)} 的公式 ${formula} 与${relationEquation(rule)}不一致：${parts.join("；")}${tail}`,
    imbalance: null,
    cells: [
      findingCell(report, key),
      ...diffCells,
      ...used.others.map((ref): FindingCell => ({ row: "", column: "", ref, value: null })),
    ],
    suspect: null,
  };
}

/** F6 findings of a report: one per data cell whose plain-sum formula adds up something no rule says it is. */
export function formulaFindings(report: Report): FormulaFinding[] {
  const format = report.format ? FORMATS[report.format] : null;
  if (!format) return [];
  let withFormula: [CellKey, ReportCell][] | null = null;
  for (const entry of report.cells) if (entry[1].formula && entry[1].ref) (withFormula ??= []).push(entry);
  if (!withFormula) return [];

  const { ids, keys, implied } = formatIndex(format);
  let where: Locator | null = null;
  const findings: FormulaFinding[] = [];
  for (const entry of withFormula) {
    const options = implied.get(ids.get(entry[0]) ?? -1);
    const refs = options ? plainSumRefs(entry[1].formula as string) : null;
    if (!options || !refs) continue;
    where ??= locate(report, ids);
    const used = resolve(refs, entry[1].ref as CellAddress, where);
    // Only a sum over this table is judged; a link to other sheets or files is someone else's arithmetic.
    if (used.cells.size === 0) continue;
    const finding = formulaFinding(report, entry, keys, options, used);
    if (finding) findings.push(finding);
  }
  return findings;
}
