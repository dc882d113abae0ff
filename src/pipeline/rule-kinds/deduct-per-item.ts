import type { DeductPerItemRule } from "../../core";
import { blank, num, points } from "./formula";
import type { PipelineKind } from "./kind";

/** Full points less a fixed deduction per counted item, never below 0. */
export const deductPerItem: PipelineKind<DeductPerItemRule> = {
  formula: (rule, pts, cells) => ({
    expr: `MAX(0,${num(pts)}-${cells.cell(rule.key)}*${points(rule.per)})`,
    missing: [blank(cells.cell(rule.key))],
  }),
  encode: (rule, f) => ({ ...f.base, first: rule.key, params: `${f.params.perItem}=${rule.per}` }),
  decode: (f) => ({
    kind: "deductPerItem",
    ...f.base,
    key: f.keys("first")[0] ?? "",
    per: f.number(f.take((p) => p.perItem)) ?? NaN,
  }),
};
