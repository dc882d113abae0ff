import {
  defaultSelfEvalForm,
  getSelfEvalForm,
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

export interface SelfEvalOptions {
  form?: SelfEvalForm;
  locale?: Locale;
}

/** The unit's own 自评表 (not those the add-in wrote), each scored by the form given or its kind's national one. */
export function scoreSelfEvalTables(
  wb: WorkbookSnapshot,
  options: SelfEvalOptions = {}
): SelfEvalResult[] {
  const own = { ...wb, sheets: wb.sheets.filter((s) => !isWrittenSheet(s)) };
  return readSelfEvalTables(own).map((table) =>
    scoreSelfEval(
      table,
      options.form ??
        (table.rules !== undefined ? getSelfEvalForm(table.rules) : undefined) ??
        defaultSelfEvalForm(table.form),
      options.locale
    )
  );
}

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
  options: SelfEvalOptions = {}
): SelfEvalRun {
  const locale = options.locale ?? "zh-CN";
  const results = scoreSelfEvalTables(wb, options);
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
