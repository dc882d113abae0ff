import type { ScoreResult } from "./evaluate";
import type { Framework, Level1Def, Level2Def } from "./framework";
import { Rational } from "./rational";

/** Score against points of each first- and second-level indicator, in the framework's order. */
export interface LevelScore {
  level: 1 | 2;
  def: Level1Def | Level2Def;
  score: number;
  points: number;
}

/** Adds up the scored indicators of each level by position in the framework (names may repeat across levels). */
export function levelScores(result: ScoreResult, framework: Framework): LevelScore[] {
  const scores = new Map(result.indicators.map((i) => [i.id, i]));
  const sum = (ids: string[], pick: (i: ScoreResult["indicators"][number]) => number | null) =>
    ids
      .reduce((s, id) => s.add(Rational.fromNumber(pick(scores.get(id)!) ?? 0)), Rational.ZERO)
      .round(2)
      .toNumber();
  const out: LevelScore[] = [];
  for (const l1 of framework.levels) {
    const ids1 = l1.children.flatMap((l2) => l2.indicators.map((i) => i.id));
    out.push({
      level: 1,
      def: l1,
      score: sum(ids1, (i) => i.score),
      points: sum(ids1, (i) => i.max),
    });
    for (const l2 of l1.children) {
      const ids2 = l2.indicators.map((i) => i.id);
      out.push({
        level: 2,
        def: l2,
        score: sum(ids2, (i) => i.score),
        points: sum(ids2, (i) => i.max),
      });
    }
  }
  return out;
}
