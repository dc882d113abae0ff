import type { CompositeRule, Rule } from "../framework";
import { formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { note } from "./note";
import { absorb, isBlocked, outcome, type Outcome } from "./outcome";
import type { KindDef } from "./kind";
import { sumOfPoints } from "./kind-helpers";

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
      parts.warnings.push(note("classifiedUnitHint"));
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

export const compositeKind: KindDef<CompositeRule> = {
  names: { "zh-CN": "组合", "en-US": "composite" },
  evaluate: composite,
  keys: (rule, part) => [
    ...rule.parts.flatMap(part),
    ...[rule.zeroIf, rule.fullIf].filter((k): k is string => !!k),
  ],
  alternatives: (rule, part) => rule.parts.flatMap(part),
  itemPoints: (rule, _key, part) => rule.parts.map(part).find((p) => p !== undefined),
  shape(c) {
    c.list("parts").forEach((p, i) => c.part(p, `${c.path}.parts[${i}]`));
    if (c.rule.zeroIf !== undefined) c.key("zeroIf");
    if (c.rule.fullIf !== undefined) c.key("fullIf");
  },
  validate(rule, _points, c) {
    [rule.zeroIf, rule.fullIf].forEach((k) => k && c.key(k));
    c.mustSum(sumOfPoints(rule.parts.map((p) => ({ points: p.points ?? 0 }))));
    rule.parts.forEach((p) => c.part(p, Rational.fromNumber(p.points ?? 0)));
  },
};
