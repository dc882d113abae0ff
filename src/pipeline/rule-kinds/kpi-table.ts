import type { KpiTableRule } from "../../core";
import { blank, num } from "./formula";
import { decodeJson, encodeJson } from "./json-params";
import type { PipelineKind } from "./kind";

/** Points × the weighted completion of the unit's KPI rows; without rows, the evaluator's own score. */
export const kpiTable: PipelineKind<KpiTableRule> = {
  formula(rule, pts, cells) {
    const fallback = `IF(${blank(cells.cell(rule.fallback))},NA(),${cells.cell(rule.fallback)})`;
    if (!cells.kpi) return { expr: fallback, missing: [] };
    const { range, completion, weight } = cells.kpi;
    return {
      expr: `IF(SUMPRODUCT(--(${range}<>""))=0,${fallback},${num(pts)}*SUMPRODUCT(${weight},${completion})/SUM(${weight}))`,
      missing: [],
    };
  },
  encode: encodeJson,
  decode: (f) => decodeJson("kpiTable", f),
};
