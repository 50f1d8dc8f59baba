/**
 * Reading a cell formula as a plain sum of cells: =SUM(D25:D45), =D23+D24-D46, =SUM(D23:I23)-0,
 * ='2024年报表'!$D$5+Sheet1!D6. Anything else — other functions, *, /, constants other than 0, names,
 * whole columns, other workbooks — is not a plain sum (null), and is left alone by the checks.
 */

/** One reference of a plain sum: a cell or a rectangle of cells (0-based), added (+1) or subtracted (−1). */
export interface SignedRef {
  /** The sheet named in the reference (as written, unquoted), or null for the formula's own sheet. */
  sheet: string | null;
  top: number;
  left: number;
  rows: number;
  cols: number;
  sign: number;
}

const MAX_COL = 16384;
const MAX_ROW = 1048576;
const CELL = /\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})(?![A-Za-z0-9_.(!])/y;
const SHEET = /([^\s'!(),+\-*/:=<>&^%"{}[\];@#]+)!/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const SUM = /SUM\(/iy;

class NotPlain extends Error {}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

class Parser {
  pos = 0;
  readonly refs: SignedRef[] = [];

  constructor(private readonly text: string) {}

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos += 1;
  }

  private match(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (m) this.pos = re.lastIndex;
    return m;
  }

  private eat(ch: string): boolean {
    this.skipSpace();
    if (this.text[this.pos] !== ch) return false;
    this.pos += 1;
    return true;
  }

  private expect(ch: string): void {
    if (!this.eat(ch)) throw new NotPlain();
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  /** term (('+' | '-') term)* */
  expr(sign: number): void {
    this.term(sign);
    for (;;) {
      if (this.eat("+")) this.term(sign);
      else if (this.eat("-")) this.term(-sign);
      else return;
    }
  }

  /** Unary signs, then a cell, SUM(…), a parenthesised sum or 0. */
  private term(sign: number): void {
    let s = sign;
    for (;;) {
      if (this.eat("+")) continue;
      if (this.eat("-")) s = -s;
      else break;
    }
    this.skipSpace();
    if (this.eat("(")) {
      this.expr(s);
      this.expect(")");
      return;
    }
    if (this.match(SUM)) {
      this.sumArgs(s);
      return;
    }
    const number = this.match(NUMBER);
    if (number) {
      if (Number(number[0]) !== 0) throw new NotPlain();
      return;
    }
    this.refs.push(this.reference(s, false));
  }

  /** SUM's arguments: ranges or sums, separated by commas, up to the closing parenthesis. */
  private sumArgs(sign: number): void {
    for (;;) {
      this.skipSpace();
      const start = this.pos;
      const count = this.refs.length;
      let range: SignedRef | null = null;
      try {
        range = this.reference(sign, true);
      } catch (e) {
        if (!(e instanceof NotPlain)) throw e;
      }
      this.skipSpace();
      const next = this.text[this.pos];
      if (range && (next === "," || next === ")")) {
        this.refs.push(range);
      } else {
        this.pos = start;
        this.refs.length = count;
        this.expr(sign);
      }
      if (this.eat(")")) return;
      this.expect(",");
    }
  }

  private cell(): { row: number; col: number } {
    const m = this.match(CELL);
    if (!m) throw new NotPlain();
    const col = columnIndex(m[1]);
    const row = Number(m[2]) - 1;
    if (col >= MAX_COL || row >= MAX_ROW) throw new NotPlain();
    return { row, col };
  }

  /** [sheet!]cell, or [sheet!]cell:cell where a range is allowed (directly inside SUM). */
  private reference(sign: number, rangeAllowed: boolean): SignedRef {
    this.skipSpace();
    let sheet: string | null = null;
    if (this.text[this.pos] === "'") {
      const end = /^'((?:[^']|'')+)'!/.exec(this.text.slice(this.pos));
      if (!end) throw new NotPlain();
      sheet = end[1].replace(/''/g, "'");
      this.pos += end[0].length;
    } else {
      const m = this.match(SHEET);
      if (m) sheet = m[1];
    }
    // Another workbook ([Book1.xlsx]Sheet1!D5, [1]Sheet1!D5) is outside anything this check can judge.
    if (sheet?.includes("[")) throw new NotPlain();
    const a = this.cell();
    let b = a;
    if (this.text[this.pos] === ":") {
      if (!rangeAllowed) throw new NotPlain();
      this.pos += 1;
      b = this.cell();
    }
    const top = Math.min(a.row, b.row);
    const left = Math.min(a.col, b.col);
    return { sheet, top, left, rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1, sign };
  }
}

/** The signed references of a formula that only adds and subtracts cells, or null when it does anything else. */
export function plainSumRefs(formula: string): SignedRef[] | null {
  const text = formula.trim();
  if (!text.startsWith("=")) return null;
  const parser = new Parser(text.slice(1));
  try {
    parser.expr(1);
    return parser.atEnd() ? parser.refs : null;
  } catch (e) {
    if (e instanceof NotPlain) return null;
    throw e;
  }
}
