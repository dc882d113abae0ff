import type { Framework, GradeDef } from "./framework";
import { Rational } from "./rational";

/** The grade band of a total: the first band (highest minimum first) whose minimum it reaches. */
export function gradeFor(
  total: number,
  framework: Pick<Framework, "grades">
): GradeDef | undefined {
  const t = Rational.fromNumber(total);
  return [...framework.grades]
    .sort((a, b) => b.min - a.min)
    .find((g) => t.ge(Rational.fromNumber(g.min)));
}

/** The grade's place from the top (0 the best); undefined when ungraded. */
export function gradeRank(grade: string | null, framework: Framework): number | undefined {
  if (grade === null) return undefined;
  const sorted: GradeDef[] = [...framework.grades].sort((a, b) => b.min - a.min);
  const at = sorted.findIndex((g) => Object.values(g.grade).includes(grade));
  return at < 0 ? undefined : at;
}
