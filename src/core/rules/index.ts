import type { Rule } from "../framework";
import type { Rational } from "../rational";
import { amountCases } from "./amount-cases";
import { checklist } from "./checklist";
import { coefficient } from "./coefficient";
import { choice } from "./choice";
import { composite } from "./composite";
import type { RuleContext } from "./context";
import { deductPerItem } from "./deduct-per-item";
import { kpiTable } from "./kpi-table";
import { linearDeduction } from "./linear-deduction";
import type { Outcome } from "./outcome";
import { proportional } from "./proportional";
import { quarterlyExecution } from "./quarterly-execution";
import { tiers } from "./tiers";

/** Evaluates any rule kind; `points` is what the rule is worth where it stands. */
export function evaluateRule(rule: Rule, points: Rational, ctx: RuleContext): Outcome {
  switch (rule.kind) {
    case "checklist":
      return checklist(rule, points, ctx);
    case "deductPerItem":
      return deductPerItem(rule, points, ctx);
    case "tiers":
      return tiers(rule, points, ctx);
    case "proportional":
      return proportional(rule, points, ctx);
    case "linearDeduction":
      return linearDeduction(rule, points, ctx);
    case "choice":
      return choice(rule, points, ctx);
    case "quarterlyExecution":
      return quarterlyExecution(rule, points, ctx);
    case "kpiTable":
      return kpiTable(rule, points, ctx);
    case "amountCases":
      return amountCases(rule, points, ctx);
    case "coefficient":
      return coefficient(rule, points, ctx);
    case "composite":
      return composite(rule, points, ctx, evaluateRule);
  }
}
