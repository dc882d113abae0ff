import type { SelfEvalResult } from "../../core";
import { catalog, type Locale } from "../../i18n";
import { columnNumber, sheetAddress } from "../a1";
import { cellText, emptyPlan, uniqueSheetName, type SheetPlan } from "../sheets/plan";
import type { SelfEvalSheet } from "./sheet";

/** One line per project: its funds, execution, score and grade, read live from its 自评表 sheet. */
export function planSelfEvalSummary(
  results: SelfEvalResult[],
  sheets: SelfEvalSheet[],
  existing: string[],
  locale: Locale = "zh-CN"
): SheetPlan {
  const s = catalog(locale).selfEval.sheet;
  const plan = emptyPlan(uniqueSheetName(s.summaryName, existing));
  plan.cells.push({ row: 1, col: 1, value: s.summaryTitle, style: "title" });
  plan.merges.push({ top: 1, left: 1, bottom: 1, right: 9 });
  s.summaryHeaders.forEach((h, i) =>
    plan.cells.push({ row: 2, col: 1 + i, value: h, style: "header" })
  );
  results.forEach((result, i) => {
    const row = 3 + i;
    const { cells, plan: sheet } = sheets[i];
    const ref = (a: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      return sheetAddress(sheet.name, Number(m[2]), columnNumber(m[1]));
    };
    const linked = (col: number, cell: string, value: unknown, numberFormat?: string) =>
      plan.cells.push({
        row,
        col,
        formula: `IF(${ref(cell)}="","",${ref(cell)})`,
        value: value === null || value === undefined ? "" : (value as number | string),
        style: "number",
        ...(numberFormat && { numberFormat }),
      });
    plan.cells.push({ row, col: 1, value: i + 1, style: "text" });
    plan.cells.push({ row, col: 2, value: cellText(result.table.name), style: "wrap" });
    linked(3, cells.budget, result.execution.budget?.toNumber(), "#,##0.00");
    linked(4, cells.spent, result.execution.spent?.toNumber(), "#,##0.00");
    linked(5, cells.rate, result.execution.rate?.toNumber(), "0.00%");
    linked(6, cells.total, result.total?.toNumber(), "0.00");
    linked(7, cells.grade, result.grade);
    plan.cells.push({
      row,
      col: 8,
      value: result.findings.length + result.rows.reduce((n, r) => n + r.errors.length, 0),
      style: "number",
    });
    plan.cells.push({ row, col: 9, value: sheet.name, style: "text" });
  });
  plan.columnWidths = [6, 32, 14, 14, 10, 9, 7, 9, 28];
  plan.freezeRows = 2;
  plan.landscape = true;
  plan.footer = s.footer;
  return plan;
}
