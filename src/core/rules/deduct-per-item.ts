import type { DeductPerItemRule } from "../framework";
import { formatPoints } from "../format";
import { inputDef } from "../inputs";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { outcome, type Outcome } from "./outcome";
import type { KindDef } from "./kind";

/** Full points less a fixed deduction per counted item, never below 0 (扣完为止). */
export function deductPerItem(
  rule: DeductPerItemRule,
  points: Rational,
  ctx: RuleContext
): Outcome {
  const out = outcome();
  const count = ctx.number(rule.key, out);
  if (!count) return out;
  const deducted = count.mul(Rational.fromNumber(rule.per)).min(points);
  out.score = points.sub(deducted);
  const unit = inputDef(rule.key)?.unit ?? "";
  out.text.push(
    ctx.msg.deductPerItem(
      ctx.label(rule.key),
      formatPoints(count),
      unit,
      formatPoints(deducted),
      formatPoints(out.score)
    )
  );
  if (!deducted.isZero())
    out.shortfalls.push(ctx.msg.short.count(ctx.label(rule.key), formatPoints(count), unit));
  return out;
}

export const deductPerItemKind: KindDef<DeductPerItemRule> = {
  names: { "zh-CN": "按项扣分", "en-US": "deduction per item" },
  evaluate: deductPerItem,
  keys: (rule) => [rule.key],
  shape(c) {
    c.key("key");
    c.score("per");
  },
  validate: (rule, _points, c) => c.key(rule.key),
};
