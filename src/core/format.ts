import { Rational } from "./rational";
import { trimNumber } from "./parse";

const HUNDRED = Rational.int(100);

/** Points as the report writes them: 3, 0.7, 1.85. */
export function formatPoints(r: Rational): string {
  return trimNumber(r.round(2));
}

/** A ratio as a percentage with two decimals, rounded half up: 3.98 / 11.00 → "36.18%". */
export function formatPercent(ratio: Rational): string {
  return ratio.mul(HUNDRED).toFixed(2) + "%";
}

export function percentOf(value: Rational): Rational {
  return value.div(HUNDRED);
}
