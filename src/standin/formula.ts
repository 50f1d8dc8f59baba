/**
 * A small formula evaluator for the stand-in: numbers, text, TRUE/FALSE, cell and range references (with
 * sheet names), + - * / ^ &, comparisons, and SUM, N, ROW, COLUMN, ROWS, COLUMNS, AND, OR, NOT, IF, ABS, ROUND, ISBLANK,
 * ISNUMBER. Enough for what users type into the tables (=SUM(D5:D9), =D5+D6) and for conditional-format rules.
 */
import { parseAddress, type SheetBox } from "../core/grid/address";
import type { CellScalar } from "../hosts/types";

export class FormulaError {
  constructor(readonly code: "#VALUE!" | "#REF!" | "#NAME?" | "#DIV/0!" | "#N/A") {}
}

interface RangeRef {
  kind: "range";
  ref: SheetBox;
}

type Value = CellScalar | FormulaError | RangeRef;

export interface FormulaContext {
  /** The value of a cell (sheet null: the formula's own sheet); a FormulaError for a missing sheet. */
  cell(sheet: string | null, row: number, col: number): CellScalar | FormulaError;
}

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; v: SheetBox }
  | { t: "name"; v: string }
  | { t: "op"; v: string }
  | { t: "("; v: "(" }
  | { t: ")"; v: ")" }
  | { t: ","; v: "," };

const REF =
  /^(?:(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\p{L}\p{N}_(])/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === " ") {
      i += 1;
      continue;
    }
    const rest = text.slice(i);
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      tokens.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += text[j];
        j += 1;
      }
      if (j >= text.length) throw new FormulaError("#VALUE!");
      tokens.push({ t: "str", v: s });
      i = j + 1;
      continue;
    }
    const ref = REF.exec(rest);
    if (ref) {
      const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : (ref[2] ?? null);
      const parsed = parseAddress(ref[3]);
      if (!parsed) throw new FormulaError("#REF!");
      tokens.push({ t: "ref", v: { ...parsed, sheet } });
      i += ref[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      tokens.push({ t: "name", v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/^&=<>])/.exec(rest);
    if (op) {
      tokens.push({ t: "op", v: op[0] });
      i += op[0].length;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ t: ch, v: ch } as Token);
      i += 1;
      continue;
    }
    throw new FormulaError("#NAME?");
  }
  return tokens;
}

type Combine = (op: string, a: Value, b: Value) => Value;

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly ctx: FormulaContext,
  ) {}

  parse(): Value {
    const v = this.comparison();
    if (this.i < this.tokens.length) throw new FormulaError("#NAME?");
    return v;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private takeOp(ops: string[]): string | null {
    const tok = this.peek();
    if (tok && tok.t === "op" && ops.includes(tok.v)) {
      this.i += 1;
      return tok.v;
    }
    return null;
  }

  private readonly arithmetic: Combine = (op, a, b) => arith(op, a, b, this.ctx);

  /** operand (op operand)*, combined from the left. */
  private leftAssociative(ops: string[], operand: () => Value, combine: Combine): Value {
    let left = operand();
    for (let op = this.takeOp(ops); op; op = this.takeOp(ops)) left = combine(op, left, operand());
    return left;
  }

  private comparison(): Value {
    return this.leftAssociative(
      ["=", "<>", "<", ">", "<=", ">="],
      () => this.concat(),
      (op, a, b) => compare(op, scalar(a, this.ctx), scalar(b, this.ctx)),
    );
  }

  private concat(): Value {
    let left = this.additive();
    while (this.takeOp(["&"])) {
      const right = this.additive();
      const a = scalar(left, this.ctx);
      const b = scalar(right, this.ctx);
      if (a instanceof FormulaError) return a;
      if (b instanceof FormulaError) return b;
      left = text(a) + text(b);
    }
    return left;
  }

  private additive(): Value {
    return this.leftAssociative(["+", "-"], () => this.term(), this.arithmetic);
  }

  private term(): Value {
    return this.leftAssociative(["*", "/"], () => this.unary(), this.arithmetic);
  }

  private unary(): Value {
    const op = this.takeOp(["-", "+"]);
    if (op) {
      const v = this.unary();
      return arith(op, 0, v, this.ctx);
    }
    let base = this.primary();
    while (this.takeOp(["^"])) base = arith("^", base, this.primary(), this.ctx);
    return base;
  }

  private primary(): Value {
    const tok = this.tokens[this.i++];
    if (!tok) throw new FormulaError("#VALUE!");
    switch (tok.t) {
      case "num":
      case "str":
        return tok.v;
      case "ref":
        return { kind: "range", ref: tok.v };
      case "(": {
        const v = this.comparison();
        this.expect(")");
        return v;
      }
      case "name": {
        if (this.peek()?.t !== "(") {
          if (tok.v === "TRUE") return true;
          if (tok.v === "FALSE") return false;
          throw new FormulaError("#NAME?");
        }
        this.i += 1;
        const args: Value[] = [];
        if (this.peek()?.t !== ")") {
          args.push(this.comparison());
          while (this.peek()?.t === ",") {
            this.i += 1;
            args.push(this.comparison());
          }
        }
        this.expect(")");
        return callFunction(tok.v, args, this.ctx);
      }
      default:
        throw new FormulaError("#VALUE!");
    }
  }

  private expect(t: ")") {
    if (this.tokens[this.i]?.t !== t) throw new FormulaError("#VALUE!");
    this.i += 1;
  }
}

function cellsOf(range: RangeRef, ctx: FormulaContext): (CellScalar | FormulaError)[] {
  const out: (CellScalar | FormulaError)[] = [];
  const { ref } = range;
  for (let r = ref.top; r < ref.top + ref.rows; r += 1) {
    for (let c = ref.left; c < ref.left + ref.cols; c += 1) out.push(ctx.cell(ref.sheet, r, c));
  }
  return out;
}

function scalar(v: Value, ctx: FormulaContext): CellScalar | FormulaError {
  if (v !== null && typeof v === "object" && !(v instanceof FormulaError)) {
    if (v.ref.rows !== 1 || v.ref.cols !== 1) return new FormulaError("#VALUE!");
    return ctx.cell(v.ref.sheet, v.ref.top, v.ref.left);
  }
  return v;
}

function text(v: CellScalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function toNumber(v: CellScalar | FormulaError): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.trim();
  if (t !== "" && Number.isFinite(Number(t))) return Number(t);
  return new FormulaError("#VALUE!");
}

function arith(op: string, a: Value, b: Value, ctx: FormulaContext): Value {
  const x = toNumber(scalar(a, ctx));
  const y = toNumber(scalar(b, ctx));
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? new FormulaError("#DIV/0!") : x / y;
    default:
      return Math.pow(x, y);
  }
}

function compare(op: string, a: CellScalar | FormulaError, b: CellScalar | FormulaError): Value {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  const rank = (v: CellScalar) => (v === null ? 0 : typeof v === "number" ? 1 : typeof v === "string" ? 2 : 3);
  const norm = (v: CellScalar, other: CellScalar): CellScalar =>
    v === null ? (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0) : v;
  const x = norm(a, b);
  const y = norm(b, a);
  let cmp: number;
  if (rank(x) !== rank(y)) cmp = rank(x) - rank(y);
  else if (typeof x === "string" && typeof y === "string") cmp = x.toLowerCase().localeCompare(y.toLowerCase());
  else cmp = Number(x) - Number(y);
  switch (op) {
    case "=":
      return cmp === 0;
    case "<>":
      return cmp !== 0;
    case "<":
      return cmp < 0;
    case ">":
      return cmp > 0;
    case "<=":
      return cmp <= 0;
    default:
      return cmp >= 0;
  }
}

function truthy(v: CellScalar | FormulaError): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === "string") return new FormulaError("#VALUE!");
  return Boolean(v);
}

function flatten(args: Value[], ctx: FormulaContext): (CellScalar | FormulaError)[] {
  return args.flatMap((a) =>
    a !== null && typeof a === "object" && !(a instanceof FormulaError) ? cellsOf(a, ctx) : [a],
  );
}

function callFunction(name: string, args: Value[], ctx: FormulaContext): Value {
  switch (name) {
    case "SUM": {
      let total = 0;
      for (const a of args) {
        const isRange = a !== null && typeof a === "object" && !(a instanceof FormulaError);
        for (const v of flatten([a], ctx)) {
          if (v instanceof FormulaError) return v;
          if (typeof v === "number") total += v;
          else if (!isRange && v !== null) {
            const n = toNumber(v);
            if (n instanceof FormulaError) return n;
            total += n;
          }
        }
      }
      return total;
    }
    case "N": {
      const v = scalar(args[0] ?? null, ctx);
      if (v instanceof FormulaError) return v;
      return typeof v === "number" ? v : v === true ? 1 : 0;
    }
    case "ROW":
    case "COLUMN": {
      const a = args[0];
      if (!a || typeof a !== "object" || a instanceof FormulaError) return new FormulaError("#VALUE!");
      return name === "ROW" ? a.ref.top + 1 : a.ref.left + 1;
    }
    case "ROWS":
    case "COLUMNS": {
      const a = args[0];
      if (!a || typeof a !== "object" || a instanceof FormulaError) return new FormulaError("#VALUE!");
      return name === "ROWS" ? a.ref.rows : a.ref.cols;
    }
    case "AND":
    case "OR": {
      const vs = flatten(args, ctx).filter((v) => v !== null);
      const bools: boolean[] = [];
      for (const v of vs) {
        const b = truthy(v);
        if (b instanceof FormulaError) return b;
        bools.push(b);
      }
      return name === "AND" ? bools.every(Boolean) : bools.some(Boolean);
    }
    case "NOT": {
      const b = truthy(scalar(args[0] ?? null, ctx));
      return b instanceof FormulaError ? b : !b;
    }
    case "IF": {
      const b = truthy(scalar(args[0] ?? null, ctx));
      if (b instanceof FormulaError) return b;
      return scalar(b ? (args[1] ?? true) : (args[2] ?? false), ctx);
    }
    case "ABS": {
      const n = toNumber(scalar(args[0] ?? null, ctx));
      return n instanceof FormulaError ? n : Math.abs(n);
    }
    case "ROUND": {
      const n = toNumber(scalar(args[0] ?? null, ctx));
      const d = toNumber(scalar(args[1] ?? 0, ctx));
      if (n instanceof FormulaError) return n;
      if (d instanceof FormulaError) return d;
      const f = Math.pow(10, Math.trunc(d));
      return (Math.sign(n) * Math.round(Math.abs(n) * f)) / f;
    }
    case "ISBLANK":
      return scalar(args[0] ?? null, ctx) === null;
    case "ISNUMBER":
      return typeof scalar(args[0] ?? null, ctx) === "number";
    default:
      return new FormulaError("#NAME?");
  }
}

/** The value of a formula ("=…"); errors come back as their text ("#VALUE!"), as Office.js reports them. */
export function evaluateFormula(formula: string, ctx: FormulaContext): CellScalar {
  try {
    const body = formula.startsWith("=") ? formula.slice(1) : formula;
    const v = scalar(new Parser(tokenize(body), ctx).parse(), ctx);
    if (v instanceof FormulaError) return v.code;
    if (typeof v === "number" && !Number.isFinite(v)) return "#NUM!";
    return v === null ? 0 : v;
  } catch (e) {
    if (e instanceof FormulaError) return e.code;
    throw e;
  }
}

/** The references in a formula, for checking it parses ("=SUM(D5:D9)" → [D5:D9]); null when it does not. */
export function formulaParses(formula: string): boolean {
  try {
    tokenize(formula.startsWith("=") ? formula.slice(1) : formula);
    return true;
  } catch {
    return false;
  }
}
