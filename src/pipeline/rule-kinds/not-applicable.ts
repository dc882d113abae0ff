import { Rational, type NotApplicableRule } from "../../core";
import { excelString } from "../sheets/formula-text";
import { blank, guard, no, num, yes } from "./formula";
import type { PipelineKind } from "./kind";

/**
 * On a 是, full points or the sheet's word for an item left out (which the total leaves out and scales
 * for); on a 否 or a blank, the part's score; anything else is #N/A, as in the core.
 */
export const notApplicable: PipelineKind<NotApplicableRule> = {
  formula(rule, pts, cells, part) {
    const inner = part(rule.parts[0], Rational.fromNumber(rule.parts[0].points ?? 0), cells);
    const k = cells.cell(rule.key);
    const skipped = rule.then === "full" ? num(pts) : excelString(cells.omitted);
    return {
      expr: `IF(${yes(k)},${skipped},IF(OR(${no(k)},${blank(k)}),${guard(inner.missing, inner.expr)},NA()))`,
      missing: [],
    };
  },
  encode: (rule, f) => ({
    ...f.base,
    first: rule.key,
    params: `${f.params.then}=${rule.then === "full" ? f.params.fullMarks : f.params.omit}`,
  }),
  decode(f) {
    const then = f.take((p) => p.then);
    return {
      kind: "notApplicable",
      ...f.base,
      key: f.keys("first")[0] ?? "",
      then: f.is(then, (p) => p.omit)
        ? "omit"
        : f.is(then, (p) => p.fullMarks)
          ? "full"
          : ("" as "full"),
      parts: [],
    };
  },
  parts: (rule) => rule.parts,
};
