import { parseBound, type TiersRule } from "../../core";
import { COMPARISONS, SYMBOL } from "./form";
import { measure, num, points } from "./formula";
import type { PipelineKind } from "./kind";

/** First matching tier, compared on the rounded ratio. */
export const tiers: PipelineKind<TiersRule> = {
  measured: true,
  formula(rule, pts, cells) {
    const m = measure(rule.measure, cells);
    const chosen = rule.tiers.reduceRight(
      (rest, t) => `IF(${m.ratio}${t.when}${num(parseBound(t.bound)!)},${points(t.score)},${rest})`,
      points(rule.otherwise)
    );
    return { expr: m.wrap(chosen, num(pts)), missing: m.missing };
  },
  encode: (rule, f) => ({
    ...f.base,
    ...f.measured(rule.measure),
    params: f.join([
      ...rule.tiers.map((t) => `${SYMBOL[t.when]}${t.bound}=${t.score}`),
      `${f.params.otherwise}=${rule.otherwise}`,
      ...f.flags(rule.measure),
    ]),
  }),
  decode(f) {
    const tiers: TiersRule["tiers"] = [];
    let otherwise: number | undefined;
    for (const c of f.clauses) {
      if (c.value === undefined) continue;
      if (f.is(c.name, (p) => p.otherwise)) {
        otherwise = f.number(c.value);
        f.use(c);
        continue;
      }
      const cmp = COMPARISONS.find(([re]) => re.test(c.name));
      if (!cmp) continue;
      tiers.push({
        when: cmp[1],
        bound: c.name.replace(cmp[0], "").trim(),
        score: f.number(c.value)!,
      });
      f.use(c);
    }
    if (otherwise === undefined) return { column: "params", message: f.words.problems.tierGap };
    return {
      kind: "tiers",
      ...f.base,
      ...f.label,
      measure: f.measure!,
      tiers,
      otherwise,
    } as TiersRule;
  },
};
