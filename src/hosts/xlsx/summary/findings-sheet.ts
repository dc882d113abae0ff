import type ExcelJS from "exceljs";
import { placedIndicators, renderFinding, text, type Framework } from "../../../core";
import { catalog } from "../../../i18n";
import { quoteSheet } from "../../../pipeline/a1";
import { body, fitRows, header, LINK, printSetup, title } from "./layout";
import type { ReviewSummary } from "./model";

/**
 * 审计发现: one row per finding of every unit, with its kind in words a filter lists (claims the data does
 * not support, missing data, tables that disagree …) and a link that opens the unit's workbook at the cell.
 */
export function findingsSheet(wb: ExcelJS.Workbook, summary: ReviewSummary, fallback: Framework) {
  const w = catalog(summary.locale).review.findings;
  const ws = wb.addWorksheet(catalog(summary.locale).review.sheets.findings);
  const widths = [6, 24, 26, 18, 16, 70, 26];
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  title(ws, 1, w.title, widths.length);
  w.headers.forEach((h, i) => header(ws.getCell(2, i + 1), h));

  let r = 2;
  for (const f of summary.files) {
    const framework = f.framework ?? fallback;
    const names = new Map(
      placedIndicators(framework).map(({ indicator }) => [
        indicator.id,
        text(indicator.name, summary.locale),
      ])
    );
    for (const finding of f.review?.findings ?? []) {
      r++;
      const row = ws.getRow(r);
      const cells = finding.cells ?? [];
      const kind = finding.kind as keyof typeof w.kinds;
      [
        r - 2,
        f.unit,
        { text: f.file, hyperlink: f.link },
        (finding.indicatorId && names.get(finding.indicatorId)) || w.noIndicator,
        w.kinds[kind],
        renderFinding(finding, framework, summary.locale),
        cells.length ? { text: cells.join("、"), hyperlink: cellLink(f.link, cells[0]) } : "",
      ].forEach((v, c) => body(row.getCell(c + 1), v as ExcelJS.CellValue));
      for (const c of [3, 7]) if (c !== 7 || cells.length) row.getCell(c).font = LINK;
    }
  }
  fitRows(ws, 3, r);
  ws.autoFilter = `A2:G${Math.max(3, r)}`;
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 2 }];
  printSetup(ws, catalog(summary.locale).review.footer, "2:2");
}

/** "表1-3 支出!C6" in the unit's workbook: Excel opens the file at that cell. */
function cellLink(file: string, cell: string): string {
  const at = cell.lastIndexOf("!");
  return at < 0 ? file : `${file}#${quoteSheet(cell.slice(0, at))}!${cell.slice(at + 1)}`;
}
