import type { FallingRule } from "../framework";
import { formatPercent, formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import type { KindDef } from "./kind";
import { outcome, type Outcome } from "./outcome";
import { quantity } from "./quantity";

const TWO = Rational.int(2);

/**
 * 反向指标: full points while the actual stays at or under the target. Beyond it, "linear" loses the
 * share the target is exceeded by ((1 − (actual − target) / target) × points, nothing at twice the target);
 * "ratio" gives target / actual of the points. A target of 0 is met only by an actual of 0.
 */
export function falling(rule: FallingRule, points: Rational, ctx: RuleContext): Outcome {
  const out = outcome();
  const label = ctx.ruleLabel(rule);
  const actual = ctx.number(rule.actual, out);
  const target = ctx.number(rule.target, out);
  if (!actual || !target) return out;
  const [a, t] = [quantity(ctx, rule.actual, actual), quantity(ctx, rule.target, target)];
  if (target.isZero()) {
    out.score = actual.isZero() ? points : Rational.ZERO;
    out.text.push(ctx.msg.fallingZeroTarget(label, a, formatPoints(out.score)));
  } else if (actual.le(target)) {
    out.score = points;
    out.text.push(ctx.msg.fallingWithin(label, a, t, formatPoints(points)));
  } else if (rule.curve === "ratio") {
    const share = target.div(actual);
    out.score = points.mul(share);
    out.text.push(ctx.msg.fallingRatio(label, a, t, formatPercent(share), formatPoints(out.score)));
  } else {
    const excess = actual.sub(target).div(target);
    out.score = points.mul(TWO.sub(actual.div(target)).max(Rational.ZERO));
    out.text.push(ctx.msg.fallingOver(label, a, t, formatPercent(excess), formatPoints(out.score)));
  }
  if (out.score.lt(points)) out.shortfalls.push(ctx.msg.short.fallingOver(label, a, t));
  return out;
}

export const fallingKind: KindDef<FallingRule> = {
  names: { "zh-CN": "反向指标", "en-US": "lower is better" },
  evaluate: falling,
  keys: (rule) => [rule.actual, rule.target],
  shape(c) {
    c.label();
    c.key("actual");
    c.key("target");
    c.oneOf("curve", ["linear", "ratio"], c.words.badCurve);
  },
  validate(rule, _points, c) {
    c.key(rule.actual);
    c.key(rule.target);
  },
};
