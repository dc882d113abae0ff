import type { CoefficientRule } from "../framework";
import { formatPercent, formatPoints, percentOf } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { outcome, type Outcome } from "./outcome";
import type { KindDef } from "./kind";

const HUNDRED = Rational.int(100);

/** 得分 = 得分系数 × 权重: the evaluator's coefficient (0–100%) times the indicator's points. */
export function coefficient(rule: CoefficientRule, points: Rational, ctx: RuleContext): Outcome {
  const out = outcome();
  const given = ctx.number(rule.key, out, HUNDRED);
  if (!given) return out;
  const share = percentOf(given);
  out.score = points.mul(share);
  out.text.push(
    ctx.msg.coefficient(
      ctx.label(rule.key),
      formatPercent(share),
      formatPoints(points),
      formatPoints(out.score)
    )
  );
  if (out.score.lt(points))
    out.shortfalls.push(ctx.msg.short.partial(ctx.label(rule.key), formatPercent(share)));
  return out;
}

export const coefficientKind: KindDef<CoefficientRule> = {
  names: { "zh-CN": "系数乘分值", "en-US": "coefficient × points" },
  evaluate: coefficient,
  keys: (rule) => [rule.key],
  shape: (c) => c.key("key"),
  validate: (rule, _points, c) => c.key(rule.key),
};
