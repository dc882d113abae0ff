import { Rational, type CompositeRule } from "../../core";
import { blank, guard, num, yes } from "./formula";
import type { PipelineKind } from "./kind";

/** The sum of its parts; a 是 for zeroIf gives 0 and for fullIf full points, whatever the parts say. */
export const composite: PipelineKind<CompositeRule> = {
  formula(rule, pts, cells, part) {
    const parts = rule.parts.map((p) => part(p, Rational.fromNumber(p.points ?? 0), cells));
    let expr = guard(
      parts.flatMap((p) => p.missing),
      `(${parts.map((p) => p.expr).join("+")})`
    );
    if (rule.zeroIf) {
      const c = cells.cell(rule.zeroIf);
      expr = `IF(${yes(c)},0,IF(${blank(c)},NA(),${expr}))`;
    }
    if (rule.fullIf) expr = `IF(${yes(cells.cell(rule.fullIf))},${num(pts)},${expr})`;
    return { expr, missing: [] };
  },
  encode: (rule, f) => ({
    ...f.base,
    params: f.join([
      rule.zeroIf && `${f.params.zeroIf}=${rule.zeroIf}`,
      rule.fullIf && `${f.params.fullIf}=${rule.fullIf}`,
    ]),
  }),
  decode(f) {
    const zeroIf = f.take((p) => p.zeroIf);
    const fullIf = f.take((p) => p.fullIf);
    return {
      kind: "composite",
      ...f.base,
      parts: [],
      ...(zeroIf && { zeroIf }),
      ...(fullIf && { fullIf }),
    };
  },
  parts: (rule) => rule.parts,
};
