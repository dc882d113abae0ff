import type { ChoiceRule } from "../framework";
import { formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { outcome, type Outcome } from "./outcome";
import type { KindDef } from "./kind";
import { inputDef, optionValues } from "../inputs";

/** A graded answer (完全/部分/未公开) worth fixed points each. */
export function choice(rule: ChoiceRule, points: Rational, ctx: RuleContext): Outcome {
  const out = outcome();
  const value = ctx.choice(rule.key, out);
  if (value === null) return out;
  out.score = Rational.fromNumber(rule.values[value] ?? 0);
  out.text.push(
    ctx.msg.choice(ctx.label(rule.key), ctx.answer(rule.key, value), formatPoints(out.score))
  );
  if (out.score.lt(points))
    out.shortfalls.push(ctx.msg.short.choice(ctx.label(rule.key), ctx.answer(rule.key, value)));
  return out;
}

export const choiceKind: KindDef<ChoiceRule> = {
  names: { "zh-CN": "按选项计分", "en-US": "by answer" },
  evaluate: choice,
  keys: (rule) => [rule.key],
  shape(c) {
    c.key("key");
    const values = c.rule.values;
    if (typeof values !== "object" || values === null || Array.isArray(values))
      return c.problem(`${c.path}.values`, c.words.notObject);
    for (const [answer, points] of Object.entries(values)) {
      c.data(answer, `${c.path}.values.${answer}`);
      c.scoreAt(points, `${c.path}.values.${answer}`);
    }
  },
  validate(rule, _points, c) {
    c.key(rule.key);
    const def = inputDef(rule.key);
    const uncovered = (def ? optionValues(def) : []).filter((o) => !(o in rule.values));
    if (uncovered.length) c.report("choiceUncovered", { options: uncovered });
    Object.values(rule.values).forEach(c.notAbove);
  },
};
