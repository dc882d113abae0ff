import {
  note,
  inputDef,
  measureRatio,
  quarterRate,
  Rational,
  text,
  type InputDef,
  type Locale,
} from "../core";
import { fail, scalar, type CellResult } from "./cell-values";
import { context, emptyOutcome, fns, ownParam, ruleLabelOf, toCell } from "./context";

/** The rates a user shows beside the figures (控制率, 调整比例, 季度执行率): fractions, formatted as % by the cell. */

function ratio(
  num: unknown,
  den: unknown,
  rule: "control" | "adjust",
  locale: Locale,
  defs: [InputDef, InputDef]
): CellResult {
  const ctx = context({ n: scalar(num), d: scalar(den) }, locale, {
    defs: { n: { ...defs[0], key: "n" }, d: { ...defs[1], key: "d" } },
  });
  const o = emptyOutcome();
  const label = text(ruleLabelOf(rule), locale);
  const r = measureRatio({ numerator: ["n"], denominator: ["d"] }, label, ctx, o);
  return toCell(o, ctx, () => (r?.kind === "ratio" ? r.value.toNumber() : 0));
}

export function controlRate([actual, budget]: unknown[], locale: Locale): CellResult {
  return ratio(actual, budget, "control", locale, [
    ownParam("actual", "amount", "actual"),
    ownParam("budget", "amount", "budget"),
  ]);
}

export function adjustRate([adjusted, scale]: unknown[], locale: Locale): CellResult {
  return ratio(adjusted, scale, "adjust", locale, [
    inputDef("fundsAdjusted")!,
    inputDef("budgetScale")!,
  ]);
}

export function execRate([budget, spent, quarter]: unknown[], locale: Locale): CellResult {
  const defs = {
    budget: ownParam("budget", "amount", "budget"),
    spent: ownParam("spent", "amount", "spent"),
    quarter: ownParam("quarter", "count", "quarter"),
  };
  const ctx = context(
    { budget: scalar(budget), spent: scalar(spent), quarter: scalar(quarter) },
    locale,
    { defs }
  );
  const o = emptyOutcome();
  const b = ctx.number("budget", o);
  const s = ctx.number("spent", o);
  const q = ctx.number("quarter", o);
  if (q && (q.lt(Rational.ONE) || q.gt(Rational.int(4))))
    return fail("value", fns(locale).badQuarter(String(scalar(quarter))));
  if (b && b.isZero()) {
    o.errors.push(note("zeroDenominator", fns(locale).ruleLabels.exec, { key: "budget" }));
    o.zeroDenominator = true;
  }
  return toCell(o, ctx, () => quarterRate(s!, b!, q!.toNumber()).toNumber());
}
