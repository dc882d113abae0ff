import { inputDef, type ChoiceRule } from "../../core";
import { anyOf, blank, points } from "./formula";
import type { PipelineKind } from "./kind";

/** Fixed points per answer, the answer matched in any language the sheet may be written in. */
export const choice: PipelineKind<ChoiceRule> = {
  formula(rule, _pts, cells) {
    const cell = cells.cell(rule.key);
    const words = (value: string) => [
      value,
      ...Object.values(inputDef(rule.key)?.options?.find((o) => o["zh-CN"] === value) ?? {}),
    ];
    const expr = Object.entries(rule.values).reduceRight(
      (rest, [value, p]) => `IF(${anyOf(cell, words(value))},${points(p)},${rest})`,
      "NA()"
    );
    return { expr, missing: [blank(cell)] };
  },
  encode: (rule, f) => ({
    ...f.base,
    first: rule.key,
    params: f.join(Object.entries(rule.values).map(([v, n]) => `${v}=${n}`)),
  }),
  decode: (f) => ({
    kind: "choice",
    ...f.base,
    key: f.keys("first")[0] ?? "",
    values: Object.fromEntries(
      f.clauses
        .filter((c) => c.value !== undefined)
        .map((c) => (f.use(c), [c.name, f.number(c.value)!]))
    ),
  }),
};
