import type { Finding } from "../core/check/types";
import { RunSummary } from "./runSummary";

const finding = (rule: Finding["rule"], severity: Finding["severity"]): Finding => ({
  severity,
  rule,
  table: null,
  message: "…",
  imbalance: null,
  cells: [],
  suspect: null,
});

describe("the summary of check on many files", () => {
  test("files without any table are counted apart from files with errors (未找到表格 N 份), and named", () => {
    const summary = new RunSummary();
    summary.addFile("甲乡.txt", [finding("F2", "error")]);
    summary.addFile("乙镇.txt", [finding("F2", "error")]);
    summary.addFile("丙街道.xlsx", [finding("R2", "error")]);
    summary.addFile("丁镇.xlsx", []);
    expect(summary.counts).toMatchObject({ checked: 4, withErrors: 1, withoutTables: 2 });
    const text = summary.text();
    expect(text).toContain(
      "共 4 个文件：已校验 4 个；未找到表格 2 份；有错误的 1 个，只有警告的 0 个，全部通过的 1 个。",
    );
    expect(text).toContain("未找到表格的文件：甲乡.txt、乙镇.txt");
    expect(text).toContain("有错误的文件：丙街道.xlsx");
    expect(text).not.toMatch(/有错误的文件：.*甲乡/);
  });

  test("without such files the summary reads as before", () => {
    const summary = new RunSummary();
    summary.addFile("丙街道.xlsx", [finding("R2", "error")]);
    expect(summary.text()).toContain("共 1 个文件：已校验 1 个；有错误的 1 个，只有警告的 0 个，全部通过的 0 个。");
    expect(summary.text()).not.toContain("未找到表格");
  });
});
