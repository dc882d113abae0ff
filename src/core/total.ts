import type { TotalCap } from "./framework";
import { Rational } from "./rational";
import { parseBound } from "./rules/tiers";

/** The limit a rate falls under: of those whose bound it is below, the lowest `max`; none above them all. */
export function capLimit(
  limits: TotalCap["limits"],
  rate: Rational
): TotalCap["limits"][number] | undefined {
  return [...limits].filter((l) => rate.lt(parseBound(l.below)!)).sort((a, b) => a.max - b.max)[0];
}

/** What holds a total beyond its indicators: points left out (not applicable), and the cap a rate set. */
export interface TotalTerms {
  max: number;
  /** Points of the indicators left out. */
  left: number;
  /** The highest total the framework's cap allows; null while its rate is unknown; absent when nothing caps. */
  ceiling?: number | null;
}

export interface Settled {
  total: Rational;
  /** Every indicator scored or left out, and a cap (if any) known. */
  complete: boolean;
  /** The sum before scaling, when items were left out. */
  sum?: Rational;
  /** The total before the cap, when the cap held it down. */
  uncapped?: Rational;
}

/**
 * A total from its indicators' scores, as every reader works it out: the sum; with items left out, scaled to
 * the framework's total over the points that remain (按百分制折算, to 2 places); then at most the ceiling.
 */
export function settleTotal(
  scores: readonly (number | null)[],
  omitted: readonly boolean[],
  terms: TotalTerms
): Settled {
  const max = Rational.fromNumber(terms.max);
  const left = Rational.fromNumber(terms.left);
  const sum = scores.reduce<Rational>(
    (s, v) => (v === null ? s : s.add(Rational.fromNumber(v))),
    Rational.ZERO
  );
  const complete = scores.every((v, i) => v !== null || omitted[i]) && terms.ceiling !== null;
  const scaled = !left.isZero() && left.lt(max) ? sum.mul(max).div(max.sub(left)).round(2) : sum;
  const ceiling =
    terms.ceiling === undefined || terms.ceiling === null
      ? null
      : Rational.fromNumber(terms.ceiling);
  const capped = ceiling && scaled.gt(ceiling) ? ceiling : scaled;
  return {
    total: capped,
    complete,
    ...(scaled !== sum && { sum }),
    ...(capped !== scaled && { uncapped: scaled }),
  };
}
