import type { AmountCasesRule } from "../framework";
import { formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { outcome, type Outcome } from "./outcome";
import type { KindDef } from "./kind";

/** None at all, within a reference amount, or above it: three scores, chosen exactly. */
export function amountCases(rule: AmountCasesRule, points: Rational, ctx: RuleContext): Outcome {
  const out = outcome();
  const amount = ctx.number(rule.key, out);
  const reference = ctx.number(rule.reference, out);
  if (!amount || !reference) return out;
  const label = ctx.label(rule.key);
  const [score, sentence] = amount.isZero()
    ? [rule.none, ctx.msg.amountNone(label, formatPoints(Rational.fromNumber(rule.none)))]
    : [
        amount.le(reference) ? rule.within : rule.above,
        (amount.le(reference) ? ctx.msg.amountWithin : ctx.msg.amountAbove)(
          label,
          formatPoints(amount),
          ctx.label(rule.reference),
          formatPoints(reference),
          formatPoints(Rational.fromNumber(amount.le(reference) ? rule.within : rule.above))
        ),
      ];
  out.score = Rational.fromNumber(score);
  out.text.push(sentence);
  if (amount.gt(reference) && out.score.lt(points))
    out.shortfalls.push(
      ctx.msg.short.amountAbove(
        label,
        formatPoints(amount),
        ctx.label(rule.reference),
        formatPoints(reference)
      )
    );
  return out;
}

export const amountCasesKind: KindDef<AmountCasesRule> = {
  names: { "zh-CN": "金额三档", "en-US": "amount cases" },
  evaluate: amountCases,
  keys: (rule) => [rule.key, rule.reference],
  shape(c) {
    c.key("key");
    c.key("reference");
    ["none", "within", "above"].forEach(c.score);
  },
  validate(rule, _points, c) {
    [rule.key, rule.reference].forEach(c.key);
    [rule.none, rule.within, rule.above].forEach(c.notAbove);
  },
};
