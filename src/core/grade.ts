import type { Framework, GradeDef } from "./framework";
import { Rational } from "./rational";

/** The grade band of a total: the first band (highest minimum first) whose minimum it reaches. */
export function gradeFor(total: number, framework: Framework): GradeDef | undefined {
  const t = Rational.fromNumber(total);
  return [...framework.grades]
    .sort((a, b) => b.min - a.min)
    .find((g) => t.ge(Rational.fromNumber(g.min)));
}
