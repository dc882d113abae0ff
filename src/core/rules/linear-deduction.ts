import type { LinearDeductionRule } from "../framework";
import { formatPercent, formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { measureRatio } from "./measure";
import { outcome, type Outcome } from "./outcome";
import { parseBound } from "./tiers";
import type { KindDef } from "./kind";
import { measureKeys } from "../framework";

const HUNDRED = Rational.int(100);

/**
 * Full points up to a threshold share, then a deduction per step beyond it (by default per percentage
 * point above, continuous: 28.51% over a 10% threshold deducts 1.851, not 1.8), floored at 0.
 */
export function linearDeduction(
  rule: LinearDeductionRule,
  points: Rational,
  ctx: RuleContext
): Outcome {
  const out = outcome();
  const label = ctx.ruleLabel(rule);
  const ratio = measureRatio(rule.measure, ctx.ruleLabelArg(rule), ctx, out);
  if (!ratio) return out;
  const value = ratio.kind === "ratio" ? ratio.value : Rational.ZERO;
  const threshold = parseBound(rule.threshold) ?? Rational.ZERO;
  const per = parseBound(rule.perPercentPoint) ?? Rational.ZERO;
  const step = parseBound(rule.step ?? "1%") ?? Rational.ONE.div(HUNDRED);
  const below = rule.direction === "below";
  const pct = formatPercent(value);
  const thresholdText = formatPercent(threshold).replace(/\.00%$/, "%");
  if (below ? value.ge(threshold) : value.le(threshold)) {
    out.score = points;
    out.text.push(
      (below ? ctx.msg.linearNotBelow : ctx.msg.linearWithin)(
        label,
        pct,
        thresholdText,
        formatPoints(points)
      )
    );
    return out;
  }
  const gap = below ? threshold.sub(value) : value.sub(threshold);
  const exact = gap.div(step);
  const counted =
    rule.steps === "started" ? exact.ceil() : rule.steps === "full" ? exact.floor() : exact;
  const deducted = counted.mul(per).min(points);
  out.score = points.sub(deducted);
  out.shortfalls.push(
    (below ? ctx.msg.short.under : ctx.msg.short.over)(label, pct, thresholdText)
  );
  out.text.push(
    (below ? ctx.msg.linearUnder : ctx.msg.linearOver)(
      label,
      pct,
      thresholdText,
      gap.mul(HUNDRED).toFixed(2),
      formatPoints(deducted),
      formatPoints(out.score)
    )
  );
  return out;
}

export const linearDeductionKind: KindDef<LinearDeductionRule> = {
  names: { "zh-CN": "越线扣分", "en-US": "deduction beyond a threshold" },
  evaluate: linearDeduction,
  keys: (rule) => measureKeys(rule.measure),
  shape(c) {
    c.label();
    c.measure();
    c.bound("threshold");
    c.bound("perPercentPoint");
    c.oneOf("direction", ["above", "below"], c.words.badDirection);
    c.oneOf("steps", ["exact", "started", "full"], c.words.badSteps);
  },
  validate(rule, _points, c) {
    c.measure(rule.measure);
    [rule.threshold, rule.perPercentPoint, rule.step ?? "1%"].forEach(c.bound);
  },
};
