import type { AmountCasesRule } from "../../core";
import { blank, points } from "./formula";
import type { PipelineKind } from "./kind";

/** None at all, within the reference amount, above it. */
export const amountCases: PipelineKind<AmountCasesRule> = {
  formula(rule, _pts, cells) {
    const [a, ref] = [cells.cell(rule.key), cells.cell(rule.reference)];
    return {
      expr: `IF(${a}=0,${points(rule.none)},IF(${a}<=${ref},${points(rule.within)},${points(rule.above)}))`,
      missing: [blank(a), blank(ref)],
    };
  },
  encode: (rule, f) => ({
    ...f.base,
    first: rule.key,
    second: rule.reference,
    params: f.join([
      `${f.params.none}=${rule.none}`,
      `${f.params.within}=${rule.within}`,
      `${f.params.over}=${rule.above}`,
    ]),
  }),
  decode: (f) => ({
    kind: "amountCases",
    ...f.base,
    key: f.keys("first")[0] ?? "",
    reference: f.keys("second")[0] ?? "",
    none: f.number(f.take((p) => p.none)) ?? NaN,
    within: f.number(f.take((p) => p.within)) ?? NaN,
    above: f.number(f.take((p) => p.over)) ?? NaN,
  }),
};
