import type { Rule } from "../framework";
import { formatPoints } from "../format";
import { Rational } from "../rational";
import type { RuleCheck, ShapeCheck } from "./kind";

/** The sum of points given as JavaScript numbers, exactly. */
export const sumOfPoints = (xs: readonly { points: number }[]): Rational =>
  xs.reduce((s, x) => s.add(Rational.fromNumber(x.points)), Rational.ZERO);

/** Parts that stand in for the whole (alternatives, a modified rule) are each worth the whole's points. */
export function partsAtFullPoints(parts: Rule[], points: Rational, c: RuleCheck): void {
  for (const part of parts) {
    const own = Rational.fromNumber(part.points ?? 0);
    if (!own.eq(points))
      c.report("partPoints", { points: formatPoints(points), part: formatPoints(own) });
    c.part(part, own);
  }
}

/** A modifier's one part, checked as a rule of its own. */
export function onePart(c: ShapeCheck): void {
  const parts = c.list("parts");
  if (parts.length !== 1) c.problem(`${c.path}.parts`, c.words.onePart);
  parts.forEach((p, i) => c.part(p, `${c.path}.parts[${i}]`));
}
