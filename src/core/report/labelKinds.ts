/** What the official labels are, from the format data: every label's key, and which are column headers. */
import { FORMATS, HEADINGS, TABLE_IDS, type TableFormat } from "../format";
import { labelKey } from "./labels";

const tables: TableFormat[] = Object.values(FORMATS).flatMap((f) => TABLE_IDS.map((id) => f.tables[id]));

function labelTexts(): string[] {
  const texts = new Set<string>(Object.values(HEADINGS));
  for (const table of tables) {
    for (const cell of table.cells) if (cell.text) texts.add(cell.text);
    for (const path of [...table.rowPaths, ...table.columnPaths]) for (const part of path.split("/")) texts.add(part);
  }
  texts.delete("");
  return [...texts];
}

const KNOWN = new Set(labelTexts().map(labelKey));
const KNOWN_LIST = [...KNOWN];

/** Column headers under which the values stand (the last of a column's labels), never a row's label. */
const HEADER_LEAVES = (() => {
  const rowParts = new Set(tables.flatMap((t) => t.rowPaths.flatMap((p) => p.split("/"))).map(labelKey));
  const leaves = tables.flatMap((t) => t.columnPaths.map((p) => labelKey(p.split("/").slice(-1)[0])));
  return new Set(leaves.filter((k) => !rowParts.has(k)));
})();

/** The key is an official label's whole key. */
export function isKnownLabel(key: string): boolean {
  return KNOWN.has(key);
}

/** The key is the beginning of an official label (or the whole of it): a label that may go on on the next line. */
export function isKnownLabelStart(key: string): boolean {
  return key !== "" && (KNOWN.has(key) || KNOWN_LIST.some((k) => k.startsWith(key)));
}

/** The key names a column (自然人, 总计, 本年制发件数 …), not a row. */
export function isColumnHeaderLeaf(key: string): boolean {
  return HEADER_LEAVES.has(key);
}
