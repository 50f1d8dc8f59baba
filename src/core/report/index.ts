export * from "./model";
export { emptyReport, setValue, getValue, type ReportSeed } from "./build";
export { parseCellValue, isValueLike, numberFromText, type ParsedValue } from "./values";
export {
  labelKey,
  matchLabel,
  labelParts,
  rowLabelScore,
  sameLabel,
  similarity,
  KNOWN_TYPOS,
  type LabelMatch,
  type LabelParts,
} from "./labels";
export { reportsFromGrid, findTables, findTitles } from "./fromGrid";
export { reportFromText, textToGrid } from "./fromText";
export { reportFromDocument, documentGrid, type DocumentBlock, type DocumentTable } from "./fromDocument";
export { reportGridValues, type GridValue } from "./toGrid";
export { parseTitle, type TitleInfo } from "./titles";
export { READ_RULES, type ReadRule } from "./notes";
