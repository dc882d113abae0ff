import catalog from "./data/inputs.json";
import { catalog as words, text, type Locale, type Localized } from "../i18n";
import { isFigure, numberFigure, type Figure } from "./figure";
import { normalizeText, parseValue, type ParseSpec, type Problem, type ValueType } from "./parse";
import { Rational } from "./rational";
import { FUNCTIONAL_CLASSES, FUNCTIONAL_PERIODS, functionalKey } from "./functional-classes";

/** One input key of the public contract: its label, unit and how it is read. */
export interface InputDef {
  key: string;
  type: ValueType;
  label: Localized;
  unit?: string;
  /** A choice's answers: the Chinese word is the value kept, any language's word is read. */
  options?: Localized[];
  /** Other words read as an answer (完全公开 → 完全). */
  aliases?: Record<string, string>;
  /** Where the figure usually comes from, for the template sheet. */
  source?: Localized;
  /** The largest value that makes sense (100 for a satisfaction percentage). */
  max?: number;
  /**
   * For a percentage: the range its values usually fall in (an execution rate 10–300 %). A number typed
   * without % that lies outside it while a hundred times it lies inside (0.9 for 90 %) is asked about.
   */
  plausible?: [number, number];
  /** A second unit the figure may be stated in, worth the same number: a satisfaction survey's 93.95分 (百分制). */
  alsoUnit?: string;
  /** Needed only in some cases (a classified unit): absence is not a gap. */
  optional?: boolean;
  /** The evaluator decides it (是/否, counts of shortcomings, disclosure), rather than reading it off a table. */
  decided?: boolean;
  /** Read for the 自评报告 (its figures and annex tables) only: no indicator scores it. */
  report?: boolean;
  /**
   * How the unit's own tables label it (a framework's own inputs): row labels (上年结转) and, where the
   * figure is one of several columns, the column headers (决算数).
   */
  labels?: { rows: string[]; columns?: string[] };
}

/** Each functional class's three figures for 表1-2, generated from the classification. */
const FUNCTIONAL_INPUTS: readonly InputDef[] = FUNCTIONAL_CLASSES.flatMap((c) =>
  FUNCTIONAL_PERIODS.map((p): InputDef => ({
    key: functionalKey(c.code, p.key),
    type: "amount",
    report: true,
    unit: "万元",
    label: {
      "zh-CN": `${c.label["zh-CN"]}（${p.label["zh-CN"]}）`,
      "en-US": `${c.label["en-US"]}: ${p.label["en-US"]}`,
    },
    source: {
      "zh-CN": `表1-2 按支出功能分类：${p.label["zh-CN"]}`,
      "en-US": `Table 1-2 by function: ${p.label["en-US"]}`,
    },
  }))
);

/** The report's own figures listed one by one (data/inputs.json), the functional classes apart. */
export const REPORT_INPUTS: readonly InputDef[] = (catalog.inputs as InputDef[]).filter(
  (d) => d.report
);

export const INPUTS: readonly InputDef[] = [
  ...(catalog.inputs as InputDef[]),
  ...FUNCTIONAL_INPUTS,
];

const byKey = new Map(INPUTS.map((d) => [d.key, d]));

/** Whether a key belongs to the common catalog (data/inputs.json), which a framework may not redefine. */
export function isCatalogKey(key: string): boolean {
  return INPUTS.some((d) => d.key === key);
}

/**
 * Makes a loaded framework's own inputs known by key, as the catalog's are. Keys are global: a
 * framework file checked by readFramework never redefines a catalog key, and the same key in two
 * frameworks means the same figure.
 */
export function registerInputs(defs: readonly InputDef[]): void {
  for (const d of defs) if (!isCatalogKey(d.key)) byKey.set(d.key, d);
}

/**
 * The known key a mistyped one most likely means (sanGongBudjet → sanGongBudget): at most two letters
 * apart, ignoring case, and the only one that close.
 */
export function nearestKey(key: string): string | undefined {
  const k = key.toLowerCase();
  const most = 2;
  let best: string | undefined;
  let bestDistance = most + 1;
  let ties = 0;
  for (const known of byKey.keys()) {
    const d = distance(k, known.toLowerCase(), bestDistance + 1);
    if (d > most) continue;
    if (d < bestDistance) [best, bestDistance, ties] = [known, d, 0];
    else if (d === bestDistance) ties++;
  }
  return ties ? undefined : best;
}

/** Levenshtein distance, cut off at `limit` (anything farther counts as `limit`). */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) >= limit) return limit;
    row = next;
  }
  return Math.min(row[b.length], limit);
}

/** 2021, "2021", "2021年", "２０２１年度": the year evaluated; anything else is no year. */
export function readYear(raw: unknown): number | undefined {
  const s = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw : "";
  const m = /^(\d{4})(?:年度?)?$/.exec(s.normalize("NFKC").replace(/\s/g, ""));
  const year = m ? Number(m[1]) : NaN;
  return year >= 1990 && year <= 2100 ? year : undefined;
}

export function inputDef(key: string): InputDef | undefined {
  return byKey.get(key);
}

export function inputLabel(key: string, locale: Locale): string {
  const def = byKey.get(key);
  return def ? text(def.label, locale) : key;
}

/** The answers a choice keeps (完全/部分/未公开). */
export function optionValues(def: InputDef): string[] {
  return (def.options ?? []).map((o) => o["zh-CN"]);
}

/** How the core reads a value of this input: its type, unit, bound and words, every language's answers included. */
export function specOf(def: InputDef, max?: Rational): ParseSpec {
  const aliases: Record<string, string> = {};
  for (const o of def.options ?? [])
    for (const word of Object.values(o))
      if (word) aliases[normalizeText(word).toLowerCase()] = o["zh-CN"];
  for (const [word, value] of Object.entries(def.aliases ?? {}))
    aliases[normalizeText(word).toLowerCase()] = value;
  const limit = max ?? (def.max !== undefined ? Rational.fromNumber(def.max) : undefined);
  return {
    type: def.type,
    unit: def.unit,
    alsoUnit: def.alsoUnit,
    max: limit,
    options: optionValues(def),
    aliases,
  };
}

/**
 * The input's second unit when its value was stated in it (满意度 "93.95分", or a figure read so):
 * sentences then give the figure on that base.
 */
export function statedIn(def: InputDef | undefined, raw: unknown): string | undefined {
  const also = def?.alsoUnit;
  if (!also) return undefined;
  if (isFigure(raw)) return raw.figure === "number" && raw.unit === also ? also : undefined;
  return typeof raw === "string" && normalizeText(raw).endsWith(also) ? also : undefined;
}

/** The unit an input is given in, as a reader of `locale` says it. */
export function unitText(def: InputDef, locale: Locale): string {
  const units = words(locale).core.units;
  switch (def.type) {
    case "percent":
      return "%";
    case "judgement":
    case "flag":
      return units.yesNo;
    case "choice":
      return (def.options ?? []).map((o) => text(o, locale)).join("/");
    case "score":
      return units["分"];
    case "quantity":
      return "";
    default: {
      const unit = def.unit ?? (def.type === "amount" ? "万元" : "个");
      return units[unit] ?? unit;
    }
  }
}

/**
 * Why a value typed for an input cannot be used, in the user's language; undefined when it can (or is blank).
 * The task pane asks this, so a form accepts exactly what the scoring accepts ("１２", "2项", "93.95%").
 */
export function inputProblem(
  def: InputDef,
  raw: string,
  locale: Locale,
  max?: number
): string | undefined {
  const e = readEntry(def, raw, max);
  return e.kind === "problem"
    ? words(locale).core.problem(text(def.label, locale), e.problem)
    : undefined;
}

/**
 * What a clerk typed into an input's field, read once: nothing, a figure in the input's own terms
 * ("22.3" and "22.3%" in a % field are 22.3 %, "46,332,000元" in a 万元 field is 4,633.2), a question
 * when the entry can mean two figures (0.9 in a field whose values lie between 10 % and 300 %: 0.9 %
 * or 90 %?), or why it cannot be used.
 */
export type Entry =
  | { kind: "empty" }
  | { kind: "figure"; figure: Figure }
  | { kind: "ask"; choices: [Figure, Figure] }
  | { kind: "problem"; problem: Problem };

export function readEntry(def: InputDef, raw: string, max?: number): Entry {
  const spec = specOf(def, max === undefined ? undefined : Rational.fromNumber(max));
  if (def.type === "judgement" || def.type === "flag") {
    const yesNo = parseValue(raw, { type: "flag" });
    if (yesNo.kind === "flag")
      return { kind: "figure", figure: { figure: "flag", value: yesNo.value } };
  }
  const p = parseValue(raw, spec);
  switch (p.kind) {
    case "missing":
      return { kind: "empty" };
    case "problem":
      return { kind: "problem", problem: p.problem };
    case "flag":
      return { kind: "figure", figure: { figure: "flag", value: p.value } };
    case "choice":
      return { kind: "figure", figure: { figure: "choice", value: p.value } };
    case "value": {
      const typed = numberFigure(p.value);
      if (def.type !== "percent" || !def.plausible || /%$/.test(normalizeText(raw)))
        return { kind: "figure", figure: typed };
      const [lo, hi] = def.plausible.map((x) => Rational.fromNumber(x));
      const within = (r: Rational) => r.ge(lo) && r.le(hi);
      const hundredfold = p.value.mul(Rational.int(100));
      const fits = !spec.max || hundredfold.le(spec.max);
      return !within(p.value) && within(hundredfold) && fits
        ? { kind: "ask", choices: [typed, numberFigure(hundredfold)] }
        : { kind: "figure", figure: typed };
    }
  }
}
