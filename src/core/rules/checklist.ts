import type { ChecklistRule } from "../framework";
import { formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { isBlocked, outcome, type Outcome } from "./outcome";
import type { KindDef } from "./kind";
import { sumOfPoints } from "./kind-helpers";

/** Judgement items (是/否 or partial points): the score is what the items earn. */
export function checklist(rule: ChecklistRule, _points: Rational, ctx: RuleContext): Outcome {
  const out = outcome();
  let total = Rational.ZERO;
  const lines: string[] = [];
  for (const item of rule.items) {
    const max = Rational.fromNumber(item.points);
    const earned = ctx.number(item.key, out, max);
    if (!earned) continue;
    total = total.add(earned);
    if (earned.lt(max)) {
      out.shortfalls.push(ctx.msg.short.item(ctx.label(item.key), !earned.isZero()));
      lines.push(
        ctx.msg.checklistItem(ctx.label(item.key), formatPoints(earned), formatPoints(max))
      );
    }
  }
  if (isBlocked(out)) return out;
  out.score = total;
  if (lines.length) out.text.push(...lines);
  else if (rule.items.length === 1)
    out.text.push(ctx.msg.checklistItemMet(ctx.label(rule.items[0].key), formatPoints(total)));
  else out.text.push(ctx.msg.checklistAllMet(formatPoints(total)));
  return out;
}

export const checklistKind: KindDef<ChecklistRule> = {
  names: { "zh-CN": "逐项计分", "en-US": "checklist" },
  evaluate: checklist,
  keys: (rule) => rule.items.map((i) => i.key),
  itemPoints: (rule, key) => rule.items.find((i) => i.key === key)?.points,
  shape(c) {
    c.list("items").forEach((it, i) => {
      const item = typeof it === "object" && it !== null ? (it as Record<string, unknown>) : {};
      c.keyAt(item.key, `${c.path}.items[${i}].key`);
      c.scoreAt(item.points, `${c.path}.items[${i}].points`);
    });
  },
  validate(rule, _points, c) {
    rule.items.forEach((i) => c.key(i.key));
    c.mustSum(sumOfPoints(rule.items));
  },
};
