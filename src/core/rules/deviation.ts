import { measureKeys, type DeviationRule } from "../framework";
import { formatPercent, formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import type { EvaluatePart, KindDef } from "./kind";
import { onePart, partsAtFullPoints } from "./kind-helpers";
import { measureRatio } from "./measure";
import { absorb, isBlocked, outcome, type Outcome } from "./outcome";
import { parseBound } from "./tiers";

/** 偏离: the part's score, less a flat deduction (never below 0) once the ratio reaches `at`. */
export function deviation(
  rule: DeviationRule,
  _points: Rational,
  ctx: RuleContext,
  part: EvaluatePart
): Outcome {
  const inner = part(rule.parts[0], Rational.fromNumber(rule.parts[0].points ?? 0), ctx);
  const out = outcome();
  absorb(out, inner);
  const label = ctx.ruleLabel(rule);
  const ratio = measureRatio(rule.measure, ctx.ruleLabelArg(rule), ctx, out);
  if (isBlocked(out) || !ratio) return out;
  out.score = inner.score;
  const at = parseBound(rule.at)!;
  if (ratio.kind === "ratio" && ratio.value.ge(at)) {
    const deducted = Rational.fromNumber(rule.deduct).min(inner.score!);
    out.score = inner.score!.sub(deducted);
    const pct = formatPercent(ratio.value);
    out.text.push(
      ctx.msg.deviation(
        label,
        pct,
        formatPercent(at),
        formatPoints(deducted),
        formatPoints(out.score)
      )
    );
    out.shortfalls.push(ctx.msg.short.deviation(label, pct, formatPercent(at)));
  }
  return out;
}

export const deviationKind: KindDef<DeviationRule> = {
  names: { "zh-CN": "偏离扣分", "en-US": "deviation deduction" },
  evaluate: deviation,
  keys: (rule, part) => [...rule.parts.flatMap(part), ...measureKeys(rule.measure)],
  alternatives: (rule, part) => rule.parts.flatMap(part),
  itemPoints: (rule, _key, part) => part(rule.parts[0]),
  shape(c) {
    c.label();
    c.measure();
    c.bound("at");
    c.score("deduct");
    onePart(c);
  },
  validate(rule, points, c) {
    c.measure(rule.measure);
    c.bound(rule.at);
    c.notAbove(rule.deduct);
    partsAtFullPoints(rule.parts, points, c);
  },
};
