/**
 * ExcelJS expands every defined name into a matrix of its cells on load: a name covering the whole sheet
 * (A1:XFD1048576, 17 billion cells) never finishes. Such names are clipped before ExcelJS sees the workbook; a
 * table name that large cannot fit a table's shape, so the reader reads its area by labels either way.
 */
import JSZip from "jszip";
import { parseAddress, quoteSheet, boxAddress } from "../../core/grid/address";

/** Cells a defined name may cover as ExcelJS loads it (a whole table sheet is a few thousand). */
const MAX_NAME_CELLS = 65_536;
const CLIPPED = { rows: 1_024, cols: 64 };

const DEFINED_NAME = /(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g;
const unescape = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function clipRef(ref: string): string {
  const box = parseAddress(unescape(ref));
  if (!box || box.sheet === null || box.rows * box.cols <= MAX_NAME_CELLS) return ref;
  const clipped = { ...box, rows: Math.min(box.rows, CLIPPED.rows), cols: Math.min(box.cols, CLIPPED.cols) };
  return escape(`${quoteSheet(box.sheet)}!${boxAddress(clipped, true)}`);
}

/** The workbook's bytes with every huge defined name clipped; the same bytes when there is none. */
export async function withHugeNamesClipped(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file("xl/workbook.xml");
  if (!entry) return bytes;
  const xml = await entry.async("string");
  if (!xml.includes("<definedName")) return bytes;
  let changed = false;
  const clipped = xml.replace(DEFINED_NAME, (all, open: string, ref: string, close: string) => {
    const next = clipRef(ref);
    if (next === ref) return all;
    changed = true;
    return `${open}${next}${close}`;
  });
  if (!changed) return bytes;
  zip.file("xl/workbook.xml", clipped);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
