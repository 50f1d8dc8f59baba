/** R7 (a readable, allowed number) and R8 (filled in) for one cell. */
import type { ReportCell } from "../report/model";
import { fmt } from "./names";
import { fromNumber } from "./exact";
import type { Finding, FindingCell } from "./types";

function valueText(cell: ReportCell): string {
  return cell.value !== null && Number.isFinite(cell.value) ? fmt(fromNumber(cell.value)) : String(cell.raw);
}

const isBlankRaw = (raw: ReportCell["raw"]) => raw === null || (typeof raw === "string" && raw.trim() === "");

/** "采购总金额 写作“251000元”，已按 25.1 万元读取；表中金额应以万元为单位、只填数字" */
function withUnitMessage(cell: ReportCell, name: string): string {
  const written = `${name} 写作“${String(cell.raw).trim()}”`;
  if (cell.def.kind === "amount") {
    return `${written}，已按 ${valueText(cell)} 万元读取；表中金额应以万元为单位、只填数字`;
  }
  return `${written}，已按 ${valueText(cell)} 读取；表中只填数字，不写单位`;
}

/** A readable number of the right kind, read without remarks: nothing to say about it. */
export function cellIsClean(cell: ReportCell): boolean {
  const v = cell.value;
  if (cell.problems.length > 0 || v === null || !Number.isFinite(v)) return false;
  if (cell.def.kind === "amount") return v >= 0;
  return Number.isSafeInteger(v) && (v >= 0 || cell.def.kind === "signedCount");
}

/** What is wrong with the cell's own value: at most one finding per severity. */
export function cellFindings(cell: ReportCell, name: string, at: FindingCell): Finding[] {
  const base = { table: cell.def.table, imbalance: null, cells: [at], suspect: null };
  const problems = new Set(cell.problems);
  const hasValue = cell.value !== null && Number.isFinite(cell.value);
  // The reader has said once, for the whole table, why these rows are not there.
  if (problems.has("absent")) return [];

  if (!hasValue) {
    if (problems.has("placeholder")) {
      const message = `${name} 填的是“${String(cell.raw).trim()}”，视为未填写：没有发生的事项也应填写 0`;
      return [{ ...base, severity: "error", rule: "R8", message }];
    }
    if (problems.has("errorValue")) {
      const message = `${name} 无法识别的数值：单元格是错误值“${String(cell.raw)}”`;
      return [{ ...base, severity: "error", rule: "R7", message }];
    }
    if (cell.mergedInto && isBlankRaw(cell.raw)) {
      const message =
        `${name} 与相邻单元格合并在一起（${cell.mergedInto}），合并后只有第一格有值：` + "请取消合并，每格分别填写数字";
      return [{ ...base, severity: "error", rule: "R7", message }];
    }
    if (problems.has("notNumber") || !isBlankRaw(cell.raw)) {
      const message = `${name} 无法识别的数值：“${String(cell.raw)}”不是数字`;
      return [{ ...base, severity: "error", rule: "R7", message }];
    }
    return [{ ...base, severity: "error", rule: "R8", message: `${name} 未填写：没有发生的事项也应填写 0` }];
  }

  const findings: Finding[] = [];
  const value = cell.value as number;
  const { kind } = cell.def;
  const wrong: string[] = [];
  if (value < 0 && kind === "count") wrong.push("件数不能为负数");
  if (value < 0 && kind === "amount") wrong.push("金额不能为负数");
  if (kind !== "amount" && !Number.isInteger(value)) wrong.push("件数应为整数");
  if (kind !== "amount" && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    wrong.push("数值过大，超出可精确计算的范围，请核对");
  }
  if (wrong.length > 0) {
    const message = `${name} 为 ${valueText(cell)}，${wrong.join("，且")}`;
    findings.push({ ...base, severity: "error", rule: "R7", message });
  }
  if (problems.has("withNote")) {
    const message = `${name} 写作“${String(cell.raw).trim()}”，已按 ${valueText(cell)} 读取；表中只填数字，说明请写在表格之外`;
    findings.push({ ...base, severity: "warning", rule: "R7", message });
  } else if (problems.has("withUnit")) {
    findings.push({ ...base, severity: "warning", rule: "R7", message: withUnitMessage(cell, name) });
  } else if (problems.has("fullWidth")) {
    const message = `${name} 含全角数字“${String(cell.raw)}”，已按 ${valueText(cell)} 读取，建议改为半角数字`;
    findings.push({ ...base, severity: "warning", rule: "R7", message });
  } else if (problems.has("numberAsText")) {
    const message = `${name} 是以文本形式存储的数字“${String(cell.raw)}”，已按 ${valueText(cell)} 读取，建议改为数值`;
    findings.push({ ...base, severity: "warning", rule: "R7", message });
  }
  return findings;
}
