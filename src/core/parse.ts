import type { Problem, ProblemCode } from "../i18n/core-messages";
import { AMOUNT_UNITS, isFigure, type Figure } from "./figure";
import { Rational } from "./rational";

/** How a raw cell or JSON value is read. */
/** `quantity` is a KPI value: any unit text, percent allowed. */
export type ValueType =
  "amount" | "count" | "percent" | "quantity" | "judgement" | "flag" | "choice" | "score";

export interface ParseSpec {
  type: ValueType;
  /** Unit text a user may append to the number ("万元", "人"): accepted only when it is this one. */
  unit?: string;
  /** A second unit worth the same number (分 for a satisfaction in percent). */
  alsoUnit?: string;
  /** Upper bound for judgement and score values (the item's points). */
  max?: Rational;
  /** For choice values: the answers kept, and other words (normalized, lower case) read as one of them. */
  options?: readonly string[];
  aliases?: Readonly<Record<string, string>>;
}

export type { Problem, ProblemCode } from "../i18n/core-messages";

export type Parsed =
  | { kind: "value"; value: Rational; warning?: "percentLooksLikeFraction" }
  | { kind: "flag"; value: boolean }
  | { kind: "choice"; value: string }
  | { kind: "missing" }
  | { kind: "problem"; problem: Problem };

/** Dashes and slashes that stand for “nothing here” in a table; read as missing, never as 0. */
export const MISSING_MARKS: readonly string[] = ["—", "——", "-", "--", "–", "－", "/", "／"];
/** What published tables print in a cell that does not apply to the unit (江苏 三公 预算表: 单位不需填列). */
export const NOT_APPLICABLE: readonly string[] = [
  "不适用",
  "单位不需填列",
  "不需填列",
  "无需填列",
  "不需填报",
  "无需填报",
];
const MISSING_TEXT = new Set(["", ...MISSING_MARKS, ...NOT_APPLICABLE]);

/**
 * What the add-in writes into a cell whose input is missing, in each language. A blank cell reaches a
 * custom function as 0 in desktop Excel, so the score sheet and the template never leave one blank.
 */
export const MISSING_WORD = { "zh-CN": "缺少", "en-US": "missing" } as const;
const MISSING_WORDS = new Set(Object.values(MISSING_WORD).map((w) => w.toLowerCase()));

/** The error values a cell can show; a cell showing one holds no input. */
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#FIELD!",
  "#BUSY!",
  "#PYTHON!",
];
const ERRORS = new Set(EXCEL_ERRORS);

/** How the score sheet's data block marks a source cell that shows an error: the word and the cell. */
export const ERROR_MARK = {
  "zh-CN": (cell: string) => `错误值（${cell}）`,
  "en-US": (cell: string) => `error value (${cell})`,
} as const;
const ERROR_MARK_READ = [/^错误值（(.+)）$/, /^error value \((.+)\)$/i];

/** A blank, a dash, 不适用, the add-in's own missing mark: no value, never a 0. */
export function isMissingValue(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === "number") return Number.isNaN(raw);
  if (typeof raw !== "string") return false;
  const text = normalizeText(raw);
  return MISSING_TEXT.has(text) || MISSING_WORDS.has(text.toLowerCase());
}

function cellError(raw: string): Parsed | undefined {
  const text = raw.trim();
  if (ERRORS.has(text.toUpperCase())) return problem("cellError", text.toUpperCase());
  for (const re of ERROR_MARK_READ) {
    const m = re.exec(text);
    if (m) return problem("cellError", text, { cell: m[1] });
  }
  return undefined;
}
const YES = new Set(["是", "true", "yes", "y", "√", "✓"]);
const NO = new Set(["否", "false", "no", "n", "×", "✗"]);

/** Full-width digits and signs to ASCII, spaces (including the ideographic space) removed. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E\uFF0C\uFF05]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0)
    )
    .replace(/\uFE6A/g, "%")
    .replace(/[\s\u00A0\u3000]+/g, "");
}

interface NumberText {
  value: Rational;
  percent: boolean;
  unit: string;
}

/** "3,525.77", "93.95%", "¥1,869.71", "12人": a decimal with optional grouping, percent sign and trailing unit. */
function readNumberText(text: string): NumberText | null {
  const m = /^[¥￥]?([+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?)(%?)([^\d.,%+-]*)$/.exec(text);
  if (!m || !/\d/.test(m[1])) return null;
  const value = Rational.parseDecimal(m[1].replace(/,/g, ""));
  return value ? { value, percent: m[2] === "%", unit: m[3] } : null;
}

function problem(code: ProblemCode, raw: string, extra: Partial<Problem> = {}): Parsed {
  return { kind: "problem", problem: { code, raw, ...extra } };
}

/** Text of a raw value for a message; whatever it is, this must not throw. */
function rawText(raw: unknown): string {
  if (typeof raw === "string") return raw;
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return typeof raw === "bigint" ? `${raw}` : Object.prototype.toString.call(raw);
  }
}

/**
 * Reads one input value. Blanks and dashes are missing; anything that is not unambiguous
 * is a problem naming what was wrong — never a guess, never an exception.
 */
export function parseValue(raw: unknown, spec: ParseSpec): Parsed {
  if (isMissingValue(raw)) return { kind: "missing" };
  if (isFigure(raw)) return parseFigure(raw, spec);
  if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean") {
    return problem("notScalar", rawText(raw));
  }
  const text = typeof raw === "string" ? normalizeText(raw) : "";
  const error = typeof raw === "string" ? cellError(raw) : undefined;
  if (error) return error;
  switch (spec.type) {
    case "flag":
      return parseFlag(raw, text);
    case "choice":
      return parseChoice(raw, text, spec);
    case "judgement":
      return parseJudgement(raw, text, spec);
    default:
      return parseNumber(raw, text, spec);
  }
}

/**
 * A figure read where it entered is taken as it is — no percent guess, no unit text — and only checked
 * against what the input allows (not negative, a whole count, at most the item's points, one of the answers).
 */
function parseFigure(f: Figure, spec: ParseSpec): Parsed {
  if (f.figure === "choice")
    return spec.type === "choice" && (spec.options ?? []).includes(f.value)
      ? { kind: "choice", value: f.value }
      : problem("notChoice", f.value, { options: spec.options ?? [] });
  if (f.figure === "flag") {
    if (spec.type === "flag") return { kind: "flag", value: f.value };
    if (spec.type === "judgement")
      return { kind: "value", value: f.value ? (spec.max ?? Rational.ONE) : Rational.ZERO };
    return problem("notNumber", f.value ? "true" : "false");
  }
  const shown = trimNumber(f.value, 12);
  if (spec.type === "flag") {
    if (f.value.isZero() || f.value.eq(Rational.ONE))
      return { kind: "flag", value: !f.value.isZero() };
    return problem("notYesNo", shown);
  }
  if (spec.type === "choice") return problem("notChoice", shown, { options: spec.options ?? [] });
  return checked(f.value, shown, {
    ...spec,
    max: spec.max ?? (spec.type === "judgement" ? Rational.ONE : undefined),
  });
}

function parseFlag(raw: string | number | boolean, text: string): Parsed {
  if (typeof raw === "boolean") return { kind: "flag", value: raw };
  if (typeof raw === "number") {
    if (raw === 1 || raw === 0) return { kind: "flag", value: raw === 1 };
    return problem("notYesNo", String(raw));
  }
  const lower = text.toLowerCase();
  if (YES.has(lower) || lower === "1") return { kind: "flag", value: true };
  if (NO.has(lower) || lower === "0") return { kind: "flag", value: false };
  return problem("notYesNo", raw);
}

function parseChoice(raw: string | number | boolean, text: string, spec: ParseSpec): Parsed {
  const options = spec.options ?? [];
  if (typeof raw === "string") {
    const canonical = options.includes(text) ? text : spec.aliases?.[text.toLowerCase()];
    if (canonical !== undefined) return { kind: "choice", value: canonical };
  }
  return problem("notChoice", rawText(raw), { options });
}

function parseJudgement(raw: string | number | boolean, text: string, spec: ParseSpec): Parsed {
  const max = spec.max ?? Rational.ONE;
  if (typeof raw === "boolean") return { kind: "value", value: raw ? max : Rational.ZERO };
  if (typeof raw === "string") {
    const lower = text.toLowerCase();
    if (YES.has(lower)) return { kind: "value", value: max };
    if (NO.has(lower)) return { kind: "value", value: Rational.ZERO };
  }
  const n = parseNumber(raw, text, { type: "score", max });
  if (n.kind === "problem" && n.problem.code === "notNumber")
    return problem("notYesNo", n.problem.raw, { max: max.toFixed(2) });
  return n;
}

function parseNumber(raw: string | number | boolean, text: string, spec: ParseSpec): Parsed {
  if (typeof raw === "boolean") return problem("notNumber", String(raw));
  let value: Rational;
  let percent = false;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return problem("notNumber", String(raw));
    value = Rational.fromNumber(raw);
  } else {
    const read = readNumberText(text);
    if (!read) return problem("notNumber", raw);
    const scale = unitScale(read.unit, spec);
    if (!scale && spec.type !== "quantity") return problem("wrongUnit", raw, { unit: spec.unit });
    // A KPI's unit is a word ("人次", "场"), but 万 or 亿 scales the number: 120万 against 1500000 is no ratio.
    if (spec.type === "quantity" && /^[万亿千百]/.test(read.unit) && !/^百分/.test(read.unit))
      return problem("magnitude", raw);
    // Letters after a number ("2e", "23staff") are no unit a KPI table writes: the text is not a number.
    if (spec.type === "quantity" && /[A-Za-z]/.test(read.unit)) return problem("notNumber", raw);
    value = scale ? read.value.mul(scale) : read.value;
    percent = read.percent;
  }
  const rawStr = String(raw);
  if (percent && spec.type !== "percent" && spec.type !== "quantity")
    return problem("percentNotAllowed", rawStr);
  const p = checked(value, rawStr, spec);
  if (
    p.kind === "value" &&
    spec.type === "percent" &&
    !percent &&
    !value.isZero() &&
    value.le(Rational.ONE)
  )
    return { kind: "value", value, warning: "percentLooksLikeFraction" };
  return p;
}

/** The factor to the input's own unit of a unit written after a number: its own (1), or another amount unit (元 → 万元). */
function unitScale(unit: string, spec: ParseSpec): Rational | undefined {
  if (unit === "" || unit === spec.unit || unit === spec.alsoUnit) return Rational.ONE;
  const from = AMOUNT_UNITS[unit];
  const to = spec.unit !== undefined ? AMOUNT_UNITS[spec.unit] : undefined;
  return spec.type === "amount" && from && to ? from.div(to) : undefined;
}

/** What every number must be for its input: not negative, a whole count, at most the bound. */
function checked(value: Rational, raw: string, spec: ParseSpec): Parsed {
  if (value.isNegative()) return problem("negative", raw);
  if (spec.type === "count" && !value.isInteger()) return problem("notInteger", raw);
  if (spec.max && value.gt(spec.max))
    return problem("aboveMax", raw, { max: trimNumber(spec.max) });
  return { kind: "value", value };
}

/** 1.50 → "1.5", 3 → "3": how the report writes points. */
export function trimNumber(r: Rational, places = 2): string {
  const s = r.toFixed(places);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}
