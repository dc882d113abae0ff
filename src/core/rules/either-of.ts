import type { EitherOfRule } from "../framework";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import type { EvaluatePart, KindDef } from "./kind";
import { partsAtFullPoints } from "./kind-helpers";
import { note } from "./note";
import { absorb, outcome, type Outcome } from "./outcome";

/**
 * 二者择其一: the first part whose inputs are all given is scored (an input given but wrong still counts as
 * given: it is that part's error, not a reason to score the other). With none given, every part's
 * missing inputs are listed.
 */
export function eitherOf(
  rule: EitherOfRule,
  _points: Rational,
  ctx: RuleContext,
  part: EvaluatePart
): Outcome {
  const outs = rule.parts.map((p) => part(p, Rational.fromNumber(p.points ?? 0), ctx));
  const given = outs.map((o) => o.missing.length === 0);
  const which = given.indexOf(true);
  const out = outcome();
  if (which < 0) {
    for (const o of outs) absorb(out, { ...o, text: [], shortfalls: [] });
    return out;
  }
  absorb(out, outs[which]);
  out.score = outs[which].score;
  out.text = [ctx.msg.eitherOf(which + 1, rule.parts.length) + out.text.join("；")];
  if (given.filter(Boolean).length > 1) out.warnings.push(note("eitherOfBoth"));
  return out;
}

export const eitherOfKind: KindDef<EitherOfRule> = {
  names: { "zh-CN": "择其一", "en-US": "either of" },
  evaluate: eitherOf,
  keys: (rule, part) => rule.parts.flatMap(part),
  // Any key of one alternative stands in for any key of another.
  alternatives: (rule, part, keys) => [
    ...rule.parts.flatMap(part),
    ...rule.parts.flatMap((a, i) =>
      rule.parts
        .slice(i + 1)
        .flatMap((b) => keys(a).flatMap((x) => keys(b).map((y): [string, string] => [x, y])))
    ),
  ],
  itemPoints: (rule, _key, part) => rule.parts.map(part).find((p) => p !== undefined),
  shape(c) {
    const parts = c.list("parts");
    if (parts.length === 1) c.problem(`${c.path}.parts`, c.words.twoParts);
    parts.forEach((p, i) => c.part(p, `${c.path}.parts[${i}]`));
  },
  validate: (rule, points, c) => partsAtFullPoints(rule.parts, points, c),
};
