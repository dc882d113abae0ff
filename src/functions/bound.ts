import {
  getFramework,
  inputDef,
  placedIndicators,
  Rational,
  type CompositeRule,
  type IndicatorDef,
  type InputDef,
  type Locale,
  type Rule,
} from "../core";
import { percentFromCell, scalar, type CellResult } from "./cell-values";
import {
  context,
  isResult,
  ownParam,
  pointsArg,
  ruleLabelOf,
  score,
  type OwnLabel,
} from "./context";

/**
 * A function bound to an indicator of the built-in framework (or one part of a composite): each
 * parameter carries one of the indicator's inputs, and the core scores the rule as it scores the sheet.
 */
export interface Binding {
  indicator: string;
  /** A part of a composite rule (公用经费控制率's 三公 half), scored on its own points. */
  part?: number;
  /** The inputs, in parameter order; `as` names a parameter that serves more than this input (实际支出数). */
  inputs: { key: string; as?: OwnLabel & ("actual" | "budget") }[];
  /** An optional last parameter giving other full points. */
  points?: boolean;
  /** What messages call the rule, where the parameters are generic. */
  ruleLabel?: "control";
}

const framework = getFramework()!;
const byId = new Map(placedIndicators(framework).map((p) => [p.indicator.id, p.indicator]));

export function indicatorOf(id: string): IndicatorDef {
  const found = byId.get(id);
  if (!found) throw new Error(`the built-in framework has no indicator ${id}`);
  return found;
}

/** The rule a binding scores and its full points in the framework. */
export function boundRule(b: Binding): { rule: Rule; points: number } {
  const ind = indicatorOf(b.indicator);
  if (b.part === undefined) return { rule: ind.rule, points: ind.points };
  const rule = (ind.rule as CompositeRule).parts[b.part];
  return { rule, points: rule.points ?? 0 };
}

export function scoreBound(b: Binding, args: unknown[], locale: Locale): CellResult {
  const { rule, points } = boundRule(b);
  const max = Rational.fromNumber(points);
  const inputs: Record<string, unknown> = {};
  const defs: Record<string, InputDef> = {};
  b.inputs.forEach(({ key, as }, i) => {
    const def = inputDef(key)!;
    const raw = scalar(args[i]);
    inputs[key] = def.type === "percent" ? percentFromCell(raw, def) : raw;
    if (as) defs[key] = ownParam(key, def.type, as);
  });
  let wanted = max;
  if (b.points) {
    const given = pointsArg(args[b.inputs.length], points, locale);
    if (isResult(given)) return given;
    wanted = given;
  }
  const ctx = context(inputs, locale, {
    defs,
    ...(b.ruleLabel ? { ruleLabel: ruleLabelOf(b.ruleLabel) } : {}),
  });
  // Tier scores are fixed numbers: other full points stretch them. Other rules take the points as their cap.
  return rule.kind === "tiers" ? score(rule, max, ctx, wanted.div(max)) : score(rule, wanted, ctx);
}
