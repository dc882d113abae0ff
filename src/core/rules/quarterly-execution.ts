import type { QuarterlyExecutionRule } from "../framework";
import { formatPercent, formatPoints, percentOf } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { note } from "./note";
import { isBlocked, outcome, type Outcome } from "./outcome";
import type { KindDef } from "./kind";

const QUARTER = Rational.of(1n, 4n);

/** Quarter q's execution rate: (cumulative spending / annual budget) / (25% × q). */
export function quarterRate(spent: Rational, budget: Rational, q: number): Rational {
  return spent.div(budget).div(QUARTER.mul(Rational.int(q)));
}

/**
 * Quarter k: rate = (cumulative spending / annual budget) / (25% × k), or the rate given directly;
 * each quarter earns min(1, rate) × its points, the year min(annual points, annual points × mean rate).
 */
export function quarterlyExecution(
  rule: QuarterlyExecutionRule,
  _points: Rational,
  ctx: RuleContext
): Outcome {
  const out = outcome();
  const quarterPoints = Rational.fromNumber(rule.quarterPoints);
  const annualPoints = Rational.fromNumber(rule.annualPoints);
  const rates: (Rational | null)[] = [];
  let budget: Rational | null | undefined;
  for (let q = 1; q <= 4; q++) {
    const rateKey = rule.rates[q - 1];
    const spentKey = rule.spent[q - 1];
    let rate: Rational | null = null;
    if (ctx.isGiven(rateKey)) {
      const given = ctx.number(rateKey, out);
      rate = given && percentOf(given);
    } else if (!ctx.isGiven(spentKey)) {
      out.missing.push(`${spentKey}|${rateKey}`);
    } else {
      const spent = ctx.number(spentKey, out);
      if (budget === undefined) budget = readBudget(rule, ctx, out);
      if (spent && budget) rate = quarterRate(spent, budget, q);
    }
    rates.push(rate);
    if (rate) {
      const score = rate.min(Rational.ONE).mul(quarterPoints);
      out.text.push(ctx.msg.quarter(q, formatPercent(rate), formatPoints(score)));
    }
  }
  if (isBlocked(out)) return out;
  const known = rates as Rational[];
  const slow = [1, 2, 3, 4].filter((q) => known[q - 1].lt(Rational.ONE));
  if (slow.length)
    out.shortfalls.push(
      ctx.msg.short.quarters(
        slow,
        slow.map((q) => formatPercent(known[q - 1]))
      )
    );
  const mean = known.reduce((a, b) => a.add(b), Rational.ZERO).div(Rational.int(4));
  const annual = annualPoints.mul(mean).min(annualPoints);
  out.text.push(ctx.msg.quarterlyAverage(formatPercent(mean), formatPoints(annual)));
  if (mean.lt(Rational.ONE))
    out.shortfalls.push(ctx.msg.short.quarterlyAverage(formatPercent(mean)));
  out.score = known.reduce((sum, r) => sum.add(r.min(Rational.ONE).mul(quarterPoints)), annual);
  return out;
}

function readBudget(rule: QuarterlyExecutionRule, ctx: RuleContext, out: Outcome): Rational | null {
  const budget = ctx.number(rule.budget, out);
  if (budget && budget.isZero()) {
    out.errors.push(note("zeroDenominator", { note: note("executionRate") }, { key: rule.budget }));
    out.zeroDenominator = true;
    return null;
  }
  return budget;
}

export const quarterlyExecutionKind: KindDef<QuarterlyExecutionRule> = {
  names: { "zh-CN": "季度预算执行", "en-US": "quarterly budget execution" },
  evaluate: quarterlyExecution,
  keys: (rule) => [rule.budget, ...rule.spent, ...rule.rates],
  alternatives: (rule) => rule.spent.map((s, i): [string, string] => [s, rule.rates[i]]),
  shape(c) {
    c.key("budget");
    c.keys("spent");
    c.keys("rates");
    ["quarterPoints", "annualPoints"].forEach(c.number);
  },
  validate(rule, _points, c) {
    [rule.budget, ...rule.spent, ...rule.rates].forEach(c.key);
    c.mustSum(
      Rational.fromNumber(rule.quarterPoints)
        .mul(Rational.int(4))
        .add(Rational.fromNumber(rule.annualPoints))
    );
  },
};
