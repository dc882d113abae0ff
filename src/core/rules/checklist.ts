import type { ChecklistRule } from "../framework";
import { formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { isBlocked, outcome, type Outcome } from "./outcome";

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
