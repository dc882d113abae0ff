import type ExcelJS from "exceljs";
import { columnStats, placedIndicators, text, type Framework } from "../../../core";
import { catalog } from "../../../i18n";
import { columnName } from "../../../pipeline/a1";
import {
  body,
  CLAIM_ABOVE_DATA,
  fitRows,
  FONT,
  formula,
  header,
  POINTS_FORMAT,
  printSetup,
  title,
} from "./layout";
import type { ReviewedFile, ReviewSummary } from "./model";
import { excelString } from "../../../pipeline/sheets/formula-text";

const HEADER_ROWS = 3;

/**
 * 指标得分: the units scored with one framework × its indicators, the data's score and the claimed one
 * side by side (a claim above the data in red), then each column's mean, lowest and count of full marks.
 */
export function scoresSheet(
  wb: ExcelJS.Workbook,
  name: string,
  summary: ReviewSummary,
  framework: Framework,
  files: ReviewedFile[]
): void {
  const w = catalog(summary.locale).review.scores;
  const ws = wb.addWorksheet(name);
  const placed = placedIndicators(framework);
  const columns = [
    ...placed.map(({ indicator }, n) => ({
      heading: w.indicator(text(indicator.name, summary.locale), indicator.points),
      max: indicator.points,
      pick: (f: ReviewedFile) => f.review!.indicators[n],
    })),
    {
      heading: w.total(framework.total),
      max: framework.total,
      pick: (f: ReviewedFile) => ({ data: f.review!.dataTotal, claimed: f.review!.claimedTotal }),
    },
  ];
  const lastCol = 2 + columns.length * 2;
  const first = HEADER_ROWS + 1;
  const last = Math.max(first, HEADER_ROWS + files.length);

  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 24;
  for (let c = 3; c <= lastCol; c++) ws.getColumn(c).width = 7.5;
  title(ws, 1, w.title(text(framework.title, summary.locale)), Math.min(lastCol, 16));
  ws.mergeCells(2, 1, 3, 1);
  ws.mergeCells(2, 2, 3, 2);
  header(ws.getCell(2, 1), w.seq);
  header(ws.getCell(2, 2), w.unit);
  ws.getCell(3, 1).border = ws.getCell(2, 1).border;
  columns.forEach((c, i) => {
    const left = 3 + i * 2;
    ws.mergeCells(2, left, 2, left + 1);
    header(ws.getCell(2, left), c.heading);
    header(ws.getCell(3, left), w.data);
    header(ws.getCell(3, left + 1), w.claimed);
  });
  ws.getRow(2).height = 64;

  files.forEach((f, n) => {
    const row = ws.getRow(first + n);
    body(row.getCell(1), n + 1);
    body(row.getCell(2), f.unit);
    columns.forEach((c, i) => {
      const { data, claimed } = c.pick(f);
      body(row.getCell(3 + i * 2), data ?? w.missing, POINTS_FORMAT);
      body(row.getCell(4 + i * 2), claimed ?? w.missing, POINTS_FORMAT);
    });
  });

  fitRows(ws, first, last);
  const labels = [w.mean, w.min, w.full];
  labels.forEach((label, s) => {
    const r = last + 1 + s;
    ws.mergeCells(r, 1, r, 2);
    header(ws.getCell(r, 1), label);
    columns.forEach((c, i) =>
      (["data", "claimed"] as const).forEach((pick, p) => {
        const at = 3 + i * 2 + p;
        const range = `${columnName(at)}${first}:${columnName(at)}${last}`;
        const stats = columnStats(
          files.map((f) => c.pick(f)[pick]),
          c.max
        );
        const cell = ws.getCell(r, at);
        const value = [
          formula(
            `IF(COUNT(${range})=0,${excelString(w.missing)},ROUND(AVERAGE(${range}),2))`,
            stats.mean ?? w.missing
          ),
          formula(
            `IF(COUNT(${range})=0,${excelString(w.missing)},MIN(${range}))`,
            stats.min ?? w.missing
          ),
          formula(`COUNTIF(${range},${c.max})`, stats.full),
        ][s];
        body(cell, value, s < 2 ? POINTS_FORMAT : "0");
        cell.font = { ...FONT, bold: true };
      })
    );
  });

  columns.forEach((_, i) => {
    const data = columnName(3 + i * 2);
    const claimed = columnName(4 + i * 2);
    ws.addConditionalFormatting({
      ref: `${claimed}${first}:${claimed}${last}`,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [
            `AND(ISNUMBER(${claimed}${first}),OR(NOT(ISNUMBER(${data}${first})),${claimed}${first}>${data}${first}))`,
          ],
          style: CLAIM_ABOVE_DATA,
        },
      ],
    });
  });
  ws.autoFilter = `A${HEADER_ROWS}:${columnName(lastCol)}${last}`;
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: HEADER_ROWS }];
  printSetup(ws, catalog(summary.locale).review.footer, `2:${HEADER_ROWS}`, {
    titleColumns: "A:B",
    acrossPages: true,
  });
}
