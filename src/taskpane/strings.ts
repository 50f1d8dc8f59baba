/** Every string the task pane shows, in one place (Chinese, as the users read it). */
import type { FormatId, TableId } from "../core/format";
import { UNFILLED_VERDICT } from "../features/verdict";
import type { ExpectedUnitsCheck } from "../core/report/unitName";
import { expectedUnitsLines } from "../features/rollupExpected";

export const S = {
  title: "政务公开年报表格助手",
  yearLabel: "报告年度",
  unitLabel: "单位名称",
  unitPlaceholder: "如：胡集乡",
  tablesLabel: "插入哪些表格",
  insert: "插入表格",
  check: "校验",
  clear: "清除标记",
  newYear: "生成新年度",
  importReports: "导入报告…",
  importFilesLabel: "选择要导入的报告文件",
  insertSection: "插入表格",
  checkSection: "校验与新年度",
  working: {
    insert: "正在插入表格…",
    check: "正在校验…",
    clear: "正在清除标记…",
    select: "正在定位…",
    newYear: "正在生成新年度表格…",
    importReports: "正在读取并导入报告…",
  },
  starting: "正在连接 Excel…",
  findingsLabel: "校验发现的问题",
  scopeActive: "只校验当前工作表",
  stale: "表格在校验后已修改，以下结果可能已过时，请重新校验。",
  unitMissing: "请填写单位名称，如：胡集乡",
  suspectPrefix: "可疑单元格：",
  candidatesPrefix: "可能是：",
  suggestedPrefix: "建议值：",
  goTo: "定位到",
  otherTable: "其他",
  errorTitle: "出错了",
  doneTitle: "完成",
  checkTitle: "校验结果",
} as const;

export const severityText = { error: "错误", warning: "警告" } as const;

/** What a screen reader says for a finding: the severity apart from the text ("错误：表三…"). */
export function spokenFinding(severity: keyof typeof severityText, text: string): string {
  return `${severityText[severity]}：${text}`;
}

/** Rule ids appear only here, in the tooltip (and in --json), never in the pane's text. */
export function ruleTooltip(target: string | null, rules: readonly string[]): string {
  const ids = [...new Set(rules)].join("、");
  return target ? `${S.goTo} ${target}（规则 ${ids}）` : `规则 ${ids}`;
}

export function suspectsHeading(count: number): string {
  return `${count} 处可能填错：`;
}

/** "J23 应为 218（现为 281，相邻两位数字颠倒）" */
export function suspectLine(
  cell: string,
  suggestedValue: number,
  value: number | string | null,
  cause?: string,
): string {
  const now = value === null || value === "" ? "现为空白" : `现为 ${value}`;
  return `${cell} 应为 ${suggestedValue}（${now}${cause ? `，${cause}` : ""}）`;
}

export function checkedSheetMessage(sheet: string | null): string {
  return sheet === null ? "已校验整个工作簿。" : `已校验工作表“${sheet}”。`;
}

/** A sheet's verdict: "全部通过", "尚未填写", or how many errors and warnings. */
export function verdictText(
  verdict: "passed" | "unfilled" | "findings",
  counts: { errors: number; warnings: number; parts?: number },
): string {
  if (verdict === "unfilled") return `${UNFILLED_VERDICT}。`;
  if (verdict === "passed") {
    return counts.parts ? `全部通过：汇总数等于 ${counts.parts} 个下级工作表之和。` : "全部通过";
  }
  const what = [
    counts.errors > 0 ? `${counts.errors} 处错误` : "",
    counts.warnings > 0 ? `${counts.warnings} 处警告` : "",
  ];
  return what.filter(Boolean).join("，");
}

export function tableHeading(table: TableId | null, headings: Record<TableId, string>): string {
  return table ? headings[table] : S.otherTable;
}

export function yearProblem(minYear: number, maxYear: number): string {
  return `报告年度须为 ${minYear} 至 ${maxYear} 之间的整数年份（${minYear} 年以前没有统一的年报表格）。`;
}

export const noTablesChosen = "请至少选择一个表格。";

export const notInExcel = "请在 Excel 中打开本加载项（没有 Excel 时可运行 npm run preview 在浏览器中预览）。";

export const notInHost = "请在 Excel 或 WPS 表格中打开本加载项（都没有时可运行 npm run preview 在浏览器中预览）。";
export const wpsLoadFailed = "WPS 表格的连接部分未能载入，请关闭任务窗格后重新打开：";

export function unsupportedExcel(set: string, version: string): string {
  return `此版本的 Excel 不支持本加载项需要的 ${set} ${version}，请更新 Office 后再使用。`;
}

const FORMAT_TEXT: Record<FormatId, string> = {
  "2019": "2019 年《格式（试行）》",
  "2021": "2021 年格式",
};

/** Said after a sheet is written where the host could not set up its printing (Excel before ExcelApi 1.9). */
export const PRINT_SETUP_MISSING =
  "当前程序不支持由加载项设置打印（Excel 需要 ExcelApi 1.9）：打印前请在“页面布局”中选择 A4 纸，并将所有列调整为一页宽。";

/** Said after a sheet is written where the host could not freeze its label columns (Excel before ExcelApi 1.7). */
export const FREEZE_PANES_MISSING =
  "当前程序不支持由加载项冻结窗格（Excel 需要 ExcelApi 1.7）：如需在向右滚动时保留行标题，请在“视图”中选择“冻结窗格”。";

/** A done message with a note on what the host could not set up: printing, frozen label columns. */
export function withHostNotes(text: string, done: { printSetup?: boolean; freezePanes?: boolean }): string {
  return `${text}${done.printSetup === false ? PRINT_SETUP_MISSING : ""}${done.freezePanes === false ? FREEZE_PANES_MISSING : ""}`;
}

export function insertedMessage(sheet: string, tables: readonly TableId[], format: FormatId): string {
  return `已在工作表“${sheet}”插入表格${tables.join("、")}（${FORMAT_TEXT[format]}）。`;
}

export function flaggedMessage(flagged: number, flagsSupported = true, problems = 0): string {
  if (!flagsSupported && problems > 0) {
    return "此版本的 Excel 不支持在表格中标记单元格（需要 ExcelApi 1.6）：问题已在下方列出，点击即可定位。";
  }
  return flagged > 0 ? `已在表格中标出 ${flagged} 个单元格。` : "";
}

/** Cells not marked in the workbook (hidden or protected sheets, Excel refused): the findings are still listed. */
export function unmarkedMessage(
  unmarked: readonly { cells: number; sheets: readonly string[]; reason: string }[],
): string {
  const parts = unmarked.map((u) => `${u.sheets.map((s) => `“${s}”`).join("、")}中 ${u.cells} 个单元格（${u.reason}）`);
  return `${parts.join("；")}未能在表格中标出。问题已在下方全部列出。`;
}

/** Flags written without their messages (Excel could not add comments). */
export function messagesLeftOutMessage(reason: string): string {
  return `单元格已标出，但未能附上说明（${reason}）：说明见下方列表。`;
}

export function noReportsFound(): string {
  return "工作簿中没有找到年报表格。请先插入表格，或将表格粘贴到工作表中。";
}

export function clearedMessage(removed: number): string {
  return removed > 0 ? `已清除 ${removed} 个校验标记，单元格已恢复原样式。` : "工作簿中没有校验标记。";
}

export function newYearMessage(sheet: string, year: number, carried: number): string {
  return `已生成 ${year} 年度工作表“${sheet}”，“二、上年结转”已填入 ${carried} 个单元格。`;
}

export function notCarriedMessage(missing: readonly string[]): string {
  return `上年表格中以下列的“四、结转下年度继续办理”无法读取，已留空，请核对后填写：${missing.join("、")}。`;
}

export function suggested(value: number): string {
  return `${S.suggestedPrefix}${value}`;
}

/** 汇总 (逐级汇总): the roll-up panel. */
export const ROLLUP = {
  open: "汇总下级报告…",
  section: "汇总下级报告",
  hint: "勾选各下级单位的工作表（每个工作表放一个单位的年报表格），将逐格相加，生成官方格式的汇总表和“汇总明细”。",
  sheetsLabel: "参与汇总的工作表",
  unitLabel: "汇总单位名称",
  unitPlaceholder: "如：郸城县",
  yearLabel: "报告年度",
  run: "生成汇总表",
  cancel: "取消",
  loading: "正在查找含年报表格的工作表…",
  working: "正在汇总…",
  noSheets: "工作簿中没有找到含年报表格的工作表。请先把各下级单位的表格分别粘贴到各自的工作表中。",
  noneChosen: "请至少勾选一个工作表。",
  noUnit: "请填写汇总单位名称，如：郸城县",
  doneTitle: "已生成汇总表",
  errorTitle: "未能汇总",
  summaryTag: "（已有的汇总表）",
  expectedLabel: "应报单位名单（可选）",
  expectedHint: "每行一个单位，可从工作表中复制一列粘贴；将列出未报送、名单外和重复报送的单位。",
  expectedPlaceholder: "胡集乡\n张集乡\n郸城县财政局",
} as const;

export function rollupSheetLabel(
  sheet: string,
  reports: readonly { unit: string | null; year: number | null }[],
): string {
  const about = reports.map((r) => `${r.unit ?? "单位未知"}，${r.year !== null ? `${r.year} 年度` : "年度未知"}`);
  return `${sheet}（${about.join("；")}）`;
}

export function rollupDoneMessage(r: {
  sheet: string;
  detailSheet: string;
  parts: number;
  lacking: readonly string[];
  gaps: readonly string[];
  expected?: ExpectedUnitsCheck;
}): string {
  const lines = [
    `已汇总 ${r.parts} 份报告，生成工作表“${r.sheet}”和“${r.detailSheet}”。按“校验”将核对汇总数是否等于各下级报告之和。`,
  ];
  if (r.lacking.length > 0) lines.push(`缺少表格，按不计入：${r.lacking.join("；")}。`);
  if (r.gaps.length > 0) lines.push(`有单元格无数值，按不计入：${r.gaps.join("；")}。`);
  if (r.expected) lines.push(...expectedUnitsLines(r.expected).map((l) => (l.endsWith("。") ? l : `${l}。`)));
  return lines.join("");
}

/** 已核实: accepting a finding that is right to leave as it is, with a reason kept in the workbook. */
export const REVIEW = {
  accept: "标为已核实…",
  acceptHint: "这个问题确属如此、无需改正时，写明理由后标为已核实；理由随工作簿保存，数字改动后会重新提示。",
  reasonLabel: "核实理由",
  reasonPlaceholder: "如：本单位为设区的市人民政府，有规章制定权",
  byLabel: "核实人（可不填）",
  confirm: "标为已核实",
  cancel: "取消",
  withdraw: "撤销核实",
  noReason: "请写明核实理由。",
  working: "正在保存核实记录…",
  withdrawing: "正在撤销核实…",
  errorTitle: "未能标为已核实",
} as const;

export function acceptedHeading(count: number): string {
  return `已核实（${count} 个，不再标记、不计入错误和警告）`;
}

export function reviewLine(review: { reason: string; by: string; at: string }): string {
  const who = [review.by, review.at.slice(0, 10)].filter(Boolean).join("，");
  return `已核实：${review.reason}${who ? `（${who}）` : ""}`;
}

export function acceptedMessage(count: number): string {
  return `已标为已核实（${count} 个问题）；理由已存入工作簿的隐藏工作表“DT_核实记录”，随文件保存。`;
}

/** What 导入报告 did: the sheets made, the files it could not read and why, what was noticed while reading. */
export function importedMessage(
  imported: readonly { file: string; sheet: string }[],
  refused: readonly { file: string; message: string }[],
  readNotes: readonly { sheet: string; message: string }[] = [],
): string {
  const made =
    imported.length > 0 ? `已导入 ${imported.length} 份报告：${imported.map((i) => `“${i.sheet}”`).join("、")}。` : "";
  const failed =
    refused.length > 0
      ? `${refused.length} 个文件未能导入：${refused.map((r) => `${r.file}（${r.message}）`).join("；")}。`
      : "";
  const noticed =
    readNotes.length > 0
      ? `读取时发现：${readNotes.map((n) => `“${n.sheet}”：${n.message.replace(/[。；\s]+$/, "")}`).join("；")}。`
      : "";
  return `${made}${failed}${noticed}`;
}

/** 与上年对比. */
export const COMPARE = {
  button: "与上年对比",
  working: "正在与上年对比…",
  doneTitle: "已生成与上年对比",
  errorTitle: "未能与上年对比",
} as const;

export function comparedMessage(r: {
  sheet: string;
  current: string;
  last: string;
  sentences: readonly string[];
  chart: boolean;
}): string {
  const head = `已将“${r.current}”与“${r.last}”逐格对比，写入工作表“${r.sheet}”${r.chart ? "（含主要指标的柱形图）" : "（主要指标已按图表所需排好）"}。`;
  return r.sentences.length > 0 ? `${head}可写入报告的表述：${r.sentences.join("；")}。` : head;
}
