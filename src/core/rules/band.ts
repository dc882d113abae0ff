import type { BandRule } from "../framework";
import { formatPercent, formatPoints } from "../format";
import { inputDef, optionValues } from "../inputs";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import type { KindDef } from "./kind";
import { note } from "./note";
import { outcome, type Outcome } from "./outcome";
import { parseBound } from "./tiers";

/**
 * 定性指标: the evaluator's score stands when it lies inside the share of the points the picked band
 * allows (both ends included); outside it, the score is an input error, never a score.
 */
export function band(rule: BandRule, points: Rational, ctx: RuleContext): Outcome {
  const out = outcome();
  const answer = ctx.choice(rule.key, out);
  const given = ctx.number(rule.score, out, points);
  if (answer === null || !given) return out;
  const label = ctx.label(rule.key);
  const shown = ctx.answer(rule.key, answer);
  const picked = rule.bands.find((b) => b.answer === answer);
  if (!picked) {
    out.errors.push(
      note("bandUnknown", { key: rule.key }, { answer: { key: rule.key, value: answer } })
    );
    return out;
  }
  const [from, to] = [parseBound(picked.from)!, parseBound(picked.to)!];
  const [low, high] = [points.mul(from), points.mul(to)];
  if (given.lt(low) || given.gt(high)) {
    out.errors.push(
      note(
        "bandOutside",
        { answer: { key: rule.key, value: answer } },
        formatPoints(given),
        formatPoints(low),
        formatPoints(high)
      )
    );
    return out;
  }
  out.score = given;
  out.text.push(
    ctx.msg.band(label, shown, formatPercent(from), formatPercent(to), formatPoints(given))
  );
  if (given.lt(points)) out.shortfalls.push(ctx.msg.short.band(label, shown));
  return out;
}

export const bandKind: KindDef<BandRule> = {
  names: { "zh-CN": "定性分档", "en-US": "qualitative bands" },
  evaluate: band,
  keys: (rule) => [rule.key, rule.score],
  shape(c) {
    c.key("key");
    c.key("score");
    c.list("bands").forEach((b, i) => {
      const at = `${c.path}.bands[${i}]`;
      const entry = typeof b === "object" && b !== null ? (b as Record<string, unknown>) : {};
      if (typeof entry.answer !== "string" || !entry.answer.trim())
        c.problem(`${at}.answer`, c.words.needsText);
      else c.data(entry.answer, `${at}.answer`);
      for (const end of ["from", "to"])
        if (typeof entry[end] !== "string" || !(entry[end] as string).trim())
          c.problem(`${at}.${end}`, c.words.needsBound);
    });
  },
  validate(rule, _points, c) {
    c.key(rule.key);
    c.key(rule.score);
    for (const b of rule.bands) {
      const [from, to] = [parseBound(b.from), parseBound(b.to)];
      if (!from) c.bound(b.from);
      if (!to) c.bound(b.to);
      if (from && to && (from.lt(Rational.ZERO) || to.gt(Rational.ONE) || from.gt(to)))
        c.report("bandRange", { answer: b.answer, from: b.from, to: b.to });
    }
    const def = inputDef(rule.key);
    const uncovered = (def ? optionValues(def) : []).filter(
      (o) => !rule.bands.some((b) => b.answer === o)
    );
    if (uncovered.length) c.report("choiceUncovered", { options: uncovered });
  },
};
