/**
 * Hostile inputs for `check` (issue 12 items 6–7), written into a folder: the bench measures time and peak memory
 * on them, the tests assert the answers. Zips are written byte for byte, so that an entry can inflate to gigabytes
 * (a zip bomb) from a small file without that content ever sitting in memory, and so that declared sizes can lie.
 *   const { writeHostileInputs } = require("./hostileInputs"); writeHostileInputs(dir, { bombMb: 1024 })
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const u16 = (n) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/**
 * The raw deflate stream and CRC of `head`, then `chunk` `times` times, then `tail`: each piece is deflated alone and
 * flushed to a byte boundary (Z_FULL_FLUSH), so repeating a piece's bytes repeats its content.
 */
function deflateRepeated(head, chunk, times, tail) {
  const piece = (buf) => zlib.deflateRawSync(buf, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const repeated = piece(chunk);
  let crc = zlib.crc32(head);
  for (let i = 0; i < times; i += 1) crc = zlib.crc32(chunk, crc);
  crc = zlib.crc32(tail, crc);
  const parts = [piece(head)];
  for (let i = 0; i < times; i += 1) parts.push(repeated);
  parts.push(zlib.deflateRawSync(tail, { level: 9 }));
  return { data: Buffer.concat(parts), crc, size: head.length + chunk.length * times + tail.length };
}

/** One entry, deflated whole. */
function deflated(text) {
  const buf = Buffer.from(text, "utf8");
  return { data: zlib.deflateRawSync(buf, { level: 9 }), crc: zlib.crc32(buf), size: buf.length };
}

/** A zip of entries { name, data, crc, size, declaredSize? } (deflated; declaredSize written instead of size). */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const declared = e.declaredSize ?? e.size;
    const fields = [u16(20), u16(0x0800), u16(8), u16(0), u16(0x21), u32(e.crc), u32(e.data.length), u32(declared)];
    const local = Buffer.concat([u32(0x04034b50), ...fields, u16(name.length), u16(0), name]);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        ...fields,
        u16(name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    locals.push(local, e.data);
    offset += local.length + e.data.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(central.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, central, end]);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The parts of a one-sheet workbook around a given sheet entry. */
function workbookEntries(sheetEntry, definedNames = "") {
  return [
    deflated(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflated(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="2024年报表" sheetId="1" r:id="rId1"/></sheets>` +
        `${definedNames ? `<definedNames>${definedNames}</definedNames>` : ""}</workbook>`,
    ),
    deflated(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheetEntry,
  ].map((e, i) => ({
    ...e,
    name: [
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/worksheets/sheet1.xml",
    ][i],
  }));
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_TAIL = `</sheetData></worksheet>`;
const LABEL_ROWS =
  `<row r="1"><c r="A1" t="inlineStr"><is><t>三、依申请公开政府信息情况</t></is></c></row>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>一、本年新收政府信息公开申请数量</t></is></c><c r="B2"><v>0</v></c></row>`;

/** A workbook of sheet XML of about `mb` megabytes, from a small file; declaredSize lies about it when given. */
function zipBomb(mb, declaredSize) {
  const row = Buffer.from(`<row><c t="inlineStr"><is><t>${"数".repeat(300)}</t></is></c></row>`.repeat(1000));
  const times = Math.ceil((mb * 1024 * 1024) / row.length);
  const sheet = deflateRepeated(Buffer.from(SHEET_HEAD), row, times, Buffer.from(SHEET_TAIL));
  return zip(workbookEntries({ ...sheet, declaredSize }));
}

/** The official labels of table 三, as a published text lays them out, with numbers. */
const T3_LINES = [
  "三、收到和处理政府信息公开申请情况",
  "一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0",
  "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
  "三、本年度办理结果",
  "（一）予以公开 0 0 0 0 0 0 0",
];

/**
 * The hostile inputs, by name: what each is and its file.
 * bombMb: size of the zip bombs' XML (1024 and more in the bench; smaller in tests).
 */
function writeHostileInputs(dir, { bombMb = 1024, textMb = 12 } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const files = {};
  const put = (name, bytes) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    files[name] = file;
  };
  put(
    "stray-cell-XFD1048576.xlsx",
    zip(
      workbookEntries(
        deflated(`${SHEET_HEAD}${LABEL_ROWS}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>${SHEET_TAIL}`),
      ),
    ),
  );
  put(
    "name-covers-sheet.xlsx",
    zip(
      workbookEntries(
        deflated(`${SHEET_HEAD}${LABEL_ROWS}${SHEET_TAIL}`),
        `<definedName name="DT_2024_T3">'2024年报表'!$A$1:$XFD$1048576</definedName>` +
          `<definedName name="DT_2024_T2">'2024年报表'!$A$1:$XFD$1048576</definedName>`,
      ),
    ),
  );
  const block = `${T3_LINES.join("\n")}\n`;
  put(`repeated-labels-${textMb}MB.txt`, block.repeat(Math.ceil((textMb * 1024 * 1024) / Buffer.byteLength(block))));
  put("long-line-1MB.txt", `${T3_LINES.join("\n")}\n${"1 ".repeat(512 * 1024)}\n${block.repeat(200)}`);
  put(`zip-bomb-${bombMb}MB.xlsx`, zipBomb(bombMb));
  put(`zip-bomb-lying-${bombMb}MB.xlsx`, zipBomb(bombMb, 4096));
  return files;
}

module.exports = { writeHostileInputs, zipBomb, zip, deflated, deflateRepeated };

if (require.main === module) {
  const dir = process.argv[2];
  const files = writeHostileInputs(dir, { bombMb: Number(process.argv[3] || 1024) });
  for (const [name, file] of Object.entries(files)) process.stdout.write(`${name}\t${fs.statSync(file).size}\n`);
}
