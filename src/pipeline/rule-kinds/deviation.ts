import { parseBound, Rational, type DeviationRule } from "../../core";
import { measure, num, points } from "./formula";
import type { PipelineKind } from "./kind";

/** The part's score less the deduction, never below 0, once the ratio reaches the bound. */
export const deviation: PipelineKind<DeviationRule> = {
  measured: true,
  formula(rule, pts, cells, part) {
    const inner = part(rule.parts[0], Rational.fromNumber(rule.parts[0].points ?? 0), cells);
    const m = measure(rule.measure, cells);
    const at = num(parseBound(rule.at)!);
    const expr = `MAX(0,${inner.expr}-IF(${m.ratio}>=${at},${points(rule.deduct)},0))`;
    return { expr: m.wrap(expr, num(pts)), missing: [...inner.missing, ...m.missing] };
  },
  encode: (rule, f) => ({
    ...f.base,
    ...f.measured(rule.measure),
    params: f.join([
      `${f.params.at}=${rule.at}`,
      `${f.params.deduct}=${rule.deduct}`,
      ...f.flags(rule.measure),
    ]),
  }),
  decode: (f) =>
    ({
      kind: "deviation",
      ...f.base,
      ...f.label,
      measure: f.measure!,
      at: f.take((p) => p.at) ?? "",
      deduct: f.number(f.take((p) => p.deduct)) ?? NaN,
      parts: [],
    }) as DeviationRule,
  parts: (rule) => rule.parts,
};
