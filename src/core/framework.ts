/** The shape of a framework data file (see data/longgang-2021.json and docs/framework-format.md). */
import type { Localized } from "../i18n";
import type { InputDef } from "./inputs";

export type Comparison = "<" | "<=" | ">=" | ">";

/**
 * A ratio of two sums of inputs, one input given in percent, or the change between two amounts
 * (变动率 = (本年 − 上年) / 上年, which may be negative).
 */
export type Measure =
  | { current: string[]; previous: string[] }
  | {
      numerator: string[];
      denominator: string[];
      /** The numerator is a part of the denominator (in use ≤ total): larger is an input error. */
      atMostDenominator?: boolean;
      /** With nothing received (0 / 0) the rate counts as met, as for petitions. */
      whenNoneReceived?: "met";
    }
  | { percent: string };

/** A rule part with a name of its own (“三公”经费控制率), used in its 扣分说明. */
interface Labelled {
  label: Localized;
}

export interface ChecklistRule {
  kind: "checklist";
  points?: number;
  items: { key: string; points: number }[];
}

export interface DeductPerItemRule {
  kind: "deductPerItem";
  points?: number;
  key: string;
  per: number;
}

export interface TiersRule extends Labelled {
  kind: "tiers";
  points?: number;
  measure: Measure;
  /** First match wins; bounds are exact decimals such as "90%". */
  tiers: { when: Comparison; bound: string; score: number }[];
  otherwise: number;
}

export interface ProportionalRule extends Labelled {
  kind: "proportional";
  points?: number;
  measure: Measure;
  /** What a ratio above 100% earns: nothing ("zero", as for procurement) or full points (default). */
  above?: "zero" | "cap";
}

/**
 * Full points on the good side of a threshold, then a deduction per step beyond it, floored at 0: by default
 * per percentage point above (超出1个百分点扣0.5分); `direction: "below"` deducts under the threshold
 * (低于100%的，每低5%扣2分). `steps` says how a part of a step counts: "exact" (in proportion, the default),
 * "started" (a started step counts whole) or "full" (only whole steps count).
 */
export interface LinearDeductionRule extends Labelled {
  kind: "linearDeduction";
  points?: number;
  measure: Measure;
  threshold: string;
  /** Points deducted per step (historically per percentage point, hence the name). */
  perPercentPoint: string;
  direction?: "above" | "below";
  /** The step, "1%" unless given ("5%"). */
  step?: string;
  steps?: "exact" | "started" | "full";
}

/** Three cases on an amount: none at all, within a reference amount, above it (资金结余 vs 上年结转). */
export interface AmountCasesRule {
  kind: "amountCases";
  points?: number;
  key: string;
  reference: string;
  none: number;
  within: number;
  above: number;
}

/** A coefficient (得分系数, 0–100%) the evaluator gives, times the indicator's points (Chongqing's form). */
export interface CoefficientRule {
  kind: "coefficient";
  points?: number;
  key: string;
}

export interface ChoiceRule {
  kind: "choice";
  points?: number;
  key: string;
  values: Record<string, number>;
}

export interface QuarterlyExecutionRule {
  kind: "quarterlyExecution";
  points?: number;
  quarterPoints: number;
  annualPoints: number;
  budget: string;
  spent: string[];
  rates: string[];
}

export interface KpiTableRule {
  kind: "kpiTable";
  points?: number;
  fallback: string;
  minAspects: number;
  /** The aspects a KPI row may cover; rows name them in either language. */
  aspects: Localized[];
}

export interface CompositeRule {
  kind: "composite";
  points?: number;
  parts: Rule[];
  /** A 是 here makes the whole indicator 0 (serious violations). */
  zeroIf?: string;
  /** A 是 here gives full points (classified units need not disclose). */
  fullIf?: string;
}

export type Rule =
  | ChecklistRule
  | DeductPerItemRule
  | TiersRule
  | ProportionalRule
  | LinearDeductionRule
  | ChoiceRule
  | QuarterlyExecutionRule
  | KpiTableRule
  | AmountCasesRule
  | CoefficientRule
  | CompositeRule;

export interface IndicatorDef {
  id: string;
  name: Localized;
  points: number;
  description: string[];
  criteria: string[];
  rule: Rule;
}

export interface Level2Def {
  name: Localized;
  points: number;
  indicators: IndicatorDef[];
}

export interface Level1Def {
  name: Localized;
  points: number;
  children: Level2Def[];
}

export interface GradeDef {
  min: number;
  grade: Localized;
}

export interface Framework {
  id: string;
  title: Localized;
  source: string;
  total: number;
  grades: GradeDef[];
  levels: Level1Def[];
  /** Inputs of this framework beyond the common catalog (data/inputs.json). */
  inputs?: InputDef[];
}

/** An indicator with its place in the tree, as the score sheet and the result list it. */
export interface PlacedIndicator {
  level1: Level1Def;
  level2: Level2Def;
  indicator: IndicatorDef;
}

export function placedIndicators(framework: Framework): PlacedIndicator[] {
  return framework.levels.flatMap((level1) =>
    level1.children.flatMap((level2) =>
      level2.indicators.map((indicator) => ({ level1, level2, indicator }))
    )
  );
}

export function measureKeys(m: Measure): string[] {
  if ("percent" in m) return [m.percent];
  if ("current" in m) return [...m.current, ...m.previous];
  return [...m.numerator, ...m.denominator];
}
