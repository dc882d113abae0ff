import { inputLabel, renderFinding, type Framework, type Locale, type ScoreResult } from "../core";
import type { DraftContext } from "./context";

/** A self-given score the data does not bear out, or cannot check. */
const CONFLICTS = new Set(["overrideDiffers", "overrideUnverifiable"]);
/** An indicator without the data, or with data it cannot use. */
const GAPS = new Set(["indicatorMissing", "indicatorErrors"]);

const rendered = (codes: Set<string>, result: ScoreResult, framework: Framework, locale: Locale) =>
  result.findings.filter((f) => codes.has(f.code)).map((f) => renderFinding(f, framework, locale));

/**
 * What to settle before drafting, as sentences: the conflicts of self-scores with the data, then the
 * indicators without data. The report itself carries none of this; the task pane lists the conflicts
 * beside the report button and counts the gaps (each is shown at its indicator).
 */
export function settleFirst(result: ScoreResult, framework: Framework, locale: Locale) {
  return {
    conflicts: rendered(CONFLICTS, result, framework, locale),
    gaps: rendered(GAPS, result, framework, locale),
  };
}

/** The list as the command line prints it with a draft: also the figures whose sentences were left out. */
export function beforeDrafting(c: DraftContext): string[] {
  const { conflicts, gaps } = settleFirst(c.result, c.framework, c.locale);
  const items = [...conflicts, ...gaps];
  if (c.omitted.size)
    items.push(
      c.w.checks.reportData(
        [...c.omitted].map((k) => inputLabel(k, c.locale)).join(c.w.listSeparator)
      )
    );
  return items;
}
