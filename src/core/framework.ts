/** The shape of a framework data file (see data/longgang-2021.json). */
import type { Localized } from "../i18n";

export type Comparison = "<" | "<=" | ">=" | ">";

/** A ratio of two sums of inputs, or one input given in percent. */
export type Measure =
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

export interface LinearDeductionRule extends Labelled {
  kind: "linearDeduction";
  points?: number;
  measure: Measure;
  threshold: string;
  perPercentPoint: string;
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

/** Every input key a rule reads, once each, in the order the rule first names them. */
export function ruleInputKeys(rule: Rule): string[] {
  return [...new Set(namedKeys(rule))];
}

function namedKeys(rule: Rule): string[] {
  switch (rule.kind) {
    case "composite":
      return [
        ...rule.parts.flatMap(namedKeys),
        ...[rule.zeroIf, rule.fullIf].filter((k): k is string => !!k),
      ];
    case "checklist":
      return rule.items.map((i) => i.key);
    case "deductPerItem":
    case "choice":
      return [rule.key];
    case "kpiTable":
      return [rule.fallback];
    case "quarterlyExecution":
      return [rule.budget, ...rule.spent, ...rule.rates];
    default:
      return "percent" in rule.measure
        ? [rule.measure.percent]
        : [...rule.measure.numerator, ...rule.measure.denominator];
  }
}
