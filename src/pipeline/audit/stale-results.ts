import type { Finding } from "../../core";
import { staleCells } from "../formula-eval";
import type { WorkbookSnapshot } from "../snapshot";

const EXAMPLES = 3;

/**
 * Saved formula results that disagree with the cells they refer to: the file was saved by a program
 * that does not recalculate. Those worked out here were used as worked out; the rest cannot be trusted.
 */
export function staleFindings(wb: WorkbookSnapshot): Finding[] {
  const { stale, unchecked } = staleCells(wb);
  if (!stale.length) return [];
  const [first] = stale;
  return [
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
