import type { FallingRule } from "../../core";
import { blank, num } from "./formula";
import type { PipelineKind } from "./kind";

/** Full points up to the target; beyond it 2 − actual/target of them ("linear") or target/actual ("ratio"). */
export const falling: PipelineKind<FallingRule> = {
  formula(rule, pts, cells) {
    const [a, t, p] = [cells.cell(rule.actual), cells.cell(rule.target), num(pts)];
    const beyond =
      rule.curve === "ratio" ? `${p}*ROUND(${t}/${a},12)` : `${p}*MAX(0,2-ROUND(${a}/${t},12))`;
    return {
      expr: `IF(${t}=0,IF(${a}=0,${p},0),IF(${a}<=${t},${p},${beyond}))`,
      missing: [blank(a), blank(t)],
    };
  },
  encode: (rule, f) => ({
    ...f.base,
    first: rule.actual,
    second: rule.target,
    params: f.join([rule.curve === "ratio" && `${f.params.curve}=${f.params.ratio}`]),
  }),
  decode(f) {
    const curve = f.take((p) => p.curve);
    return {
      kind: "falling",
      ...f.base,
      ...f.label,
      actual: f.keys("first")[0] ?? "",
      target: f.keys("second")[0] ?? "",
      ...(f.is(curve, (p) => p.ratio) && { curve: "ratio" as const }),
    } as FallingRule;
  },
};
