import {
  defaultSelfEvalForm,
  scoreSelfEval,
  type Locale,
  type SelfEvalForm,
  type SelfEvalResult,
} from "../../core";
import type { SheetPlan } from "../sheets/plan";
import type { WorkbookSnapshot } from "../snapshot";
import { isWrittenSheet, readSelfEvalTables } from "./read";
import { planSelfEvalSheet } from "./sheet";
import { planSelfEvalSummary } from "./summary";

export { isWrittenSheet, readSelfEvalTables } from "./read";
export { planSelfEvalSheet } from "./sheet";

export interface SelfEvalRun {
  results: SelfEvalResult[];
  /** One 自评表 per table, then the summary when there are several. */
  plans: SheetPlan[];
}

/**
 * Every 自评表 in a workbook, scored (by the form given, or the national one of its kind) and planned as
 * new sheets: one per project, plus a summary for more than one. Nothing when the workbook has none.
 */
export function scoreSelfEvalWorkbook(
  wb: WorkbookSnapshot,
  options: { form?: SelfEvalForm; locale?: Locale } = {}
): SelfEvalRun {
  const locale = options.locale ?? "zh-CN";
  const own = { ...wb, sheets: wb.sheets.filter((s) => !isWrittenSheet(s)) };
  const results = readSelfEvalTables(own).map((table) =>
    scoreSelfEval(table, options.form ?? defaultSelfEvalForm(table.form), locale)
  );
  const names = wb.sheets.map((s) => s.name);
  const sheets = results.map((result) => {
    const sheet = planSelfEvalSheet(result, names, locale);
    names.push(sheet.plan.name);
    return sheet;
  });
  const plans = sheets.map((s) => s.plan);
  if (results.length > 1) plans.push(planSelfEvalSummary(results, sheets, names, locale));
  return { results, plans };
}
