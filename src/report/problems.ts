import type { IndicatorResult } from "../core";
import { p, type DraftContext } from "./context";
import type { Block } from "./model";

/**
 * （三）存在问题及改进措施: one problem per area (二级指标) where points were lost, stated as what falls
 * short — from the rules' shortfalls, or an evaluator's reason — never as points; each with a 改进措施
 * for the unit to write.
 */
export function problems(c: DraftContext): Block[] {
  const { w, result } = c;
  const lost = result.indicators.filter((i) => i.score !== null && i.score < i.max);
  if (!lost.length) return [p(w.noProblems)];
  const areas = new Map<string, IndicatorResult[]>();
  for (const i of lost) {
    const area = c.nameOf(i, "level2");
    areas.set(area, [...(areas.get(area) ?? []), i]);
  }
  return [...areas].flatMap(([area, items], n) => [
    p(w.problem(n + 1, area, items.flatMap((i) => c.shortfallsOf(i)).join(w.clauseSeparator))),
    p(w.measures(c.ask(w.ask.measures(area)))),
  ]);
}
