import type ExcelJS from "exceljs";
import { text, type Framework, type Locale } from "../../../core";
import { catalog } from "../../../i18n";
import {
  body,
  CLAIM_ABOVE_DATA,
  fitRows,
  formula,
  header,
  LINK,
  POINTS_FORMAT,
  printSetup,
  title,
} from "./layout";
import type { ReviewedFile, ReviewSummary } from "./model";

/** Where the overview's table starts: the charts count grades in these columns. */
export const OVERVIEW = {
  headerRow: 3,
  firstRow: 4,
  dataTotal: 4,
  claimedTotal: 5,
  dataGrade: 7,
  claimedGrade: 8,
  status: 11,
} as const;

/** A grade in the summary's language; the result carries it in Chinese, the contract's language. */
export function gradeText(grade: string | null, framework: Framework, locale: Locale): string {
  const def = framework.grades.find((g) => text(g.grade, "zh-CN") === grade);
  return def ? text(def.grade, locale) : catalog(locale).review.overview.ungraded;
}

export function statusText(
  status: ReviewedFile["status"],
  why: string | undefined,
  locale: Locale
): string {
  const w = catalog(locale).review.overview;
  return status === "scored"
    ? w.scored
    : status === "notScored"
      ? w.notScored(why ?? w.noInputs)
      : w.unreadable(why ?? "");
}

/** 汇总: one row per workbook, a claim above the data in red, filterable, the header frozen and printed on every page. */
export function overviewSheet(wb: ExcelJS.Workbook, summary: ReviewSummary, framework: Framework) {
  const w = catalog(summary.locale).review;
  const ws = wb.addWorksheet(w.sheets.overview);
  const widths = [6, 26, 40, 9, 9, 11, 8, 8, 8, 8, 52];
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const count = (s: ReviewedFile["status"]) => summary.files.filter((f) => f.status === s).length;
  title(ws, 1, w.title, widths.length);
  title(
    ws,
    2,
    `${w.subtitle(text(framework.title, summary.locale), made(summary.made))}\n${w.counts(
      count("scored"),
      count("notScored"),
      count("unreadable"),
      summary.skipped
    )}${w.highlight}`,
    widths.length
  );
  w.overview.headers.forEach((h, i) => header(ws.getCell(OVERVIEW.headerRow, i + 1), h));
  ws.getRow(OVERVIEW.headerRow).height = 30;

  summary.files.forEach((f, n) => {
    const r = OVERVIEW.firstRow + n;
    const row = ws.getRow(r);
    const review = f.review;
    const fw = f.framework ?? framework;
    const d = `D${r}`;
    const e = `E${r}`;
    const values: ExcelJS.CellValue[] = [
      n + 1,
      f.unit,
      { text: f.file, hyperlink: f.link },
      review ? review.dataTotal : null,
      review ? review.claimedTotal : null,
      review
        ? formula(`IF(AND(ISNUMBER(${d}),ISNUMBER(${e})),ROUND(${e}-${d},2),"")`, review.difference)
        : null,
      review ? gradeText(review.dataGrade, fw, summary.locale) : null,
      review ? gradeText(review.claimedGrade, fw, summary.locale) : null,
      review ? review.notScored.length : null,
      review ? review.findings.length : null,
      statusText(f.status, f.why, summary.locale),
    ];
    values.forEach((v, c) =>
      body(row.getCell(c + 1), v, c >= 3 && c <= 5 ? POINTS_FORMAT : undefined)
    );
    row.getCell(3).font = LINK;
  });

  const last = Math.max(OVERVIEW.firstRow, OVERVIEW.firstRow + summary.files.length - 1);
  fitRows(ws, OVERVIEW.firstRow, last);
  ws.autoFilter = `A${OVERVIEW.headerRow}:K${last}`;
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: OVERVIEW.headerRow }];
  ws.addConditionalFormatting({
    ref: `A${OVERVIEW.firstRow}:K${last}`,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [`AND(ISNUMBER($F${OVERVIEW.firstRow}),$F${OVERVIEW.firstRow}>0)`],
        style: CLAIM_ABOVE_DATA,
      },
    ],
  });
  printSetup(ws, w.footer, `${OVERVIEW.headerRow}:${OVERVIEW.headerRow}`);
  return { sheet: ws, last };
}

/** 2026-11-24 18:30, local time: when the bureau made the summary. */
function made(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
