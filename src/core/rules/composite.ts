import type { CompositeRule, Rule } from "../framework";
import { formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { absorb, isBlocked, outcome, type Outcome } from "./outcome";

/**
 * The sum of its parts, each with its own points. A 是 for `zeroIf` makes the whole 0 and a 是 for
 * `fullIf` gives full points, whatever the parts say; the parts still explain themselves.
 */
export function composite(
  rule: CompositeRule,
  points: Rational,
  ctx: RuleContext,
  evaluatePart: (part: Rule, points: Rational, ctx: RuleContext) => Outcome
): Outcome {
  const parts = outcome();
  let total: Rational | null = Rational.ZERO;
  for (const part of rule.parts) {
    const o = evaluatePart(part, Rational.fromNumber(part.points ?? 0), ctx);
    absorb(parts, o);
    total = total && o.score ? total.add(o.score) : null;
  }

  const out = outcome();
  if (rule.fullIf) {
    const full = ctx.flag(rule.fullIf, out, true);
    if (full === true) {
      out.score = points;
      out.text.push(ctx.msg.classifiedUnit(formatPoints(points)));
      return out;
    }
    if (full === null && !isBlocked(out) && total && total.lt(points))
      parts.warnings.push(ctx.msg.classifiedUnitHint());
  }
  if (rule.zeroIf) {
    const zero = ctx.flag(rule.zeroIf, out);
    if (zero === true) {
      out.score = Rational.ZERO;
      out.text.push(ctx.msg.seriousViolation());
      out.shortfalls.push(ctx.msg.short.seriousViolation());
      return out;
    }
  }
  absorb(out, parts);
  if (!isBlocked(out)) out.score = total;
  return out;
}
