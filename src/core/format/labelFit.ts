/**
 * How a label wraps in a cell of a given width, in Excel character units (the width of a digit of the body font,
 * Calibri 11: 7 px). A Chinese or full-width character is about 2.1 digits wide (an 11-point CJK glyph is 14.7 px);
 * a column `w` characters wide shows w digits of text (its 5 px of padding aside), and a merged cell also shows the
 * padding between the columns it spans. Excel wraps Chinese text at any character.
 */

const PADDING_CHARS = 5 / 7;

/** Width of one character in Excel character units. */
export function characterWidth(ch: string): number {
  return /[\u1100-\uffff]/.test(ch) ? 2.1 : 1;
}

/** Width of a text in Excel character units. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += characterWidth(ch);
  return w;
}

/** Room for text in a cell spanning columns of these widths (characters). */
export function cellTextRoom(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + w, 0) + Math.max(0, widths.length - 1) * PADDING_CHARS;
}

/** The lines a text wraps into in a cell with `room` characters of room (a line always takes one character). */
export function wrapLines(text: string, room: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let used = 0;
    for (const ch of paragraph) {
      const w = characterWidth(ch);
      if (line !== "" && used + w > room) {
        lines.push(line);
        line = "";
        used = 0;
      }
      line += ch;
      used += w;
    }
    lines.push(line);
  }
  return lines;
}

/** Whether the text, wrapped in that room, leaves a single character alone on its last line. */
export function leavesLoneCharacter(text: string, room: number): boolean {
  const lines = wrapLines(text, room);
  return lines.length > 1 && [...lines[lines.length - 1]].length === 1;
}
