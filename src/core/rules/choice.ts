import type { ChoiceRule } from "../framework";
import { formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { outcome, type Outcome } from "./outcome";

/** A graded answer (完全/部分/未公开) worth fixed points each. */
export function choice(rule: ChoiceRule, points: Rational, ctx: RuleContext): Outcome {
  const out = outcome();
  const value = ctx.choice(rule.key, out);
  if (value === null) return out;
  out.score = Rational.fromNumber(rule.values[value] ?? 0);
  out.text.push(
    ctx.msg.choice(ctx.label(rule.key), ctx.answer(rule.key, value), formatPoints(out.score))
  );
  if (out.score.lt(points))
    out.shortfalls.push(ctx.msg.short.choice(ctx.label(rule.key), ctx.answer(rule.key, value)));
  return out;
}
