import type { ScoreResult } from "./evaluate";
import type { Finding } from "./findings";
import type { Framework } from "./framework";
import { gradeFor } from "./grade";
import { text } from "../i18n";
import { Rational } from "./rational";
import { settleTotal } from "./total";

/**
 * What a finance bureau reads of one unit's self-evaluation: the total its own data supports beside
 * the total it claims (the evaluator's own scores where given), and what the audit found. Totals are
 * settled as the result's own (exact sums, scaled for items left out, held under a cap), so a difference
 * of 0 is 0 and never 1e-15.
 */
export interface UnitReview {
  /** Σ of the scores the data gives; indicators without data add nothing. */
  dataTotal: number;
  /** Σ of the scores the unit gives itself: the evaluator's own score where there is one, else the data's. */
  claimedTotal: number;
  /** claimed − data: above 0, the unit claims more than its data supports. */
  difference: number;
  max: number;
  /** Grades in Chinese (the contract's grade), null while an indicator is left unscored. */
  dataGrade: string | null;
  claimedGrade: string | null;
  /** Per indicator, in the framework's order. */
  indicators: { data: number | null; claimed: number | null }[];
  /** Indicators the data does not score (no evaluator's score either counts: it is the data's gap). */
  notScored: string[];
  /** What the audit found about this unit; the framework table's own notes are the bureau's, not the unit's. */
  findings: Finding[];
}

export function unitReview(result: ScoreResult, framework: Framework): UnitReview {
  // The data's total and the claimed one are settled as the result's own: items left out, the cap.
  const omitted = result.indicators.map((i) => !!i.omitted);
  const terms = {
    max: framework.total,
    left: result.indicators.reduce((s, i) => (i.omitted ? s + i.max : s), 0),
    ...(result.ceiling !== undefined && { ceiling: result.ceiling }),
  };
  const data = settleTotal(
    result.indicators.map((i) => i.computed),
    omitted,
    terms
  );
  const claimed = settleTotal(
    result.indicators.map((i) => i.score),
    omitted,
    terms
  );
  const grade = ({ total, complete }: { total: Rational; complete: boolean }) => {
    const g = complete ? gradeFor(total.toNumber(), framework) : undefined;
    return g ? text(g.grade, "zh-CN") : null;
  };
  return {
    dataTotal: data.total.toNumber(),
    claimedTotal: claimed.total.toNumber(),
    difference: claimed.total.sub(data.total).toNumber(),
    max: result.max,
    dataGrade: grade(data),
    claimedGrade: grade(claimed),
    indicators: result.indicators.map((i) => ({ data: i.computed, claimed: i.score })),
    notScored: result.indicators.filter((i) => i.computed === null && !i.omitted).map((i) => i.id),
    findings: result.findings.filter((f) => f.kind !== "framework"),
  };
}
/** Count, mean (to 2 places), lowest and full marks of a column of scores; a missing score counts for none. */
export function columnStats(scores: readonly (number | null)[], max: number) {
  const values = scores.filter((v): v is number => v !== null).map(Rational.fromNumber);
  const top = Rational.fromNumber(max);
  return {
    max,
    count: values.length,
    mean: values.length
      ? values
          .reduce((s, v) => s.add(v), Rational.ZERO)
          .div(Rational.int(values.length))
          .round(2)
          .toNumber()
      : null,
    min: values.length ? values.reduce((a, b) => (b.lt(a) ? b : a)).toNumber() : null,
    full: values.filter((v) => v.eq(top)).length,
  };
}
