import type { LinearDeductionRule } from "../framework";
import { formatPercent, formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { measureRatio } from "./measure";
import { outcome, type Outcome } from "./outcome";
import { parseBound } from "./tiers";

const HUNDRED = Rational.int(100);

/**
 * Full points up to a threshold share, then a deduction per percentage point beyond it,
 * continuous (28.51% over a 10% threshold deducts 1.851, not 1.8), floored at 0.
 */
export function linearDeduction(
  rule: LinearDeductionRule,
  points: Rational,
  ctx: RuleContext
): Outcome {
  const out = outcome();
  const label = ctx.ruleLabel(rule);
  const ratio = measureRatio(rule.measure, label, ctx, out);
  if (!ratio) return out;
  const value = ratio.kind === "ratio" ? ratio.value : Rational.ZERO;
  const threshold = parseBound(rule.threshold) ?? Rational.ZERO;
  const per = parseBound(rule.perPercentPoint) ?? Rational.ZERO;
  const pct = formatPercent(value);
  const thresholdText = formatPercent(threshold).replace(/\.00%$/, "%");
  if (value.le(threshold)) {
    out.score = points;
    out.text.push(ctx.msg.linearWithin(label, pct, thresholdText, formatPoints(points)));
    return out;
  }
  const excess = value.sub(threshold).mul(HUNDRED);
  const deducted = excess.mul(per).min(points);
  out.score = points.sub(deducted);
  out.text.push(
    ctx.msg.linearOver(
      label,
      pct,
      thresholdText,
      excess.toFixed(2),
      formatPoints(deducted),
      formatPoints(out.score)
    )
  );
  return out;
}
