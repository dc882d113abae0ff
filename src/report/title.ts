import type { Run } from "../i18n/runs";
import type { DraftContext } from "./context";
import { plainText } from "./model";

/**
 * The title's lines: the unit and year on one, what the report is on the next, when together they
 * exceed a line; the unit alone on the first when the year would not fit beside it. A line longer
 * than the text block still wraps, but never inside 部门整体支出绩效自评报告.
 */
export function titleLines(c: DraftContext): Run[][] {
  const [head, tail] = c.w.title(c.unit, c.year);
  const length = (runs: Run[]) => [...plainText(runs)].length;
  if (length(head) + length(tail) <= c.w.titleLine) return [[...head, ...tail]];
  if (length(head) <= c.w.titleLine) return [head, tail];
  const [unit, ...year] = head;
  return [[unit], [...year, ...tail]];
}
