import {
  inputDef,
  inputLabel,
  itemPoints,
  placedIndicators,
  ruleInputKeys,
  text,
  type Framework,
  type InputDef,
  type Locale,
} from "../../core";
import { KPI_ROWS } from "../../pipeline/sheets/template-sheet";

/** The inputs an evaluator decides (judgements, yes/no, disclosure, counts of shortcomings, the effectiveness score), by indicator. */
export interface JudgementItem {
  key: string;
  def: InputDef;
  label: string;
  /** What the item is worth: a judgement's points (partial credit up to them), a score's maximum. */
  points?: number;
}

export interface JudgementGroup {
  id: string;
  name: string;
  points: number;
  items: JudgementItem[];
}

export function judgementGroups(framework: Framework, locale: Locale): JudgementGroup[] {
  return placedIndicators(framework)
    .map(({ indicator }) => ({
      id: indicator.id,
      name: text(indicator.name, locale),
      points: indicator.points,
      items: ruleInputKeys(indicator.rule)
        .map((key) => ({ key, def: inputDef(key)! }))
        .filter(({ def }) => def.decided)
        .map(({ key, def }) => ({
          key,
          def,
          label: inputLabel(key, locale),
          points:
            itemPoints(indicator.rule, key) ??
            (def.type === "score" ? indicator.points : undefined),
        })),
    }))
    .filter((g) => g.items.length);
}

/** What each decided item is worth (a judgement's points, a score's maximum): the bound of its entries. */
export function pointsByKey(framework: Framework): Map<string, number | undefined> {
  return new Map(
    judgementGroups(framework, "zh-CN").flatMap((g) => g.items.map((i) => [i.key, i.points]))
  );
}

/** Step 2's progress in a group: items not yet answered. */
export function groupProgress(group: JudgementGroup, draft: Record<string, string>): number {
  return group.items.filter((i) => (draft[i.key] ?? "").trim() === "").length;
}

export const KPI_CAPACITY = KPI_ROWS;
