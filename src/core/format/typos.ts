/** Typos seen in published reports, by key, with the official label they stand for. */
export const KNOWN_TYPOS: Readonly<Record<string, string>> = {
  现行有效件: "现行有效件数",
  行政法复议: "行政复议",
  工作告年度报: "工作年度报告",
};
