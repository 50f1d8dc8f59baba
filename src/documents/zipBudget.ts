/**
 * Refusing zip bombs before a reader opens the file (.xlsx, .docx): a few megabytes can inflate to gigabytes of XML,
 * which ExcelJS or a document reader would hold in memory. First the sizes the zip declares, then the true sizes
 * (each entry inflated and counted, stopped at the ceiling, since the declared sizes can lie). Runs in Node and in
 * the task pane alike: entries are inflated by JSZip as a stream, or by a faster inflater the caller has (Node's
 * zlib, for the command line reading a thousand workbooks).
 */
import JSZip from "jszip";

/** XML (worksheets, shared strings, document text) a report workbook or document could need, with room to spare. */
export const MAX_XML_BYTES = 32 * 1024 * 1024;
/** Everything in the zip, pictures included. */
export const MAX_UNZIPPED_BYTES = 128 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** An entry as the zip's central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressed: number;
  /** The inflated size the zip declares (it can lie). */
  declared: number;
  /** Where its local header starts. */
  offset: number;
}

/** An entry's inflated size, counted and dropped; "over" past the ceiling; null when its data is damaged. */
export type EntrySize = (entry: ZipEntry, ceiling: number) => Promise<number | "over" | null>;

/** How the entries of one zip (its bytes, its entries) are sized: made once per file. */
export type EntrySizer = (bytes: Uint8Array, entries: readonly ZipEntry[]) => Promise<EntrySize | null>;

/** An entry's compressed data, from its local header; null when the header is not where the directory says. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== LOCAL) return null;
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  return bytes.subarray(start, start + entry.compressed);
}

function centralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i -= 1) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const compressed = view.getUint32(at + 20, true);
    const declared = view.getUint32(at + 24, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      compressed,
      declared: declared === ZIP64_MARK || compressed === ZIP64_MARK ? Number.MAX_SAFE_INTEGER : declared,
      offset: view.getUint32(at + 42, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

const isXml = (name: string) => /\.(xml|rels)$/i.test(name);
const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;

function tooLarge(xml: number, all: number): string {
  const what = xml > MAX_XML_BYTES ? `表格内容解压后超过 ${mb(MAX_XML_BYTES)}` : `解压后超过 ${mb(MAX_UNZIPPED_BYTES)}`;
  return (
    `文件${what}（约 ${mb(Math.max(xml, all))}），未读取：可能已损坏，或是一个“压缩炸弹”。` +
    "如确为报告，请删去无关的工作表或图片后再试"
  );
}

/** JSZip's streamed read of one entry (public API, missing from its type declarations). */
type StreamedEntry = { internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array> };

/** JSZip's streamed inflate, chunk by chunk (in the task pane: no Node built-ins). */
export const jszipSizer: EntrySizer = async (bytes) => {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return null; // damaged: the reader reports the file as damaged
  }
  return (entry, ceiling) => {
    const file = zip.file(entry.name);
    return file ? streamedSize(file, ceiling) : Promise.resolve(null);
  };
};

function streamedSize(entry: JSZip.JSZipObject, ceiling: number): Promise<number | "over" | null> {
  return new Promise((resolve) => {
    let size = 0;
    let done = false;
    const stream = (entry as unknown as StreamedEntry).internalStream("uint8array");
    const finish = (answer: number | "over" | null) => {
      if (done) return;
      done = true;
      stream.pause();
      resolve(answer);
    };
    stream
      .on("data", (chunk) => {
        size += chunk.length;
        if (size > ceiling) finish("over");
      })
      .on("error", () => finish(null))
      .on("end", () => finish(size))
      .resume();
  });
}

/** Null when the zip's content fits the ceilings, else the message saying why it is refused. */
export async function zipTooLarge(bytes: Uint8Array, sizer: EntrySizer = jszipSizer): Promise<string | null> {
  const entries = centralDirectory(bytes);
  if (entries === null) return null; // not a zip the readers could open either: they say so
  let xml = 0;
  let all = 0;
  for (const e of entries) {
    all += e.declared;
    if (isXml(e.name)) xml += e.declared;
    if (xml > MAX_XML_BYTES || all > MAX_UNZIPPED_BYTES) return tooLarge(xml, all);
  }
  const sizeOf = await sizer(bytes, entries);
  if (sizeOf === null) return null;
  xml = 0;
  all = 0;
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const room = isXml(entry.name) ? Math.min(MAX_XML_BYTES - xml, MAX_UNZIPPED_BYTES - all) : MAX_UNZIPPED_BYTES - all;
    const size = await sizeOf(entry, Math.max(0, room));
    if (size === "over") return tooLarge(isXml(entry.name) ? xml + room + 1 : xml, all + room + 1);
    if (size === null) continue; // damaged data: the reader reports the file as damaged
    all += size;
    if (isXml(entry.name)) xml += size;
  }
  return null;
}
