/**
 * Text from a file's bytes as the browser would read it: a byte-order mark first (UTF-8, UTF-16), then the
 * charset a web page declares, then UTF-8 if the bytes are valid UTF-8, else GB 18030 (what Chinese government
 * sites publish in). TextDecoder is the WHATWG decoder browsers use; it maps gbk/gb2312 to GB 18030.
 */

function bom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

/** Whether the bytes start with a UTF-16 byte-order mark (such text holds zero bytes). */
export function isUtf16(bytes: Uint8Array): boolean {
  const mark = bom(bytes);
  return mark !== null && mark.encoding !== "utf-8";
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv content). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function decodeAs(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array, opts: { html?: boolean } = {}): string {
  const mark = bom(bytes);
  if (mark) return new TextDecoder(mark.encoding).decode(bytes.subarray(mark.skip));
  const declared = opts.html ? declaredCharset(bytes) : null;
  if (declared && !/^utf-?8$/.test(declared)) {
    const text = decodeAs(declared, bytes);
    if (text !== null) return text;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
