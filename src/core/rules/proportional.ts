import type { ProportionalRule } from "../framework";
import { formatPercent, formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { measureRatio } from "./measure";
import { outcome, type Outcome } from "./outcome";
import type { KindDef } from "./kind";
import { measureKeys } from "../framework";

/** Points × ratio; above 100% either full points or, for procurement, nothing. */
export function proportional(rule: ProportionalRule, points: Rational, ctx: RuleContext): Outcome {
  const out = outcome();
  const label = ctx.ruleLabel(rule);
  const ratio = measureRatio(rule.measure, ctx.ruleLabelArg(rule), ctx, out);
  if (!ratio) return out;
  const value = ratio.kind === "ratio" ? ratio.value : Rational.ONE;
  const pct = formatPercent(value);
  if (value.gt(Rational.ONE) && rule.above === "zero") {
    out.score = Rational.ZERO;
    out.text.push(ctx.msg.procurementOver(label, pct));
    out.shortfalls.push(ctx.msg.short.procurementOver(label, pct));
    return out;
  }
  out.score = points.mul(value.min(Rational.ONE));
  out.text.push(ctx.msg.rate(label, pct, formatPoints(out.score)));
  if (out.score.lt(points)) out.shortfalls.push(ctx.msg.short.partial(label, pct));
  return out;
}

export const proportionalKind: KindDef<ProportionalRule> = {
  names: { "zh-CN": "按比例计分", "en-US": "proportional" },
  evaluate: proportional,
  keys: (rule) => measureKeys(rule.measure),
  shape(c) {
    c.label();
    c.measure();
  },
  validate: (rule, _points, c) => c.measure(rule.measure),
};
