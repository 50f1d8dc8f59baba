/**
 * Column widths: WriteOp and the view use Excel character units (what Excel's "Column width" box shows,
 * 8.43 by default); Office.js uses points; .xlsx files store the character count plus padding.
 * Conversions for the default font (Calibri 11: 7-pixel digits, 5 pixels of padding, 96 dpi).
 */
const DIGIT_PX = 7;
const PADDING_PX = 5;
const PT_PER_PX = 0.75;

export const DEFAULT_COLUMN_CHARS = 8.43;
export const DEFAULT_ROW_POINTS = 15;

export function charsToPixels(chars: number): number {
  return Math.round(chars * DIGIT_PX + PADDING_PX);
}

export function charsToPoints(chars: number): number {
  return charsToPixels(chars) * PT_PER_PX;
}

export function pointsToChars(points: number): number {
  const px = points / PT_PER_PX;
  return Math.max(0, Math.round(((px - PADDING_PX) / DIGIT_PX) * 100) / 100);
}

/** The `width` stored in an .xlsx <col> element for a width in characters (ECMA-376 18.3.1.13). */
export function charsToFileWidth(chars: number): number {
  return Math.trunc(((chars * DIGIT_PX + PADDING_PX) / DIGIT_PX) * 256) / 256;
}

/** The width in characters Excel shows for a stored <col> width. */
export function fileWidthToChars(width: number): number {
  const px = Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return Math.max(0, Math.round(((px - PADDING_PX) / DIGIT_PX) * 100) / 100);
}
