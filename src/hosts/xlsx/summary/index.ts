import ExcelJS from "exceljs";
import type { Framework } from "../../../core";
import { catalog } from "../../../i18n";
import { quoteSheet } from "../../../pipeline/a1";
import { SUMMARY_MARK } from "../review";
import { addCharts } from "./chart-xml";
import { chartsSheet } from "./charts-sheet";
import { findingsSheet } from "./findings-sheet";
import type { ReviewedFile, ReviewSummary } from "./model";
import { overviewSheet } from "./overview-sheet";
import { scoresSheet } from "./scores-sheet";
import { selfEvalSheet } from "./self-eval-sheet";

export type { ReviewedFile, ReviewSummary } from "./model";

/**
 * The finance bureau's summary workbook of a review: 汇总, 指标得分 (one sheet per framework the units
 * were scored with, the most used first), 审计发现 and 图表 with native charts. `fallback` is the
 * framework named for the review, used when no workbook could be scored.
 */
export async function summaryXlsx(
  summary: ReviewSummary,
  fallback: Framework
): Promise<Uint8Array> {
  const w = catalog(summary.locale).review;
  const byFramework = new Map<string, { framework: Framework; files: ReviewedFile[] }>();
  for (const f of summary.files)
    if (f.review && f.framework) {
      const group = byFramework.get(f.framework.id) ?? { framework: f.framework, files: [] };
      group.files.push(f);
      byFramework.set(f.framework.id, group);
    }
  const groups = [...byFramework.values()].sort((a, b) => b.files.length - a.files.length);
  const main = groups[0]?.framework ?? fallback;

  const wb = new ExcelJS.Workbook();
  wb.creator = "PerfScore";
  wb.title = w.title;
  wb.created = summary.made;
  wb.modified = summary.made;
  const overview = overviewSheet(wb, summary, main);
  (groups.length ? groups : [{ framework: main, files: [] }]).forEach((g, n) =>
    scoresSheet(
      wb,
      n ? `${w.sheets.scores} (${n + 1})` : w.sheets.scores,
      summary,
      g.framework,
      g.files
    )
  );
  findingsSheet(wb, summary, main);
  if (summary.files.some((f) => f.selfEval?.length)) selfEvalSheet(wb, summary);
  const charts = chartsSheet(wb, summary, main, overview.last);
  wb.definedNames.add(`${quoteSheet(w.sheets.overview)}!$A$1`, SUMMARY_MARK);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return addCharts(bytes, w.sheets.charts, charts);
}
