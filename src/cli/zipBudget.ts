/**
 * Refusing zip bombs before a reader opens the file (.xlsx, .docx): a few megabytes can inflate to gigabytes of XML,
 * which ExcelJS or a document reader would hold in memory. First the sizes the zip declares, then the true sizes
 * (each entry inflated with a ceiling, since the declared sizes can lie).
 */
import { inflateRawSync } from "zlib";

/** XML (worksheets, shared strings, document text) a report workbook or document could need, with room to spare. */
export const MAX_XML_BYTES = 32 * 1024 * 1024;
/** Everything in the zip, pictures included. */
export const MAX_UNZIPPED_BYTES = 128 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  offset: number;
}

function centralDirectory(bytes: Buffer): Entry[] | null {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i -= 1) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      declared: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
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

/** Null when the zip's content fits the ceilings, else the message saying why it is refused. */
export function zipTooLarge(bytes: Buffer): string | null {
  const entries = centralDirectory(bytes);
  if (entries === null) return null; // not a zip the readers could open either: they say so
  let xml = 0;
  let all = 0;
  for (const e of entries) {
    const declared = e.declared === ZIP64_MARK || e.compressed === ZIP64_MARK ? Number.MAX_SAFE_INTEGER : e.declared;
    all += declared;
    if (isXml(e.name)) xml += declared;
    if (xml > MAX_XML_BYTES || all > MAX_UNZIPPED_BYTES) return tooLarge(xml, all);
  }
  xml = 0;
  all = 0;
  for (const e of entries) {
    if (e.offset + 30 > bytes.length || bytes.readUInt32LE(e.offset) !== LOCAL) continue;
    const start = e.offset + 30 + bytes.readUInt16LE(e.offset + 26) + bytes.readUInt16LE(e.offset + 28);
    const data = bytes.subarray(start, start + e.compressed);
    let size = data.length;
    if (e.method === 8) {
      const room =
        (isXml(e.name) ? Math.min(MAX_XML_BYTES - xml, MAX_UNZIPPED_BYTES - all) : MAX_UNZIPPED_BYTES - all) + 1;
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, room) }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return tooLarge(xml + room, all + room);
        continue; // damaged data: the reader reports the file as damaged
      }
    }
    all += size;
    if (isXml(e.name)) xml += size;
    if (xml > MAX_XML_BYTES || all > MAX_UNZIPPED_BYTES) return tooLarge(xml, all);
  }
  return null;
}
