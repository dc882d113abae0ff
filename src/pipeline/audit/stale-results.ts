import type { Finding } from "../../core";
import { staleCells } from "../formula-eval";
import { LIMITS } from "../limits";
import type { WorkbookSnapshot } from "../snapshot";

const EXAMPLES = 3;

/**
 * Saved formula results that disagree with the cells they refer to: the file was saved by a program
 * that does not recalculate. Those worked out here were used as worked out; the rest cannot be trusted.
 */
export function staleFindings(wb: WorkbookSnapshot): Finding[] {
  const { stale, unchecked, limited } = staleCells(wb);
  const limit: Finding[] = limited
    ? [
        {
          code: "formulaLimit",
          kind: "ambiguous",
          params: { steps: LIMITS.formulaSteps, depth: LIMITS.formulaDepth },
        },
      ]
    : [];
  if (!stale.length) return limit;
  const [first] = stale;
  return [
    ...limit,
    {
      code: "staleResults",
      kind: "inconsistent",
      cells: [...stale.map((s) => s.cell), ...unchecked],
      params: {
        count: stale.length,
        cell: first.cell,
        cached: String(first.cached),
        worked: String(first.worked),
        unchecked: unchecked.length,
        uncheckedCells: unchecked.slice(0, EXAMPLES),
      },
    },
  ];
}
