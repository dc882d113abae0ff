import type { ProportionalRule, Rational } from "../../core";
import { measure, num } from "./formula";
import type { PipelineKind } from "./kind";

/** Points × ratio, capped at full points or, for procurement, nothing above 100%. */
export const proportional: PipelineKind<ProportionalRule> = {
  measured: true,
  formula(rule, pts: Rational, cells) {
    const m = measure(rule.measure, cells);
    const expr =
      rule.above === "zero"
        ? `IF(${m.ratio}>1,0,${num(pts)}*${m.ratio})`
        : `${num(pts)}*MIN(1,${m.ratio})`;
    return { expr: m.wrap(expr, num(pts)), missing: m.missing };
  },
  encode: (rule, f) => ({
    ...f.base,
    ...f.measured(rule.measure),
    params: f.join([rule.above === "zero" && `${f.params.overZero}=0`, ...f.flags(rule.measure)]),
  }),
  decode: (f) =>
    ({
      kind: "proportional",
      ...f.base,
      ...f.label,
      measure: f.measure!,
      ...(f.take((p) => p.overZero) === "0" && { above: "zero" as const }),
    }) as ProportionalRule,
};
