import {
  evaluateRule,
  outcome,
  parseValue,
  Rational,
  RuleContext,
  type ContextOptions,
  type InputDef,
  type Outcome,
  type Rule,
} from "../core";
import { fail, outcomeToCell, scalar, type CellResult } from "./cell-values";
import { catalog, LOCALES, type FunctionStrings, type Locale, type Localized } from "../i18n";

/** What the PERF.* evaluations share: their catalog, their own parameters' labels, and a rule's outcome as a cell. */

export const fns = (locale: Locale) => catalog(locale).functions;

/** A text of the functions' catalog in every language, as a label the core can render. */
export const bothLanguages = (pick: (words: FunctionStrings) => string): Localized =>
  Object.fromEntries(LOCALES.map((l) => [l, pick(fns(l))])) as Localized;

export type OwnLabel = keyof FunctionStrings["params"];

/** An input definition for a parameter of the function's own, named as its messages name it. */
export const ownParam = (key: string, type: InputDef["type"], label: OwnLabel): InputDef => ({
  key,
  type,
  label: bothLanguages((w) => w.params[label]),
});

export const ruleLabelOf = (key: keyof FunctionStrings["ruleLabels"]): Localized =>
  bothLanguages((w) => w.ruleLabels[key]);

export function context(
  inputs: Record<string, unknown>,
  locale: Locale,
  options: ContextOptions = {},
  kpis?: unknown
): RuleContext {
  return new RuleContext(inputs, kpis, locale, options);
}

export const emptyOutcome = (): Outcome => outcome();

export function toCell(
  o: Outcome,
  ctx: RuleContext,
  value: (score: Rational) => number | string
): CellResult {
  return outcomeToCell(
    o,
    o.missing.map((k) => ctx.label(k)),
    ctx.locale,
    () => value(o.score ?? Rational.ZERO),
    (n) => ctx.render(n)
  );
}

/** A rule's score as a cell, rounded as the score sheet rounds it; `scale` stretches tier scores to other points. */
export function score(
  rule: Rule,
  points: Rational,
  ctx: RuleContext,
  scale = Rational.ONE
): CellResult {
  const o = evaluateRule(rule, points, ctx);
  return toCell(o, ctx, (s) => s.mul(scale).round(2).toNumber());
}

/** A points argument: blank means `fallback` (the framework's own points); 0, text or a negative is refused. */
/** More points than any framework gives an indicator: a figure like 1.8e308 is a wrong cell, not points. */
const MOST_POINTS = Rational.int(10000);

export function pointsArg(raw: unknown, fallback: number, locale: Locale): Rational | CellResult {
  const p = parseValue(scalar(raw), { type: "score" });
  if (p.kind === "missing") return Rational.fromNumber(fallback);
  if (p.kind === "value" && !p.value.isZero() && p.value.le(MOST_POINTS)) return p.value;
  return fail("value", fns(locale).badPoints(String(scalar(raw))));
}

export const isResult = (v: Rational | CellResult): v is CellResult => !(v instanceof Rational);
