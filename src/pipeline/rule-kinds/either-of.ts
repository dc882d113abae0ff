import { Rational, type EitherOfRule } from "../../core";
import type { PipelineKind } from "./kind";

/** The first part whose inputs are all filled in; #N/A when none is. */
export const eitherOf: PipelineKind<EitherOfRule> = {
  formula(rule, _pts, cells, part) {
    const parts = rule.parts.map((p) => part(p, Rational.fromNumber(p.points ?? 0), cells));
    const expr = parts.reduceRight(
      (rest, p) => (p.missing.length ? `IF(OR(${p.missing.join(",")}),${rest},${p.expr})` : p.expr),
      "NA()"
    );
    return { expr, missing: [] };
  },
  encode: (_rule, f) => f.base,
  decode: (f) => ({ kind: "eitherOf", ...f.base, parts: [] }),
  parts: (rule) => rule.parts,
};
