import {
  type SelfEvalJson,
  isMissingValue,
  unitReview,
  type Framework,
  type Locale,
  type Finding,
  type UnitReview,
} from "../../core";
import type { LocatedInputs } from "../../pipeline/locate/located";
import { cellText } from "../../pipeline/locate/where";
import { catalog } from "../../i18n";
import { analyzeWorkbook } from "../../pipeline/analyze";

import { loadWorkbook } from "./file";
import { snapshotOf } from "./read";

/** A claim is about the evaluator's own score: the bureau is pointed at the cell that holds it. */
function ownScoreCells(findings: Finding[], located: LocatedInputs): Finding[] {
  const { templateSheet: sheet, overrideCells } = located;
  return findings.map((f) => {
    const at = f.indicatorId && overrideCells?.get(f.indicatorId);
    return f.kind === "claim" && !f.cells?.length && sheet && at
      ? { ...f, cells: [cellText({ sheet, row: at.row, col: at.scoreCol })] }
      : f;
  });
}

/** The defined name that marks a review summary, so that a later review of the same folder passes it by. */
export const SUMMARY_MARK = "PerfScore_Review";

/** One workbook as a finance bureau's review sees it; the bytes themselves are not kept. */
export type WorkbookReview =
  | { status: "summary" }
  /** `why` is set when inputs were found but none is enough for any indicator. */
  | {
      status: "notScored";
      unit?: string;
      framework: Framework;
      why?: string;
      selfEval?: SelfEvalJson[];
    }
  | {
      status: "scored";
      unit?: string;
      framework: Framework;
      review: UnitReview;
      selfEval?: SelfEvalJson[];
    };

/**
 * Reads and scores one unit's workbook for the review, without writing a score sheet: the unit's name
 * from its template or its tables, and the totals, grades and findings of unitReview. A file that is
 * not a readable workbook throws as loadWorkbook does.
 */
export async function reviewXlsx(
  data: Uint8Array,
  options: { framework?: Framework; locale: Locale }
): Promise<WorkbookReview> {
  const wb = snapshotOf(await loadWorkbook(data));
  if (wb.names.some((n) => n.name === SUMMARY_MARK)) return { status: "summary" };
  const analysis = analyzeWorkbook(wb, options);
  const unit = analysis.result.unit?.trim();
  const forms = analysis.selfEval;
  const about = {
    ...(unit && { unit }),
    framework: analysis.framework,
    ...(forms && { selfEval: forms }),
  };
  if (analysis.noInputs)
    return {
      status: "notScored",
      ...about,
      ...(forms && { why: catalog(options.locale).review.overview.selfEvalOnly(forms.length) }),
    };
  // A few figures recognised in tables that score nothing: “scored” with 0 points would mislead the bureau.
  if (analysis.result.indicators.every((i) => i.score === null)) {
    const found = [...analysis.located.inputs.values()].filter((l) => !isMissingValue(l.value));
    return {
      status: "notScored",
      ...about,
      why: catalog(options.locale).review.overview.nothingScored(found.length),
    };
  }
  const review = unitReview(analysis.result, analysis.framework);
  return {
    status: "scored",
    ...about,
    review: { ...review, findings: ownScoreCells(review.findings, analysis.located) },
  };
}
