/** The summary printed after `check` on many files, for people: files read, files with errors, the worst rules. */
import { ruleTitle } from "../core/check/rules";
import type { Finding } from "../core/check/types";

/** The reader's note that a file holds no table at all. */
const NO_TABLES = "F2";

interface RuleCount {
  rule: string;
  errors: number;
  warnings: number;
  files: number;
}

export class RunSummary {
  private checked = 0;
  private withErrors: string[] = [];
  /** Files in which no table was found (F2): an error of the file, counted apart from the errors in tables. */
  private withoutTables: string[] = [];
  private withWarnings = 0;
  private accepted = 0;
  private withAccepted = 0;
  private unreadable: string[] = [];
  private rules = new Map<string, RuleCount>();

  addFile(file: string, findings: readonly Finding[]): void {
    this.checked += 1;
    const seen = new Set<string>();
    let errors = 0;
    const accepted = findings.filter((f) => f.review).length;
    this.accepted += accepted;
    if (accepted > 0) this.withAccepted += 1;
    for (const f of findings) {
      if (f.review) continue;
      const count = this.rules.get(f.rule) ?? { rule: f.rule, errors: 0, warnings: 0, files: 0 };
      if (f.severity === "error") {
        count.errors += 1;
        errors += 1;
      } else count.warnings += 1;
      if (!seen.has(f.rule)) count.files += 1;
      seen.add(f.rule);
      this.rules.set(f.rule, count);
    }
    if (findings.some((f) => f.rule === NO_TABLES && !f.review)) this.withoutTables.push(file);
    else if (errors > 0) this.withErrors.push(file);
    else if (findings.length > accepted) this.withWarnings += 1;
  }

  addUnreadable(message: string): void {
    this.unreadable.push(message);
  }

  /** Rules by how often they were broken (errors first), most frequent first. */
  worstRules(limit = 5): RuleCount[] {
    return [...this.rules.values()]
      .sort(
        (a, b) =>
          b.errors - a.errors || b.warnings - a.warnings || b.files - a.files || a.rule.localeCompare(b.rule, "en"),
      )
      .slice(0, limit);
  }

  get counts(): { read: number; checked: number; withErrors: number; withoutTables: number; unreadable: number } {
    return {
      withoutTables: this.withoutTables.length,
      read: this.checked + this.unreadable.length,
      checked: this.checked,
      withErrors: this.withErrors.length,
      unreadable: this.unreadable.length,
    };
  }

  text(): string {
    const { read, checked, withErrors, withoutTables, unreadable } = this.counts;
    const clean = checked - withErrors - withoutTables - this.withWarnings;
    const head =
      `共 ${read} 个文件：已校验 ${checked} 个` +
      (unreadable > 0 ? `，无法读取 ${unreadable} 个` : "") +
      (withoutTables > 0 ? `；未找到表格 ${withoutTables} 份` : "") +
      `；有错误的 ${withErrors} 个，只有警告的 ${this.withWarnings} 个，全部通过的 ${clean} 个。`;
    const lines = ["汇总", `  ${head}`];
    if (this.accepted > 0) {
      lines.push(`  已核实的问题 ${this.accepted} 个（${this.withAccepted} 个文件），不计入错误和警告。`);
    }
    const worst = this.worstRules();
    if (worst.length > 0) {
      const list = worst.map((r) => {
        const kind = r.errors === 0 ? "（警告）" : "";
        return `${ruleTitle(r.rule)} ${r.errors + r.warnings} 处${kind}（${r.files} 个文件）`;
      });
      lines.push(`  最常见的问题：${list.join("；")}`);
    }
    if (this.withErrors.length > 0) {
      const shown = this.withErrors.slice(0, 10).join("、");
      lines.push(`  有错误的文件：${shown}${this.withErrors.length > 10 ? ` 等 ${this.withErrors.length} 个` : ""}`);
    }
    if (this.withoutTables.length > 0) {
      const shown = this.withoutTables.slice(0, 10).join("、");
      const more = this.withoutTables.length > 10 ? ` 等 ${this.withoutTables.length} 个` : "";
      lines.push(`  未找到表格的文件：${shown}${more}`);
    }
    for (const message of this.unreadable) lines.push(`  无法读取：${message}`);
    return lines.join("\n");
  }
}
