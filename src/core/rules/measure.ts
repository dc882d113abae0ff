import type { Measure } from "../framework";
import { formatPoints, percentOf } from "../format";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { note, type NoteArg } from "./note";
import type { Outcome } from "./outcome";

/** A measured ratio, or "met" when nothing was due (no petitions received). */
export type Ratio = { kind: "ratio"; value: Rational } | { kind: "noneDue" };

/**
 * Reads the inputs of a measure and divides. A zero denominator or a part larger than its
 * whole is recorded as an error: neither may turn into a score.
 */
export function measureRatio(
  measure: Measure,
  label: NoteArg,
  ctx: RuleContext,
  out: Outcome
): Ratio | null {
  if ("percent" in measure) {
    const v = ctx.number(measure.percent, out);
    return v ? { kind: "ratio", value: percentOf(v) } : null;
  }
  if ("current" in measure) {
    const current = sum(measure.current, ctx, out);
    const previous = sum(measure.previous, ctx, out);
    if (!current || !previous) return null;
    if (previous.isZero()) {
      out.errors.push(note("zeroDenominator", label, { keys: measure.previous }));
      out.zeroDenominator = true;
      return null;
    }
    return { kind: "ratio", value: current.sub(previous).div(previous) };
  }
  const numerator = sum(measure.numerator, ctx, out);
  const denominator = sum(measure.denominator, ctx, out);
  if (!numerator || !denominator) return null;
  if (denominator.isZero()) {
    if (measure.whenNoneReceived === "met" && numerator.isZero()) return { kind: "noneDue" };
    out.errors.push(note("zeroDenominator", label, { keys: measure.denominator }));
    out.zeroDenominator = true;
    return null;
  }
  if (measure.atMostDenominator && numerator.gt(denominator)) {
    out.errors.push(
      note(
        "numeratorExceeds",
        { keys: measure.numerator },
        formatPoints(numerator),
        { keys: measure.denominator },
        formatPoints(denominator)
      )
    );
    return null;
  }
  return { kind: "ratio", value: numerator.div(denominator) };
}

function sum(keys: string[], ctx: RuleContext, out: Outcome): Rational | null {
  let total: Rational | null = Rational.ZERO;
  for (const key of keys) {
    const v = ctx.number(key, out);
    total = v && total ? total.add(v) : null;
  }
  return total;
}
