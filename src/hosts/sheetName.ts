/**
 * Why Excel (and WPS) would refuse a sheet name, in plain Chinese; null when it is a good name. ExcelJS throws
 * these in English, or cuts a long name silently: the ExcelJS host asks here first.
 */
const SHEET_NAME_MAX = 31;

export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "工作表名称不能为空";
  if (/[*?:/\\[\]]/.test(name)) return `工作表名称“${name}”不能含有以下字符：* ? : \\ / [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `工作表名称“${name}”不能以单引号开头或结尾`;
  if (name.length > SHEET_NAME_MAX) return `工作表名称“${name}”超过 ${SHEET_NAME_MAX} 个字符`;
  if (name.toLowerCase() === "history") return `“${name}”是 Excel 保留的工作表名称，请换一个名称`;
  return null;
}
