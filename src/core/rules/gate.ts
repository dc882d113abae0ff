import type { GateRule } from "../framework";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import type { EvaluatePart, KindDef } from "./kind";
import { onePart, partsAtFullPoints } from "./kind-helpers";
import { absorb, isBlocked, outcome, type Outcome } from "./outcome";

/** 一票否决: a 是 makes the score 0 whatever the part says; a 否 leaves the part's score; blank is missing. */
export function gate(
  rule: GateRule,
  _points: Rational,
  ctx: RuleContext,
  part: EvaluatePart
): Outcome {
  const out = outcome();
  const vetoed = ctx.flag(rule.key, out);
  const label = ctx.label(rule.key);
  if (vetoed === true) {
    out.score = Rational.ZERO;
    out.text.push(ctx.msg.gate(label));
    out.shortfalls.push(ctx.msg.short.gate(label));
    return out;
  }
  const inner = part(rule.parts[0], Rational.fromNumber(rule.parts[0].points ?? 0), ctx);
  absorb(out, inner);
  if (vetoed === false && !isBlocked(out)) out.score = inner.score;
  return out;
}

export const gateKind: KindDef<GateRule> = {
  names: { "zh-CN": "一票否决", "en-US": "veto" },
  evaluate: gate,
  keys: (rule, part) => [rule.key, ...rule.parts.flatMap(part)],
  alternatives: (rule, part) => rule.parts.flatMap(part),
  itemPoints: (rule, _key, part) => part(rule.parts[0]),
  shape(c) {
    c.key("key");
    onePart(c);
  },
  validate(rule, points, c) {
    c.key(rule.key);
    partsAtFullPoints(rule.parts, points, c);
  },
};
