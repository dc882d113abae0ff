import type { CoefficientRule } from "../../core";
import { blank, num } from "./formula";
import type { PipelineKind } from "./kind";

/** The evaluator's coefficient (0–100%) times the points; above 100% is an input error. */
export const coefficient: PipelineKind<CoefficientRule> = {
  formula: (rule, pts, cells) => ({
    expr: `IF(${cells.cell(rule.key)}>1,NA(),${num(pts)}*${cells.cell(rule.key)})`,
    missing: [blank(cells.cell(rule.key))],
  }),
  encode: (rule, f) => ({ ...f.base, first: rule.key }),
  decode: (f) => ({ kind: "coefficient", ...f.base, key: f.keys("first")[0] ?? "" }),
};
