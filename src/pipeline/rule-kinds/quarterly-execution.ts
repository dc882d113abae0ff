import type { QuarterlyExecutionRule } from "../../core";
import { blank, points } from "./formula";
import { decodeJson, encodeJson } from "./json-params";
import type { PipelineKind } from "./kind";

/** Each quarter min(1, rate) × its points; the year min(its points, its points × the mean rate). */
export const quarterlyExecution: PipelineKind<QuarterlyExecutionRule> = {
  formula(rule, _pts, cells) {
    const v = (k: string) => cells.cell(k);
    const rate = (q: number) =>
      `IF(${v(rule.rates[q - 1])}<>"",${v(rule.rates[q - 1])},${v(rule.spent[q - 1])}/${v(rule.budget)}/${q * 0.25})`;
    const quarters = [1, 2, 3, 4].map((q) => `MIN(1,${rate(q)})*${points(rule.quarterPoints)}`);
    const annual = `MIN(${points(rule.annualPoints)},${points(rule.annualPoints)}*(${[1, 2, 3, 4].map(rate).join("+")})/4)`;
    const gaps = [1, 2, 3, 4].map(
      (q) => `AND(${blank(v(rule.rates[q - 1]))},${blank(v(rule.spent[q - 1]))})`
    );
    gaps.push(`AND(OR(${rule.rates.map((k) => blank(v(k))).join(",")}),${blank(v(rule.budget))})`);
    return { expr: `(${[...quarters, annual].join("+")})`, missing: gaps };
  },
  encode: encodeJson,
  decode: (f) => decodeJson("quarterlyExecution", f),
};
