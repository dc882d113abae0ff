import type { Comparison, TiersRule } from "../framework";
import { formatPercent, formatPoints } from "../format";
import { parseValue } from "../parse";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { measureRatio } from "./measure";
import { outcome, type Outcome } from "./outcome";

const bounds = new Map<string, Rational | null>();

/** Reads a bound such as "90%", "0.1" or "-5%" (a change may fall) exactly; null when it is not a number. */
export function parseBound(bound: string): Rational | null {
  let r = bounds.get(bound);
  if (r === undefined) {
    const t = bound.trim();
    const negative = /^[-−－]/.test(t);
    const p = parseValue(negative ? t.slice(1) : t, { type: "percent" });
    r = p.kind !== "value" ? null : t.includes("%") ? p.value.div(Rational.int(100)) : p.value;
    if (r && negative) r = r.neg();
    bounds.set(bound, r);
  }
  return r;
}

export function compare(value: Rational, when: Comparison, bound: Rational): boolean {
  const c = value.cmp(bound);
  return when === "<" ? c < 0 : when === "<=" ? c <= 0 : when === ">=" ? c >= 0 : c > 0;
}

/** First tier whose condition holds, compared exactly; `otherwise` when none does. */
export function tierScore(rule: Pick<TiersRule, "tiers" | "otherwise">, ratio: Rational): Rational {
  for (const tier of rule.tiers) {
    const bound = parseBound(tier.bound);
    if (bound && compare(ratio, tier.when, bound)) return Rational.fromNumber(tier.score);
  }
  return Rational.fromNumber(rule.otherwise);
}

export function tiers(rule: TiersRule, points: Rational, ctx: RuleContext): Outcome {
  const out = outcome();
  const label = ctx.ruleLabel(rule);
  const ratio = measureRatio(rule.measure, label, ctx, out);
  if (!ratio) return out;
  if (ratio.kind === "noneDue") {
    out.score = points;
    out.text.push(ctx.msg.noneReceived(label, formatPoints(points)));
    return out;
  }
  out.score = tierScore(rule, ratio.value);
  const shown = formatPercent(ratio.value);
  out.text.push(ctx.msg.rate(label, shown, formatPoints(out.score)));
  const best = rule.tiers.reduce((a, b) => (b.score > a.score ? b : a), rule.tiers[0]);
  if (best && out.score.lt(Rational.fromNumber(best.score)))
    out.shortfalls.push(
      ctx.msg.short.rate(label, shown, ctx.msg.short.bound(label, best.when, best.bound))
    );
  return out;
}
