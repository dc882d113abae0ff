import type { Comparison, Measure, Rule } from "../../core";
import { catalog, LOCALES, type Locale, type Localized } from "../../i18n";

/**
 * A rule as the cells of one row of the framework form (计分方式 … 参数), and the helpers each kind's
 * encoding and decoding share. Parameters are clauses "name=value" separated by “；”, and flags, in
 * either language: a bureau clerk writes “≥90%=5；≥80%=4；其他=0” or “界限=100%；每档=1%；每档扣分=0.5”.
 */
export interface RuleCells {
  kind: string;
  partPoints?: number;
  label?: string;
  measure?: string;
  first?: string;
  second?: string;
  params?: string;
}

/** Where a problem of a rule's cells is, as a column of the form. */
export type RuleColumn = "kind" | "measure" | "first" | "second" | "params";

export type FormWords = ReturnType<typeof catalog>["frameworkForm"];
export type FormParams = FormWords["params"];

export const SYMBOL: Record<Comparison, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<" };

export const COMPARISONS: [RegExp, Comparison][] = [
  [/^(≥|>=|＞=|≧)/, ">="],
  [/^(≤|<=|＜=|≦)/, "<="],
  [/^(>|＞)/, ">"],
  [/^(<|＜)/, "<"],
];

/** What a kind's encoding is given: the words of the form's language and the cells every rule has. */
export interface FormWriter {
  words: FormWords;
  params: FormParams;
  /** The kind's name, the part's points and the label, filled in. */
  base: RuleCells;
  join(clauses: (string | false | undefined)[]): string;
  measured(m: Measure): Pick<RuleCells, "measure" | "first" | "second">;
  /** A ratio's flags (不超过分母, 无收到视为达标) as clauses. */
  flags(m: Measure): (string | false | undefined)[];
}

export interface Clause {
  name: string;
  value?: string;
  raw: string;
}

/** What a kind's decoding is given: the row's cells, its clauses and readers that mark what they used. */
export interface FormReader {
  cells: RuleCells;
  words: FormWords;
  clauses: Clause[];
  /** The part's points, as the rule's own field. */
  base: { points?: number };
  /** The label a measured rule names its figure by, as the rule's own field. */
  label: { label?: Localized };
  /** The measure of a measured kind, read from its cells. */
  measure?: Measure;
  /** A named clause's value ("界限=100%"), in either language. */
  take(pick: (p: FormParams) => string): string | undefined;
  /** A flag clause (“不超过分母”), in either language. */
  flag(pick: (p: FormParams) => string): boolean;
  /** Marks a clause as read. */
  use(clause: Clause): void;
  /** Whether a word is the form's word for something, in either language. */
  is(word: string | undefined, pick: (p: FormParams) => string): boolean;
  /** A number as a clerk writes it (1,000; full-width digits); NaN when it is none. */
  number(v: string | undefined): number | undefined;
  /** The keys in the first or second cell ("a+b"). */
  keys(cell: "first" | "second"): string[];
}

export type Decoded = { ok: true; rule: Rule } | { ok: false; column: RuleColumn; message: string };

/** The words of every language for a thing, so the form reads in either. */
export const isWord = (word: string, pick: (l: Locale) => string): boolean =>
  LOCALES.map(pick).some((w) => w.toLowerCase() === word.trim().toLowerCase());

export const keysOf = (cell: string | undefined): string[] =>
  (cell ?? "")
    .split(/[+＋、,，]/)
    .map((k) => k.trim())
    .filter(Boolean);

/** Text in both languages in one cell: the Chinese on the first line, the English (if any) on the second. */
export function localizedCell(value: Localized): string {
  return value["en-US"] && value["en-US"] !== value["zh-CN"]
    ? `${value["zh-CN"]}\n${value["en-US"]}`
    : value["zh-CN"];
}

export function localizedOf(cell: string): Localized {
  const [zh, ...en] = cell.split(/\r?\n/);
  const english = en.join(" ").trim();
  return { "zh-CN": zh.trim(), ...(english && { "en-US": english }) };
}
