import type { WeightedRule } from "../framework";
import { formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import type { EvaluatePart, KindDef } from "./kind";
import { partsAtFullPoints } from "./kind-helpers";
import { note } from "./note";
import { absorb, isBlocked, outcome, type Outcome } from "./outcome";

/** Each part scored on the full points, then averaged weighted by its amount (several fund sources). */
export function weighted(
  rule: WeightedRule,
  _points: Rational,
  ctx: RuleContext,
  part: EvaluatePart
): Outcome {
  const out = outcome();
  const amounts = rule.weights.map((k) => ctx.number(k, out));
  // A source with no money (no other funds this year) weighs nothing: its part is not scored at all.
  const outs = rule.parts.map((p, i) =>
    amounts[i]?.isZero() ? null : part(p, Rational.fromNumber(p.points ?? 0), ctx)
  );
  outs.forEach((o) => o && absorb(out, { ...o, text: [], shortfalls: [] }));
  if (isBlocked(out)) return out;
  const total = amounts.reduce<Rational>((s, a) => s.add(a!), Rational.ZERO);
  if (total.isZero()) {
    out.errors.push(note("weightsZero", { keys: rule.weights }));
    out.zeroDenominator = true;
    return out;
  }
  out.score = outs
    .reduce((s, o, i) => (o ? s.add(o.score!.mul(amounts[i]!)) : s), Rational.ZERO)
    .div(total);
  const scored = rule.weights.flatMap((k, i) => {
    const o = outs[i];
    return o
      ? [ctx.msg.weightedPart(ctx.label(k), formatPoints(amounts[i]!), formatPoints(o.score!))]
      : [];
  });
  out.text.push(ctx.msg.weighted(scored, formatPoints(out.score)));
  outs.forEach((o) => o && out.shortfalls.push(...o.shortfalls));
  return out;
}

export const weightedKind: KindDef<WeightedRule> = {
  names: { "zh-CN": "按金额加权", "en-US": "weighted by amount" },
  evaluate: weighted,
  keys: (rule, part) => [...rule.parts.flatMap(part), ...rule.weights],
  alternatives: (rule, part) => rule.parts.flatMap(part),
  shape(c) {
    const parts = c.list("parts");
    parts.forEach((p, i) => c.part(p, `${c.path}.parts[${i}]`));
    c.keys("weights");
    if (Array.isArray(c.rule.weights) && c.rule.weights.length !== parts.length)
      c.problem(`${c.path}.weights`, c.words.weightsCount);
  },
  validate(rule, points, c) {
    rule.weights.forEach(c.key);
    partsAtFullPoints(rule.parts, points, c);
  },
};
