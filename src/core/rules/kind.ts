import type { catalog, Localized } from "../../i18n";
import type { Finding } from "../findings";
import type { Measure, Rule } from "../framework";
import type { Rational } from "../rational";
import type { RuleContext } from "./context";
import type { Outcome } from "./outcome";

/**
 * What the core knows of one rule kind, in one place: its names, how it scores, which inputs it reads,
 * how a framework file's rule of this kind is checked (its shape, then its arithmetic). The pipeline
 * keeps the kind's sheet formula and form cells, keyed by the same kinds (src/pipeline/rule-kinds).
 */
export interface KindDef<R extends { kind: string }> {
  /** As the framework form and `framework check` name the kind. */
  names: Localized;
  /** The indicator's points are what its rule measures against (tiers, a rate, …), not parts' sums. */
  evaluate(rule: R, points: Rational, ctx: RuleContext, part: EvaluatePart): Outcome;
  /** Every input key the rule reads, parts included, in the order the rule names them. */
  keys(rule: R, part: (rule: Rule) => string[]): string[];
  /** Pairs of inputs that stand in for each other (a quarter's spending or its rate). */
  alternatives?(
    rule: R,
    part: (rule: Rule) => [string, string][],
    keys: (rule: Rule) => string[]
  ): [string, string][];
  /** The points a judgement item (是/否 or partial points) is worth, for the pane's questions. */
  itemPoints?(rule: R, key: string, part: (rule: Rule) => number | undefined): number | undefined;
  /** The JSON shape of a rule of this kind, as a bureau wrote it. */
  shape(check: ShapeCheck): void;
  /** The rule's arithmetic against its points: keys declared, scores within points, parts adding up. */
  validate(rule: R, points: Rational, check: RuleCheck): void;
}

export type EvaluatePart = (part: Rule, points: Rational, ctx: RuleContext) => Outcome;

/** One entry per kind of a rule union: a kind without its entry, or an entry without a part, does not compile. */
export type KindRegistry<U extends { kind: string }> = {
  [K in U["kind"]]: KindDef<Extract<U, { kind: K }>>;
};

type FileWords = ReturnType<typeof catalog>["frameworkFile"];

/** The helpers a kind's shape check uses on the rule object read from JSON (framework-file.ts makes them). */
export interface ShapeCheck {
  readonly rule: Record<string, unknown>;
  readonly path: string;
  readonly words: FileWords;
  problem(at: string, message: string): void;
  /** A declared input key in `field`, or at a given value and path. */
  key(field: string): void;
  keyAt(value: unknown, at: string): void;
  /** A non-empty list of declared keys. */
  keys(field: string): void;
  number(field: string): void;
  /** Points a rule gives: a number, never below 0. */
  score(field: string): void;
  scoreAt(value: unknown, at: string): void;
  /** A bound or a share written as text ("90%", "0.5"). */
  bound(field: string): void;
  /** One of the given words, when present. */
  oneOf(field: string, allowed: readonly string[], message: string): void;
  /** A non-empty list in `field`; its items are checked by the caller. */
  list(field: string): unknown[];
  /** Plain text the sheets may compare in formulas. */
  data(text: string, at: string): void;
  localized(value: unknown, at: string): void;
  measure(): void;
  /** A measured rule names its figure in its notes: the indicator's name unless it has a label. */
  label(): void;
  /** A nested rule (a part), which must say its points. */
  part(value: unknown, at: string): void;
}

/** The helpers a kind's arithmetic check uses (validate.ts makes them); each reports a framework finding. */
export interface RuleCheck {
  key(key: string): void;
  measure(m: Measure): void;
  /** A score a rule can give must not exceed the points it stands for. */
  notAbove(score: number): void;
  mustSum(sum: Rational): void;
  bound(bound: string): void;
  report(code: Finding["code"], params: Finding["params"]): void;
  part(rule: Rule, points: Rational): void;
}
