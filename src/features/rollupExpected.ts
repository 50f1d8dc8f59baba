/** What the roll-up says about the list of units that must report: in words, for the command line and the pane. */
import type { ExpectedUnitsCheck, ReportedUnit } from "../core/report/unitName";

const from = (r: ReportedUnit) => (r.name === r.source ? r.name : `${r.name}（${r.source}）`);

/** Lines like “未报送（2 个）：张集乡、李集镇”; the first line counts, the others name (none when empty). */
export function expectedUnitsLines(check: ExpectedUnitsCheck): string[] {
  const listed = check.reported.length + check.missing.length;
  const lines = [
    `对照应报单位名单（${listed} 个）：已报送 ${check.reported.length} 个，未报送 ${check.missing.length} 个` +
      `${check.unexpected.length > 0 ? `，名单外报告 ${check.unexpected.length} 份` : ""}` +
      `${check.duplicates.length > 0 ? `，重复报送 ${check.duplicates.length} 个` : ""}。`,
  ];
  if (check.missing.length > 0) lines.push(`未报送（${check.missing.length} 个）：${check.missing.join("、")}`);
  if (check.unexpected.length > 0) {
    lines.push(`不在名单上的报告（${check.unexpected.length} 份）：${check.unexpected.map(from).join("、")}`);
  }
  for (const d of check.duplicates) {
    lines.push(`重复报送：${d.unit} 有 ${d.reports.length} 份报告（${d.reports.map((r) => r.source).join("；")}）`);
  }
  if (check.repeatedOnList.length > 0) lines.push(`名单中重复列出（按一个计）：${check.repeatedOnList.join("、")}`);
  return lines;
}
