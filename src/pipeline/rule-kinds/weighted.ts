import { Rational, type WeightedRule } from "../../core";
import { blank, guard } from "./formula";
import type { PipelineKind } from "./kind";

/** Σ amount × part score / Σ amount, each part scored on the full points; a source of 0 weighs nothing. */
export const weighted: PipelineKind<WeightedRule> = {
  formula(rule, _pts, cells, part) {
    const parts = rule.parts.map((p) => part(p, Rational.fromNumber(p.points ?? 0), cells));
    const w = rule.weights.map((k) => cells.cell(k));
    return {
      expr: `(${parts.map((p, i) => `IF(${w[i]}=0,0,${w[i]}*${guard(p.missing, p.expr)})`).join("+")})/(${w.join("+")})`,
      missing: w.map(blank),
    };
  },
  encode: (rule, f) => ({ ...f.base, first: rule.weights.join("+") }),
  decode: (f) => ({ kind: "weighted", ...f.base, parts: [], weights: f.keys("first") }),
  parts: (rule) => rule.parts,
};
