/** How cells, rows, columns and rule instances are named in messages. */
import { shortCellName, type TableId } from "../format";
import { abs, toText, type Dec } from "./exact";
import type { Evaluated } from "./evaluate";
import type { RuleInstance } from "./instances";

/**
 * 行·列 of a cell. Table 二's column labels are single headers, one of them with a slash in it
 * (2019 本年增/减), so they are taken whole rather than split as paths.
 */
export const cellName = (cell: { row: string; column: string; table?: TableId }): string =>
  cell.table === "二" ? `${rowLabel(cell.row)}·${cell.column}` : shortCellName(cell);

const memo = (f: (path: string) => string) => {
  const seen = new Map<string, string>();
  return (path: string): string => {
    let label = seen.get(path);
    if (label === undefined) {
      label = f(path);
      seen.set(path, label);
    }
    return label;
  };
};

/** The last label of a row path, without the official note of （二）部分公开（区分处理的，…）. */
export const rowLabel = memo((path) =>
  (path.split("/").slice(-1)[0] ?? "").replace(/^(（[一二三四五六七八九十]）[^（]+)（.+）$/u, "$1"),
);

export const columnLabel = memo((path) => shortCellName({ row: "", column: path }));

export const fmt = (a: Dec): string => toText(a);

/** Where an instance applies: "“自然人”列", "“（一）予以公开”行", or "" for a rule of its own (table 四). */
export function instanceWhere(inst: RuleInstance): string {
  if (inst.rule.along === "column") return `“${columnLabel(inst.at)}”列`;
  return inst.at === "" ? "" : `“${rowLabel(inst.at)}”行`;
}

/** A rule at one place, in words (no rule id): "“自然人”列的“（七）总计等于各项办理结果之和”". */
export function instanceRef(inst: RuleInstance): string {
  const where = instanceWhere(inst);
  const relation = `“${inst.rule.text.left}等于${inst.rule.text.right}”`;
  return where === "" ? relation : `${where}的${relation}`;
}

/** What a single left term is called at this instance: "（七）总计·自然人", "（一）予以公开·总计", "行政复议·总计". */
function leftName(inst: RuleInstance): string {
  const { rule, at } = inst;
  if (rule.along === "column") return `${rule.text.left}·${columnLabel(at)}`;
  return at === "" ? rule.text.left : `${rowLabel(at)}·${rule.text.left}`;
}

/** "（七）总计·自然人 为 20，但各项办理结果之和为 26（相差 6）" */
export function failureMessage(ev: Evaluated): string {
  const { inst, left, right, d } = ev;
  const tail = `${inst.rule.text.right}为 ${fmt(right)}（相差 ${fmt(abs(d))}）`;
  if (inst.rule.left.length === 1) return `${leftName(inst)} 为 ${fmt(left)}，但${tail}`;
  const where = instanceWhere(inst);
  return `${where === "" ? "" : `${where}：`}${inst.rule.text.left}为 ${fmt(left)}，但${tail}`;
}

/** "A、B和C" */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("、")}和${items[items.length - 1]}`;
}
