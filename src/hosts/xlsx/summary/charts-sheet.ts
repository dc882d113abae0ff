import type ExcelJS from "exceljs";
import { text, type Framework } from "../../../core";
import { catalog } from "../../../i18n";
import { columnName, quoteSheet } from "../../../pipeline/a1";
import type { ChartSpec } from "./chart-xml";
import { body, FONT, formula, header, printSetup } from "./layout";
import type { ReviewSummary } from "./model";
import { OVERVIEW } from "./overview-sheet";
import { excelString } from "../../../pipeline/sheets/formula-text";

const DATA_COLOR = "4472C4";
const CLAIM_COLOR = "ED7D31";

/**
 * 图表: the grades counted from 汇总 by formulas (by data and as claimed), and the two charts drawn from
 * them and from 汇总's totals — a clustered column of the grades, and claimed against data totals,
 * where a unit above the diagonal claims more than its data supports.
 */
export function chartsSheet(
  wb: ExcelJS.Workbook,
  summary: ReviewSummary,
  framework: Framework,
  overviewLast: number
): ChartSpec[] {
  const w = catalog(summary.locale).review;
  const name = w.sheets.charts;
  const ws = wb.addWorksheet(name);
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 10;
  ws.getColumn(3).width = 10;
  const overview = quoteSheet(w.sheets.overview);
  const here = quoteSheet(name);
  const range = (c: number) =>
    `${overview}!$${columnName(c)}$${OVERVIEW.firstRow}:$${columnName(c)}$${overviewLast}`;
  const scored = summary.files.filter((f) => f.review);

  ws.getCell(1, 1).value = w.charts.grades;
  ws.getCell(1, 1).font = { ...FONT, bold: true, size: 12 };
  w.charts.gradeHeaders.forEach((h, i) => header(ws.getCell(2, i + 1), h));
  const grades = [...framework.grades].sort((a, b) => b.min - a.min);
  const labels = grades.map((g) => text(g.grade, summary.locale));
  const counts = (pick: "dataGrade" | "claimedGrade") => {
    const graded = grades.map(
      (g) => scored.filter((f) => f.review![pick] === text(g.grade, "zh-CN")).length
    );
    return [...graded, scored.length - graded.reduce((a, b) => a + b, 0)];
  };
  const byData = counts("dataGrade");
  const byClaim = counts("claimedGrade");
  const firstRow = 3;
  const ungradedRow = firstRow + grades.length;
  [...labels, w.charts.ungraded].forEach((label, n) => {
    const r = firstRow + n;
    body(ws.getCell(r, 1), label);
    ([OVERVIEW.dataGrade, OVERVIEW.claimedGrade] as const).forEach((c, i) => {
      const letter = columnName(2 + i);
      const value =
        n < grades.length
          ? // Compared exactly: a grade's label is data, never COUNTIF's criteria (>, *, ?).
            formula(`SUMPRODUCT(--(${range(c)}=${excelString(label)}))`, (i ? byClaim : byData)[n])
          : formula(
              `SUMPRODUCT(--(${range(OVERVIEW.status)}=${excelString(w.overview.scored)}))-SUM(${letter}${firstRow}:${letter}${r - 1})`,
              (i ? byClaim : byData)[n]
            );
      body(ws.getCell(r, 2 + i), value, "0");
    });
  });

  // The diagonal of the totals chart, from a round number below the lowest total to the framework's total.
  const totals = scored.flatMap((f) => [f.review!.dataTotal, f.review!.claimedTotal]);
  const low = totals.length ? Math.max(0, Math.floor(Math.min(...totals) / 10) * 10) : 0;
  const high = framework.total;
  const lineRow = ungradedRow + 2;
  w.charts.lineHeaders.forEach((h, i) => header(ws.getCell(lineRow, i + 1), h));
  body(ws.getCell(lineRow + 1, 1), w.charts.diagonal);
  body(ws.getCell(lineRow + 1, 2), low);
  body(ws.getCell(lineRow + 1, 3), high);
  ws.getCell(lineRow + 3, 1).value = w.charts.note;
  ws.getCell(lineRow + 3, 1).font = { ...FONT, italic: true, color: { argb: "FF595959" } };

  const gradeCats = {
    ref: `${here}!$A$${firstRow}:$A$${ungradedRow}`,
    values: [...labels, w.charts.ungraded],
  };
  const overviewValues = (pick: "dataTotal" | "claimedTotal") =>
    summary.files.map((f) => f.review?.[pick] ?? null);
  const span = high - low;
  const axis = (title: string) => ({
    title,
    min: low,
    max: high,
    step: span > 40 ? 10 : span > 10 ? 5 : 1,
  });
  printSetup(ws, w.footer, "1:1");
  ws.pageSetup.printArea = `A1:R34`;
  ws.pageSetup.fitToHeight = 1;
  return [
    {
      kind: "column",
      title: w.charts.grades,
      from: [0, lineRow + 4],
      to: [6, 34],
      xAxis: { title: w.charts.gradeHeaders[0] },
      // Whole units on the count axis while they are few; the chart's own steps beyond.
      yAxis: {
        title: w.charts.countAxis,
        min: 0,
        ...(Math.max(...byData, ...byClaim) <= 10 && { step: 1 }),
      },
      series: [
        {
          name: { ref: `${here}!$B$2`, text: w.charts.gradeHeaders[1] },
          x: gradeCats,
          y: { ref: `${here}!$B$${firstRow}:$B$${ungradedRow}`, values: byData },
          color: DATA_COLOR,
        },
        {
          name: { ref: `${here}!$C$2`, text: w.charts.gradeHeaders[2] },
          x: gradeCats,
          y: { ref: `${here}!$C$${firstRow}:$C$${ungradedRow}`, values: byClaim },
          color: CLAIM_COLOR,
        },
      ],
    },
    {
      kind: "scatter",
      title: w.charts.totals,
      from: [7, 0],
      to: [18, 34],
      xAxis: axis(w.charts.dataAxis),
      yAxis: axis(w.charts.claimedAxis),
      series: [
        {
          name: { text: w.charts.units },
          x: { ref: range(OVERVIEW.dataTotal), values: overviewValues("dataTotal") },
          y: { ref: range(OVERVIEW.claimedTotal), values: overviewValues("claimedTotal") },
          color: DATA_COLOR,
        },
        {
          name: { ref: `${here}!$A$${lineRow + 1}`, text: w.charts.diagonal },
          x: { ref: `${here}!$B$${lineRow + 1}:$C$${lineRow + 1}`, values: [low, high] },
          y: { ref: `${here}!$B$${lineRow + 1}:$C$${lineRow + 1}`, values: [low, high] },
          color: "7F7F7F",
          line: true,
        },
      ],
    },
  ];
}
