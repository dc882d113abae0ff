import { parseBound, type LinearDeductionRule } from "../../core";
import { measure, num } from "./formula";
import type { PipelineKind } from "./kind";

/** Full points on the good side of the threshold, then a deduction per (started, whole or exact) step. */
export const linearDeduction: PipelineKind<LinearDeductionRule> = {
  measured: true,
  formula(rule, pts, cells) {
    const m = measure(rule.measure, cells);
    const t = num(parseBound(rule.threshold)!);
    const per = num(parseBound(rule.perPercentPoint)!);
    const step = num(parseBound(rule.step ?? "1%")!);
    const below = rule.direction === "below";
    const exact = `ROUND((${below ? `${t}-${m.ratio}` : `${m.ratio}-${t}`})/${step},12)`;
    // INT is the floor in every spreadsheet engine: -INT(-x) is the ceiling.
    const counted =
      rule.steps === "started"
        ? `-INT(-${exact})`
        : rule.steps === "full"
          ? `INT(${exact})`
          : exact;
    const expr = `IF(${m.ratio}${below ? ">=" : "<="}${t},${num(pts)},MAX(0,${num(pts)}-${per}*${counted}))`;
    return { expr: m.wrap(expr, num(pts)), missing: m.missing };
  },
  encode: (rule, f) => ({
    ...f.base,
    ...f.measured(rule.measure),
    params: f.join([
      `${f.params.threshold}=${rule.threshold}`,
      `${f.params.step}=${rule.step ?? "1%"}`,
      `${f.params.per}=${rule.perPercentPoint}`,
      `${f.params.direction}=${rule.direction === "below" ? f.params.below : f.params.above}`,
      rule.steps && rule.steps !== "exact" && `${f.params.partStep}=${f.params[rule.steps]}`,
      ...f.flags(rule.measure),
    ]),
  }),
  decode(f) {
    const direction = f.take((p) => p.direction);
    const part = f.take((p) => p.partStep);
    const step = f.take((p) => p.step);
    return {
      kind: "linearDeduction",
      ...f.base,
      ...f.label,
      measure: f.measure!,
      threshold: f.take((p) => p.threshold) ?? "",
      perPercentPoint: f.take((p) => p.per) ?? "",
      ...(step && step !== "1%" && { step }),
      ...(f.is(direction, (p) => p.below) && { direction: "below" as const }),
      ...(f.is(part, (p) => p.started) && { steps: "started" as const }),
      ...(f.is(part, (p) => p.full) && { steps: "full" as const }),
    } as LinearDeductionRule;
  },
};
