/** A1 addresses: parsing and writing "Sheet1!A1:B2", "'2024年报表'!$A$3:$D$16" (no Office or Node imports). */
import type { Box } from "./types";

/** A1-style column letters for a 0-based column. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface SheetBox extends Box {
  /** Sheet name as written (unquoted), or null when the address names no sheet. */
  sheet: string | null;
}

/** The sheet name as Excel writes it in a reference: quoted when it needs it. */
export function quoteSheet(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Sheet1!D30", "'2024年报表'!D30": one cell, as Excel writes it. */
export function a1Ref(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${columnLetters(col)}${row + 1}`;
}

/** 0-based column of column letters ("A" → 0, "AA" → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "D5:F9" ("$D$5:$F$9" with absolute), one cell as "D5". */
export function boxAddress(box: Box, absolute = false): string {
  const d = absolute ? "$" : "";
  const cell = (r: number, c: number) => `${d}${columnLetters(c)}${d}${r + 1}`;
  const first = cell(box.top, box.left);
  if (box.rows === 1 && box.cols === 1) return first;
  return `${first}:${cell(box.top + box.rows - 1, box.left + box.cols - 1)}`;
}

/** "Sheet1!D5:F9", quoted where needed. */
export function sheetBoxAddress(sheet: string, box: Box, absolute = false): string {
  return `${quoteSheet(sheet)}!${boxAddress(box, absolute)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "A1", "A1:B2", "$A$1:$B$2", "Sheet1!A1", "'My sheet'!A1:B2", "=Sheet1!$A$1". Null when not an address. */
export function parseAddress(address: string): SheetBox | null {
  let text = address.trim();
  if (text.startsWith("=")) text = text.slice(1);
  let sheet: string | null = null;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const raw = text.slice(0, bang);
    text = text.slice(bang + 1);
    if (raw.startsWith("'")) {
      if (!raw.endsWith("'") || raw.length < 2) return null;
      sheet = raw.slice(1, -1).replace(/''/g, "'");
    } else {
      sheet = raw;
    }
    if (sheet === "") return null;
  }
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const a = CELL.exec(parts[0]);
  const b = CELL.exec(parts[parts.length - 1]);
  if (!a || !b) return null;
  const r1 = Number(a[2]) - 1;
  const c1 = columnIndex(a[1]);
  const r2 = Number(b[2]) - 1;
  const c2 = columnIndex(b[1]);
  if (r1 < 0 || r2 < 0) return null;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { sheet, top, left, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** Whether two boxes share a cell. */
export function boxesIntersect(a: Box, b: Box): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
}

export function boxContains(box: Box, row: number, col: number): boolean {
  return row >= box.top && row < box.top + box.rows && col >= box.left && col < box.left + box.cols;
}

/** Splits "Sheet1!A1:C1, 'a,b'!A3:B4" into its addresses (commas inside quoted sheet names kept). */
export function splitAddressList(list: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (current.trim() !== "") out.push(current.trim());
      current = "";
      continue;
    }
    current += ch;
  }
  if (current.trim() !== "") out.push(current.trim());
  return out;
}
