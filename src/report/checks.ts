import { inputLabel, renderFinding, type Framework, type Locale, type ScoreResult } from "../core";
import type { DraftContext } from "./context";

/** Findings that a draft would otherwise carry as a conflict or a gap: the clerk settles them first. */
const SETTLE_FIRST = new Set([
  "overrideDiffers",
  "overrideUnverifiable",
  "indicatorMissing",
  "indicatorErrors",
]);

/**
 * What to settle before drafting, as sentences: a self-given score the data does not bear out, an
 * indicator without data. The report itself carries none of this; the task pane lists it beside the
 * report button (from the score alone, before the report's words are loaded).
 */
export function settleFirst(result: ScoreResult, framework: Framework, locale: Locale): string[] {
  return result.findings
    .filter((f) => SETTLE_FIRST.has(f.code))
    .map((f) => renderFinding(f, framework, locale));
}

/** The list as the command line prints it with a draft: also the figures whose sentences were left out. */
export function beforeDrafting(c: DraftContext): string[] {
  const items = settleFirst(c.result, c.framework, c.locale);
  if (c.omitted.size)
    items.push(
      c.w.checks.reportData(
        [...c.omitted].map((k) => inputLabel(k, c.locale)).join(c.w.listSeparator)
      )
    );
  return items;
}
