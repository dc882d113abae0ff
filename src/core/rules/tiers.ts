import type { Comparison, TiersRule } from "../framework";
import { formatPercent, formatPoints } from "../format";
import { parseValue } from "../parse";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { measureRatio } from "./measure";
import { outcome, type Outcome } from "./outcome";
import type { KindDef, RuleCheck } from "./kind";
import { measureKeys } from "../framework";

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
  const ratio = measureRatio(rule.measure, ctx.ruleLabelArg(rule), ctx, out);
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

const COMPARISONS = [">=", ">", "<=", "<"] as const;

export const tiersKind: KindDef<TiersRule> = {
  names: { "zh-CN": "分档计分", "en-US": "tiers" },
  evaluate: tiers,
  keys: (rule) => measureKeys(rule.measure),
  shape(c) {
    c.label();
    c.measure();
    c.list("tiers").forEach((t, i) => {
      const at = `${c.path}.tiers[${i}]`;
      const tier = typeof t === "object" && t !== null ? (t as Record<string, unknown>) : {};
      if (!COMPARISONS.includes(tier.when as Comparison))
        c.problem(`${at}.when`, c.words.badComparison);
      if (typeof tier.bound !== "string" || !tier.bound.trim())
        c.problem(`${at}.bound`, c.words.needsBound);
      c.scoreAt(tier.score, `${at}.score`);
    });
    c.score("otherwise");
  },
  validate(rule, _points, c) {
    c.measure(rule.measure);
    rule.tiers.forEach((t) => {
      c.notAbove(t.score);
      c.bound(t.bound);
    });
    c.notAbove(rule.otherwise);
    checkTierOrder(rule, c);
  },
};

/**
 * Tiers are read first match first: a later tier that an earlier one already covers can never apply
 * (≥80% before ≥90% leaves 90% unreachable), which is a framework written in the wrong order.
 */
function checkTierOrder(rule: TiersRule, c: RuleCheck): void {
  rule.tiers.forEach((t, i) => {
    const bound = parseBound(t.bound);
    if (!bound) return;
    const shadow = rule.tiers.slice(0, i).find((e) => {
      const b = parseBound(e.bound);
      if (!b) return false;
      if ((t.when === ">=" || t.when === ">") && (e.when === ">=" || e.when === ">"))
        return b.lt(bound) || (b.eq(bound) && (e.when === ">=" || t.when === ">"));
      if ((t.when === "<=" || t.when === "<") && (e.when === "<=" || e.when === "<"))
        return b.gt(bound) || (b.eq(bound) && (e.when === "<=" || t.when === "<"));
      return false;
    });
    if (shadow)
      c.report("tierUnreachable", {
        tier: `${t.when}${t.bound}`,
        before: `${shadow.when}${shadow.bound}`,
      });
  });
}
