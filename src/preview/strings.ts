/** Strings of the preview page (the stand-in workbook around the task pane). */
export const P = {
  workbook: "工作簿",
  nameBox: "名称框",
  formulaBar: "编辑栏",
  sheets: "工作表",
  editCell: (address: string) => `编辑 ${address}`,
  typeInto: (address: string) => `在 ${address} 中键入`,
  comment: "批注",
} as const;
