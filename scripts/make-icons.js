#!/usr/bin/env node
/**
 * Draws the add-in's icons (a table with a highlighted cell) as real PNG files in assets/,
 * at the sizes Office asks for. Plain Node (zlib), no image library: run `node scripts/make-icons.js`.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const OUT = path.join(__dirname, "..", "assets");

const BACKGROUND = [0x1f, 0x5f, 0xa8, 255]; // blue tile
const PAPER = [255, 255, 255, 255];
const LINE = [0x1f, 0x5f, 0xa8, 255];
const HEADER = [0xc6, 0xd9, 0xf1, 255];
const FLAG = [0xe8, 0x4c, 0x3d, 255]; // the flagged cell
const CLEAR = [0, 0, 0, 0];

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (size × size × 4) → PNG bytes. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const set = (x, y, c) => px.set(c, (y * size + x) * 4);
  const radius = Math.max(2, Math.round(size * 0.14));
  const inCorner = (x, y) => {
    const cx = x < radius ? radius : x >= size - radius ? size - radius - 1 : x;
    const cy = y < radius ? radius : y >= size - radius ? size - radius - 1 : y;
    return (x - cx) ** 2 + (y - cy) ** 2 > radius ** 2;
  };
  // The sheet: a white rectangle inside the tile, with a 4 × 4 grid and a shaded header row.
  const m = Math.max(2, Math.round(size * 0.16));
  const x0 = m;
  const x1 = size - m - 1;
  const y0 = m;
  const y1 = size - m - 1;
  const cols = [0, 1, 2, 3, 4].map((i) => Math.round(x0 + ((x1 - x0) * i) / 4));
  const rows = [0, 1, 2, 3, 4].map((i) => Math.round(y0 + ((y1 - y0) * i) / 4));
  const line = Math.max(1, Math.round(size / 40));
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if (inCorner(x, y)) {
        set(x, y, CLEAR);
        continue;
      }
      if (x < x0 || x > x1 || y < y0 || y > y1) {
        set(x, y, BACKGROUND);
        continue;
      }
      const onLine = cols.some((c) => x >= c && x < c + line) || rows.some((r) => y >= r && y < r + line);
      const isHeader = y < rows[1];
      const isFlag = x > cols[2] && x < cols[3] && y > rows[2] && y < rows[3];
      set(x, y, onLine ? LINE : isFlag ? FLAG : isHeader ? HEADER : PAPER);
    }
  }
  return px;
}

fs.mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, draw(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
