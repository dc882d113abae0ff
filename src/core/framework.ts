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

/**
 * 反向指标 (lower is better): full points up to the target, then less as the actual exceeds it. "linear":
 * (1 − (actual − target) / target) × points, 0 at twice the target; "ratio": target / actual × points. A
 * target of 0 gives full points for an actual of 0 and nothing above it.
 */
export interface FallingRule extends Labelled {
  kind: "falling";
  points?: number;
  actual: string;
  target: string;
  curve?: "linear" | "ratio";
}

/**
 * 定性指标: the evaluator picks a band (达成/部分达成/未达成) and gives a score inside the band's share
 * of the points (80%–100%, 60%–80%, 0–60%, both ends included).
 */
export interface BandRule {
  kind: "band";
  points?: number;
  /** The band picked: a choice input whose options are the bands' answers. */
  key: string;
  /** The evaluator's score, in points. */
  score: string;
  bands: { answer: string; from: string; to: string }[];
}

/** 二者择其一: the first part whose inputs the unit gave is scored; each part is worth the rule's points. */
export interface EitherOfRule {
  kind: "eitherOf";
  points?: number;
  parts: Rule[];
}

/** Parts scored on the same points and averaged, weighted by amounts (several fund sources). */
export interface WeightedRule {
  kind: "weighted";
  points?: number;
  parts: Rule[];
  /** One amount input per part. */
  weights: string[];
}

/** 偏离: its part's score less a flat deduction when the measured ratio reaches `at` (130%), never below 0. */
export interface DeviationRule extends Labelled {
  kind: "deviation";
  points?: number;
  measure: Measure;
  at: string;
  deduct: number;
  parts: Rule[];
}

/** 一票否决: a 是 for `key` makes the score 0, whatever its part says. */
export interface GateRule {
  kind: "gate";
  points?: number;
  key: string;
  parts: Rule[];
}

/**
 * An item that may not apply (a unit with no such project): a 是 for `key` gives full points ("full"),
 * or leaves the item out with its points spread over the others, the total scaled to the framework's
 * ("omit", 按百分制折算).
 */
export interface NotApplicableRule {
  kind: "notApplicable";
  points?: number;
  key: string;
  then: "full" | "omit";
  parts: Rule[];
}

export type Rule =
  | FallingRule
  | BandRule
  | EitherOfRule
  | WeightedRule
  | DeviationRule
  | GateRule
  | NotApplicableRule
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

/**
 * A ceiling on the total set by a rate (预算执行率): below each bound the total is at most its `max`;
 * the lowest bound the rate is under applies.
 */
export interface TotalCap {
  label: Localized;
  measure: Measure;
  limits: { below: string; max: number }[];
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
  cap?: TotalCap;
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
