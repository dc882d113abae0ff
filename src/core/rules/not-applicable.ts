import type { NotApplicableRule } from "../framework";
import { formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import type { EvaluatePart, KindDef } from "./kind";
import { onePart, partsAtFullPoints } from "./kind-helpers";
import { absorb, isBlocked, outcome, type Outcome } from "./outcome";

/**
 * An item that may not apply: a 是 gives full points ("full") or leaves the item out ("omit", no score,
 * its points spread over the others when the total is worked out); a 否 or a blank scores the part, as
 * most units have such items.
 */
export function notApplicable(
  rule: NotApplicableRule,
  points: Rational,
  ctx: RuleContext,
  part: EvaluatePart
): Outcome {
  const out = outcome();
  const skip = ctx.flag(rule.key, out, true);
  const label = ctx.label(rule.key);
  if (skip === true && rule.then === "full") {
    out.score = points;
    out.text.push(ctx.msg.notApplicableFull(label, formatPoints(points)));
    return out;
  }
  if (skip === true) {
    out.omitted = true;
    out.text.push(ctx.msg.notApplicableOmitted(label, formatPoints(points)));
    return out;
  }
  const inner = part(rule.parts[0], Rational.fromNumber(rule.parts[0].points ?? 0), ctx);
  absorb(out, inner);
  if (!isBlocked(out)) out.score = inner.score;
  return out;
}

export const notApplicableKind: KindDef<NotApplicableRule> = {
  names: { "zh-CN": "不适用", "en-US": "not applicable" },
  evaluate: notApplicable,
  keys: (rule, part) => [rule.key, ...rule.parts.flatMap(part)],
  alternatives: (rule, part) => rule.parts.flatMap(part),
  itemPoints: (rule, _key, part) => part(rule.parts[0]),
  shape(c) {
    c.key("key");
    c.oneOf("then", ["full", "omit"], c.words.badThen);
    if (c.rule.then === undefined) c.problem(`${c.path}.then`, c.words.badThen);
    onePart(c);
  },
  validate(rule, points, c) {
    c.key(rule.key);
    partsAtFullPoints(rule.parts, points, c);
  },
};
