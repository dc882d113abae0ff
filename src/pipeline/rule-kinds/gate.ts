import { Rational, type GateRule } from "../../core";
import { guard, no, yes } from "./formula";
import type { PipelineKind } from "./kind";

/** 0 on a 是, the part's score on a 否, #N/A on anything else (blank included), as in the core. */
export const gate: PipelineKind<GateRule> = {
  formula(rule, _pts, cells, part) {
    const inner = part(rule.parts[0], Rational.fromNumber(rule.parts[0].points ?? 0), cells);
    const k = cells.cell(rule.key);
    return {
      expr: `IF(${yes(k)},0,IF(${no(k)},${guard(inner.missing, inner.expr)},NA()))`,
      missing: [],
    };
  },
  encode: (rule, f) => ({ ...f.base, first: rule.key }),
  decode: (f) => ({ kind: "gate", ...f.base, key: f.keys("first")[0] ?? "", parts: [] }),
  parts: (rule) => rule.parts,
};
