/** How rule instances and their failures are put in messages (cells, rows and columns: format/naming). */
import { columnLabel, NAME_SEPARATOR, rowLabel } from "../format";
import { abs, toText, type Dec } from "./exact";
import type { Evaluated } from "./evaluate";
import type { RuleInstance } from "./instances";

export const fmt = (a: Dec): string => toText(a);

/** Where an instance applies: "“自然人”列", "“（一）予以公开”行", or "" for a rule of its own (table 四). */
export function instanceWhere(inst: RuleInstance): string {
  if (inst.rule.along === "column") return `“${columnLabel(inst.at)}”列`;
  return inst.at === "" ? "" : `“${rowLabel(inst.at)}”行`;
}

/** A rule's relation as an equation, in its official words (no rule id): "“（七）总计 = 各项办理结果之和”". */
export function relationEquation(rule: RuleInstance["rule"]): string {
  return `“${rule.text.left} = ${rule.text.right}”`;
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
  if (rule.along === "column") return `${rule.text.left}${NAME_SEPARATOR}${columnLabel(at)}`;
  return at === "" ? rule.text.left : `${rowLabel(at)}${NAME_SEPARATOR}${rule.text.left}`;
}

/** "（七）总计·自然人 为 20，但各项办理结果之和为 26（相差 6）" */
export function failureMessage(ev: Evaluated): string {
  const { inst, left, right, d } = ev;
  const tail = `${inst.rule.text.right}为 ${fmt(right)}（相差 ${fmt(abs(d))}）`;
  if (inst.rule.left.length === 1) return `${leftName(inst)} 为 ${fmt(left)}，但${tail}`;
  const where = instanceWhere(inst);
  return `${where === "" ? "" : `${where}：`}${inst.rule.text.left}为 ${fmt(left)}，但${tail}`;
}
