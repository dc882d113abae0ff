import { columnNumber } from "../../src/pipeline/a1";

/**
 * A small formula engine with Excel's semantics for the formulas the add-in writes into a live score sheet
 * (references, names, IF/ISBLANK/ISERROR/ISNUMBER, SUMIF, COUNT, text joins, comparisons) and for calling
 * custom functions the way Excel does on each platform:
 *  - desktop passes a blank cell as 0 (scalar arguments and cells inside a range), the web as null;
 *  - a range holding an error value reaches a function only when the metadata allows errors for `any`
 *    parameters (then as a CustomFunctions.Error); otherwise Excel returns the error without calling it;
 *  - an omitted optional argument arrives as null.
 * Sources: office-js issues 4702, 1951 and 5262; learn.microsoft.com custom-functions-errors and
 * custom-functions-parameter-options. Anything outside that subset throws, so a test never passes on a guess.
 */

export class ErrorValue {
  constructor(readonly code: string) {}
}

/** An empty cell: not the same as a formula's "" (ISBLANK tells them apart). */
export const BLANK: unique symbol = Symbol("blank");
type Scalar = number | string | boolean | ErrorValue | typeof BLANK;

export interface RangeRef {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CustomFunction {
  fn: (...args: unknown[]) => unknown;
  /** Per parameter: takes a range (matrix) and accepts any type (so errors may reach it). */
  params: { matrix: boolean; any: boolean }[];
  /** The exception class the functions throw for an Excel error (CustomFunctions.Error). */
  errorOf(e: unknown): string | undefined;
  makeError(code: string): unknown;
}

export interface EngineHost {
  /** A cell's constant or formula (without "="), or undefined when empty. */
  cell(sheet: string, row: number, col: number): { value: unknown; formula?: string } | undefined;
  name(name: string): RangeRef | undefined;
  custom(name: string): CustomFunction | undefined;
  platform: "desktop" | "web";
  allowErrorForDataTypeAny: boolean;
}

type Node =
  | { t: "lit"; v: Scalar }
  | { t: "ref"; r: RangeRef }
  | { t: "name"; n: string }
  | { t: "call"; f: string; args: Node[] }
  | { t: "neg"; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node };

type Arg = Scalar | RangeRef;

export class FormulaEngine {
  private readonly cache = new Map<string, Scalar>();
  private readonly busy = new Set<string>();
  /** Calls made to custom functions, with the arguments they received. */
  readonly calls: { name: string; args: unknown[] }[] = [];

  constructor(private readonly host: EngineHost) {}

  /** The value of a cell as Excel would show it after recalculation. */
  value(sheet: string, row: number, col: number): Scalar {
    const key = `${sheet}!${row},${col}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const cell = this.host.cell(sheet, row, col);
    let v: Scalar;
    if (!cell) v = BLANK;
    else if (cell.formula) {
      if (this.busy.has(key)) throw new Error(`circular reference at ${key}`);
      this.busy.add(key);
      v = this.scalar(this.eval(parse(cell.formula, sheet)));
      if (v === BLANK) v = 0;
      this.busy.delete(key);
    } else v = toScalar(cell.value);
    this.cache.set(key, v);
    return v;
  }

  private eval(n: Node): Arg {
    switch (n.t) {
      case "lit":
        return n.v;
      case "ref":
        return n.r;
      case "name": {
        const r = this.host.name(n.n);
        return r ?? new ErrorValue("#NAME?");
      }
      case "neg": {
        const a = this.number(this.eval(n.a));
        return a instanceof ErrorValue ? a : -a;
      }
      case "bin":
        return this.binary(n.op, this.scalar(this.eval(n.a)), this.scalar(this.eval(n.b)));
      case "call":
        return this.call(n.f, n.args);
    }
  }

  /** A reference read as one value: a single cell, or (as Excel's implicit intersection would fail) an error. */
  private scalar(a: Arg): Scalar {
    if (!isRef(a)) return a;
    if (a.top !== a.bottom || a.left !== a.right) return new ErrorValue("#VALUE!");
    return this.value(a.sheet, a.top, a.left);
  }

  private number(a: Arg): number | ErrorValue {
    const v = this.scalar(a);
    if (v instanceof ErrorValue) return v;
    if (v === BLANK) return 0;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    const n = Number(v.replace(/,/g, ""));
    return v.trim() !== "" && Number.isFinite(n) ? n : new ErrorValue("#VALUE!");
  }

  private text(v: Scalar): string | ErrorValue {
    if (v instanceof ErrorValue) return v;
    if (v === BLANK) return "";
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    return String(v);
  }

  private binary(op: string, a: Scalar, b: Scalar): Scalar {
    if (a instanceof ErrorValue) return a;
    if (b instanceof ErrorValue) return b;
    if (op === "&") return (this.text(a) as string) + (this.text(b) as string);
    if (["=", "<>", "<", "<=", ">", ">="].includes(op)) {
      const c = compare(a, b);
      return op === "="
        ? c === 0
        : op === "<>"
          ? c !== 0
          : op === "<"
            ? c < 0
            : op === "<="
              ? c <= 0
              : op === ">"
                ? c > 0
                : c >= 0;
    }
    const x = this.number(a);
    const y = this.number(b);
    if (x instanceof ErrorValue) return x;
    if (y instanceof ErrorValue) return y;
    if (op === "+") return x + y;
    if (op === "-") return x - y;
    if (op === "*") return x * y;
    if (op === "/") return y === 0 ? new ErrorValue("#DIV/0!") : x / y;
    throw new Error(`operator ${op} not supported`);
  }

  private cells(r: RangeRef): Scalar[] {
    const out: Scalar[] = [];
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) out.push(this.value(r.sheet, row, col));
    return out;
  }

  private call(f: string, args: Node[]): Arg {
    const custom = this.host.custom(f);
    if (custom) return this.callCustom(f, custom, args);
    const arg = (i: number) => this.eval(args[i]);
    switch (f) {
      case "IF": {
        const c = this.scalar(arg(0));
        if (c instanceof ErrorValue) return c;
        const yes = c === true || (typeof c === "number" && c !== 0);
        return yes ? arg(1) : args.length > 2 ? arg(2) : false;
      }
      case "ISBLANK":
        return this.scalar(arg(0)) === BLANK;
      case "ISERROR":
        return this.scalar(arg(0)) instanceof ErrorValue;
      case "ISNUMBER":
        return typeof this.scalar(arg(0)) === "number";
      case "IFERROR": {
        const v = this.scalar(arg(0));
        return v instanceof ErrorValue ? arg(1) : v;
      }
      case "IFNA": {
        const v = this.scalar(arg(0));
        return v instanceof ErrorValue && v.code === "#N/A" ? arg(1) : v;
      }
      case "NA":
        return new ErrorValue("#N/A");
      case "AND":
      case "OR": {
        const vs = args.map((a) => this.scalar(this.eval(a)));
        const err = vs.find((v) => v instanceof ErrorValue);
        if (err) return err;
        const truth = vs.map((v) => v === true || (typeof v === "number" && v !== 0));
        return f === "AND" ? truth.every(Boolean) : truth.some(Boolean);
      }
      case "COUNT":
        return args.flatMap((a) => this.flat(this.eval(a))).filter((v) => typeof v === "number")
          .length;
      case "SUM": {
        let total = 0;
        for (const v of args.flatMap((a) => this.flat(this.eval(a)))) {
          if (v instanceof ErrorValue) return v;
          if (typeof v === "number") total += v;
        }
        return total;
      }
      case "SUMIF": {
        const range = this.eval(args[0]);
        const criterion = this.scalar(arg(1));
        const m = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(String(criterion))!;
        const bound = Number(m[2]);
        if (!isRef(range)) throw new Error("SUMIF needs a range");
        // A text criterion matches equal text (the sheet's word for an item left out), summing the other range.
        if (!Number.isFinite(bound)) {
          const summed = args.length > 2 ? this.eval(args[2]) : range;
          if (!isRef(summed)) throw new Error("SUMIF needs a range to sum");
          const sums = this.cells(summed);
          return this.cells(range).reduce<number>(
            (s, v, i) => (sameText(v, criterion) && typeof sums[i] === "number" ? s + sums[i] : s),
            0
          );
        }
        return this.cells(range).reduce<number>(
          (s, v) => (typeof v === "number" && matches(m[1] ?? "=", compare(v, bound)) ? s + v : s),
          0
        );
      }
      case "COUNTIF": {
        const range = this.eval(args[0]);
        const criterion = this.scalar(arg(1));
        if (!isRef(range)) throw new Error("COUNTIF needs a range");
        return this.cells(range).filter((v) => sameText(v, criterion)).length;
      }
      case "MIN": {
        const vs = args.flatMap((a) => this.flat(this.eval(a)));
        const err = vs.find((v) => v instanceof ErrorValue);
        if (err) return err;
        const ns = vs.filter((v): v is number => typeof v === "number");
        return ns.length ? Math.min(...ns) : 0;
      }
      case "ROUND": {
        const [x, n] = [this.scalar(arg(0)), this.scalar(arg(1))];
        if (x instanceof ErrorValue) return x;
        if (typeof x !== "number" || typeof n !== "number") return new ErrorValue("#VALUE!");
        const f = 10 ** n;
        return (Math.sign(x) * Math.round(Math.abs(x) * f * (1 + Number.EPSILON))) / f;
      }
      default:
        throw new Error(`function ${f} not supported by the test engine`);
    }
  }

  private flat(a: Arg): Scalar[] {
    return isRef(a) ? this.cells(a) : [a];
  }

  /** A custom function called as Excel calls it on the host's platform. */
  private callCustom(name: string, f: CustomFunction, args: Node[]): Scalar {
    const values: unknown[] = [];
    for (let i = 0; i < f.params.length; i++) {
      const p = f.params[i];
      if (i >= args.length) {
        values.push(null);
        continue;
      }
      const a = this.eval(args[i]);
      const cells: Scalar[][] = isRef(a) ? this.grid(a) : [[a]];
      const error = cells.flat().find((v): v is ErrorValue => v instanceof ErrorValue);
      if (error && !(p.any && this.host.allowErrorForDataTypeAny)) return error;
      const passed = cells.map((row) => row.map((v) => this.passed(v, f)));
      values.push(
        p.matrix
          ? passed
          : passed.length === 1 && passed[0].length === 1
            ? passed[0][0]
            : new ErrorValue("#VALUE!")
      );
    }
    this.calls.push({ name, args: values });
    try {
      const out = f.fn(...values);
      if (typeof out === "number" || typeof out === "string" || typeof out === "boolean")
        return out;
      throw new Error(`${name} returned ${String(out)}`);
    } catch (e) {
      const code = f.errorOf(e);
      if (code) return new ErrorValue(code);
      throw e;
    }
  }

  private grid(r: RangeRef): Scalar[][] {
    return Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
      Array.from({ length: r.right - r.left + 1 }, (_, j) =>
        this.value(r.sheet, r.top + i, r.left + j)
      )
    );
  }

  private passed(v: Scalar, f: CustomFunction): unknown {
    if (v === BLANK) return this.host.platform === "desktop" ? 0 : null;
    if (v instanceof ErrorValue) return f.makeError(v.code);
    return v;
  }
}

function matches(op: string, c: number): boolean {
  return op === "<"
    ? c < 0
    : op === "<="
      ? c <= 0
      : op === ">"
        ? c > 0
        : op === ">="
          ? c >= 0
          : op === "<>"
            ? c !== 0
            : c === 0;
}

const isRef = (a: unknown): a is RangeRef => typeof a === "object" && a !== null && "top" in a;

function toScalar(v: unknown): Scalar {
  if (v === null || v === undefined || v === "") return BLANK;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  throw new Error(`cell value ${String(v)} not supported`);
}

/** Excel's comparison: numbers < text < booleans; text compares without case; a blank is 0 or "". */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (a === BLANK) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === BLANK) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const ra = rank(a as Exclude<Scalar, ErrorValue | typeof BLANK>);
  const rb = rank(b as Exclude<Scalar, ErrorValue | typeof BLANK>);
  if (ra !== rb) return ra - rb;
  if (typeof a === "string")
    return a.toLowerCase() < (b as string).toLowerCase()
      ? -1
      : a.toLowerCase() > (b as string).toLowerCase()
        ? 1
        : 0;
  return Number(a) - Number(b);
}

/** Parses a formula (without "=") into a tree; `sheet` is where unqualified references point. */
export function parse(formula: string, sheet: string): Node {
  let i = 0;
  const src = formula;
  const peek = () => src[i];
  const skip = () => {
    while (src[i] === " ") i++;
  };
  const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/;

  function primary(): Node {
    skip();
    const ch = peek();
    if (ch === "(") {
      i++;
      const e = expr();
      skip();
      if (src[i++] !== ")") throw new Error(`expected ) in ${src}`);
      return e;
    }
    if (ch === "-") {
      i++;
      return { t: "neg", a: primary() };
    }
    if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (src[i] === '"' && src[i + 1] === '"') ((s += '"'), (i += 2));
        else if (src[i] === '"') break;
        else s += src[i++];
      }
      i++;
      return { t: "lit", v: s };
    }
    const num = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(src.slice(i));
    if (num && !/^[A-Za-z]/.test(src.slice(i + num[0].length))) {
      i += num[0].length;
      return { t: "lit", v: Number(num[0]) };
    }
    let refSheet = sheet;
    if (ch === "'") {
      let s = "";
      i++;
      for (;;) {
        if (src[i] === "'" && src[i + 1] === "'") ((s += "'"), (i += 2));
        else if (src[i] === "'") break;
        else s += src[i++];
      }
      i += 2;
      refSheet = s;
    } else {
      const qualified = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(src.slice(i));
      if (qualified) {
        refSheet = qualified[1];
        i += qualified[0].length;
      }
    }
    const cell = CELL.exec(src.slice(i));
    if (cell && !/^[A-Za-z0-9_.(]/.test(src.slice(i + cell[0].length))) {
      i += cell[0].length;
      const [r1, c1] = [Number(cell[2]), columnNumber(cell[1])];
      const [r2, c2] = cell[3] ? [Number(cell[4]), columnNumber(cell[3])] : [r1, c1];
      return {
        t: "ref",
        r: {
          sheet: refSheet,
          top: Math.min(r1, r2),
          left: Math.min(c1, c2),
          bottom: Math.max(r1, r2),
          right: Math.max(c1, c2),
        },
      };
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (!word) throw new Error(`cannot read ${src.slice(i)} in ${src}`);
    i += word[0].length;
    skip();
    if (peek() === "(") {
      i++;
      const args: Node[] = [];
      skip();
      if (peek() === ")") i++;
      else {
        for (;;) {
          args.push(expr());
          skip();
          const c = src[i++];
          if (c === ")") break;
          if (c !== ",") throw new Error(`expected , or ) in ${src}`);
        }
      }
      return { t: "call", f: word[0].toUpperCase(), args };
    }
    const upper = word[0].toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return { t: "lit", v: upper === "TRUE" };
    return { t: "name", n: word[0] };
  }

  const LEVELS = [["=", "<>", "<=", ">=", "<", ">"], ["&"], ["+", "-"], ["*", "/"]];
  function level(n: number): Node {
    if (n === LEVELS.length) return primary();
    let left = level(n + 1);
    for (;;) {
      skip();
      const op = LEVELS[n].find((o) => src.startsWith(o, i));
      if (!op) return left;
      i += op.length;
      left = { t: "bin", op, a: left, b: level(n + 1) };
    }
  }
  function expr(): Node {
    return level(0);
  }
  const tree = expr();
  skip();
  if (i !== src.length) throw new Error(`unread text ${src.slice(i)} in ${src}`);
  return tree;
}

/** Excel compares text without case; a criterion that is text matches only text. */
function sameText(v: Scalar, criterion: Scalar): boolean {
  return typeof v === "string" && String(criterion).toLowerCase() === v.toLowerCase();
}
