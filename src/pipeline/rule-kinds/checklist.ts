import type { ChecklistRule } from "../../core";
import { blank, judgement, points } from "./formula";
import type { PipelineKind } from "./kind";

/** The items' points: 是 earns an item, 否 nothing, a number is partial credit. */
export const checklist: PipelineKind<ChecklistRule> = {
  formula: (rule, _pts, cells) => ({
    expr: `(${rule.items.map((i) => judgement(cells.cell(i.key), points(i.points))).join("+")})`,
    missing: rule.items.map((i) => blank(cells.cell(i.key))),
  }),
  encode: (rule, f) => ({
    ...f.base,
    params: f.join(rule.items.map((i) => `${i.key}=${i.points}`)),
  }),
  decode: (f) => ({
    kind: "checklist",
    ...f.base,
    items: f.clauses
      .filter((c) => c.value !== undefined)
      .map((c) => (f.use(c), { key: c.name, points: f.number(c.value)! })),
  }),
};
