import type ExcelJS from "exceljs";
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
import type { ReviewSummary } from "./model";

/**
 * 项目自评: every 绩效自评表 of every workbook, rescored by its rules, beside the total the unit gave; a total
 * above the rules' in red, as on the overview; the findings written out.
 */
export function selfEvalSheet(wb: ExcelJS.Workbook, summary: ReviewSummary): void {
  const w = catalog(summary.locale).review;
  const ws = wb.addWorksheet(w.sheets.selfEval);
  const widths = [6, 22, 30, 28, 16, 12, 12, 9, 9, 9, 11, 6, 60];
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  title(ws, 1, w.selfEval.title, widths.length);
  title(ws, 2, w.selfEval.note, widths.length);
  w.selfEval.headers.forEach((h, i) => header(ws.getCell(3, i + 1), h));
  let r = 3;
  for (const f of summary.files)
    for (const form of f.selfEval ?? []) {
      r++;
      const row = ws.getRow(r);
      const difference =
        form.total !== null && form.printedTotal !== null
          ? Math.round((form.printedTotal - form.total) * 100) / 100
          : "";
      const values: ExcelJS.CellValue[] = [
        r - 3,
        f.unit,
        { text: f.file, hyperlink: f.link },
        form.name,
        form.formTitle,
        form.execution.budget,
        form.execution.spent,
        form.execution.rate,
        form.total,
        form.printedTotal,
        formula(`IF(AND(ISNUMBER(I${r}),ISNUMBER(J${r})),ROUND(J${r}-I${r},2),"")`, difference),
        form.grade ?? w.selfEval.none,
        form.findings.map((x) => x.message).join("\n") || w.selfEval.none,
      ];
      const formats = [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        "#,##0.00",
        "#,##0.00",
        "0.00%",
        POINTS_FORMAT,
        POINTS_FORMAT,
        POINTS_FORMAT,
      ];
      values.forEach((v, c) => body(row.getCell(c + 1), v, formats[c]));
      row.getCell(3).font = LINK;
    }
  const last = Math.max(4, r);
  fitRows(ws, 4, last);
  ws.autoFilter = `A3:M${last}`;
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 3 }];
  ws.addConditionalFormatting({
    ref: `A4:M${last}`,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ["AND(ISNUMBER($K4),$K4>0)"],
        style: CLAIM_ABOVE_DATA,
      },
    ],
  });
  printSetup(ws, w.footer, "3:3");
}
