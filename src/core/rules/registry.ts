import { text, type Locale } from "../../i18n";
import { measureKeys, placedIndicators, type Framework, type Rule } from "../framework";
import type { Rational } from "../rational";
import { amountCasesKind } from "./amount-cases";
import { bandKind } from "./band";
import { deviationKind } from "./deviation";
import { eitherOfKind } from "./either-of";
import { fallingKind } from "./falling";
import { gateKind } from "./gate";
import { notApplicableKind } from "./not-applicable";
import { weightedKind } from "./weighted";
import { checklistKind } from "./checklist";
import { choiceKind } from "./choice";
import { coefficientKind } from "./coefficient";
import { compositeKind } from "./composite";
import type { RuleContext } from "./context";
import { deductPerItemKind } from "./deduct-per-item";
import type { KindDef, KindRegistry } from "./kind";
import { kpiTableKind } from "./kpi-table";
import { linearDeductionKind } from "./linear-deduction";
import type { Outcome } from "./outcome";
import { proportionalKind } from "./proportional";
import { quarterlyExecutionKind } from "./quarterly-execution";
import { tiersKind } from "./tiers";

/**
 * Every rule kind, once. The order is the framework form's list of kinds. A kind added to the `Rule`
 * union without an entry here, or an entry missing a part, does not compile.
 */
export const KINDS = {
  tiers: tiersKind,
  linearDeduction: linearDeductionKind,
  proportional: proportionalKind,
  checklist: checklistKind,
  deductPerItem: deductPerItemKind,
  choice: choiceKind,
  amountCases: amountCasesKind,
  coefficient: coefficientKind,
  quarterlyExecution: quarterlyExecutionKind,
  kpiTable: kpiTableKind,
  composite: compositeKind,
  falling: fallingKind,
  band: bandKind,
  eitherOf: eitherOfKind,
  weighted: weightedKind,
  deviation: deviationKind,
  gate: gateKind,
  notApplicable: notApplicableKind,
} satisfies KindRegistry<Rule>;

export type RuleKind = Rule["kind"];
export const RULE_KINDS = Object.keys(KINDS) as RuleKind[];

export const isRuleKind = (kind: unknown): kind is RuleKind =>
  typeof kind === "string" && Object.prototype.hasOwnProperty.call(KINDS, kind);

/** A rule's entry. TypeScript cannot correlate `KINDS[rule.kind]` with `rule`: the one cast is here. */
export function kindOf<R extends Rule>(rule: R): KindDef<R> {
  return KINDS[rule.kind] as unknown as KindDef<R>;
}

export function kindName(kind: RuleKind, locale: Locale): string {
  return text(KINDS[kind].names, locale);
}

/** Evaluates a rule of any kind; `points` is what the rule is worth where it stands. */
export function evaluateRule(rule: Rule, points: Rational, ctx: RuleContext): Outcome {
  return kindOf(rule).evaluate(rule, points, ctx, evaluateRule);
}

/** Every input key a rule reads, once each, in the order the rule first names them. */
export function ruleInputKeys(rule: Rule): string[] {
  return [...new Set(namedKeys(rule))];
}

function namedKeys(rule: Rule): string[] {
  return kindOf(rule).keys(rule, namedKeys);
}

/** The inputs only the framework's cap on the total reads (none without a cap), in its order. */
export function capInputKeys(framework: Framework): string[] {
  const used = new Set(placedIndicators(framework).flatMap((p) => ruleInputKeys(p.indicator.rule)));
  return framework.cap ? measureKeys(framework.cap.measure).filter((k) => !used.has(k)) : [];
}

/** Every input a framework reads: its rules', then its cap's. */
export function frameworkInputKeys(framework: Framework): string[] {
  return [
    ...new Set([
      ...placedIndicators(framework).flatMap((p) => ruleInputKeys(p.indicator.rule)),
      ...capInputKeys(framework),
    ]),
  ];
}

/** Inputs that stand in for each other: either of a pair gives the figure (a quarter's cumulative spending or its rate). */
export function alternativeInputs(rule: Rule): [string, string][] {
  return kindOf(rule).alternatives?.(rule, alternativeInputs, ruleInputKeys) ?? [];
}

/** What a judgement item of the rule is worth (是 earns it, 否 nothing), if the rule has such an item. */
export function itemPoints(rule: Rule, key: string): number | undefined {
  return kindOf(rule).itemPoints?.(rule, key, (part) => itemPoints(part, key));
}
