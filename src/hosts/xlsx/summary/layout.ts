import type ExcelJS from "exceljs";
import { wrappedLines } from "../../../util/text-width";

/**
 * The looks and page set-up the summary's sheets share: a bold title, headers on a tinted ground,
 * thin borders, A4 landscape with the header rows on every page and the page number in the footer.
 */
const THIN = { style: "thin", color: { argb: "FF9E9E9E" } } as const;
export const BORDER: Partial<ExcelJS.Borders> = {
  top: THIN,
  left: THIN,
  bottom: THIN,
  right: THIN,
};
const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDEBF7" },
};

/** Excel's own "light red fill with dark red text", for a claim above what the data supports. */
export const CLAIM_ABOVE_DATA: Partial<ExcelJS.Style> = {
  fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
  font: { color: { argb: "FF9C0006" } },
};

export const POINTS_FORMAT = "0.00";

/** The workbook's own font, named wherever a look is set: a font without a name prints in a serif in LibreOffice. */
export const FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11 };

export const LINK: Partial<ExcelJS.Font> = {
  ...FONT,
  color: { argb: "FF0563C1" },
  underline: true,
};

export function title(ws: ExcelJS.Worksheet, row: number, text: string, width: number): void {
  ws.mergeCells(row, 1, row, width);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { ...FONT, bold: true, size: row === 1 ? 14 : 10 };
  cell.alignment = { vertical: "middle", wrapText: row > 1 };
  ws.getRow(row).height = row === 1 ? 24 : 30;
}

export function header(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.font = { ...FONT, bold: true };
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

export function body(cell: ExcelJS.Cell, value: ExcelJS.CellValue, numFmt?: string): void {
  cell.value = value;
  cell.border = BORDER;
  if (numFmt) cell.numFmt = numFmt;
  const words = shownText(value);
  cell.alignment =
    words !== undefined && words !== "—"
      ? { vertical: "top", wrapText: true }
      : { vertical: "top", horizontal: "center" };
}

/** The text a cell shows when it is text or a link. */
const shownText = (v: ExcelJS.CellValue): string | undefined =>
  typeof v === "string"
    ? v
    : v !== null && typeof v === "object" && "hyperlink" in v
      ? String(v.text)
      : undefined;

/**
 * Rows as tall as their wrapped text: Excel and LibreOffice keep an .xlsx row's height as written, so
 * a long status or file name would be cut off on screen and on paper.
 */
export function fitRows(ws: ExcelJS.Worksheet, from: number, to: number): void {
  for (let r = from; r <= to; r++) {
    const row = ws.getRow(r);
    let lines = 1;
    row.eachCell((cell, c) => {
      const words = shownText(cell.value);
      const width = ws.getColumn(c).width ?? 9;
      if (words && !cell.isMerged) lines = Math.max(lines, wrappedLines(words, width));
    });
    row.height = 15 * lines;
  }
}

/** A formula with the result it has now, so readers that do not recalculate show it too. */
export const formula = (f: string, result: number | string): ExcelJS.CellFormulaValue => ({
  formula: f,
  result: result as number,
  date1904: false,
});

export function printSetup(
  ws: ExcelJS.Worksheet,
  footer: string,
  titleRows: string,
  options: { titleColumns?: string; acrossPages?: boolean } = {}
): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    // A table wider than a page runs on across pages at a readable size, its first columns repeated.
    ...(options.acrossPages
      ? { fitToPage: false, scale: 80 }
      : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: titleRows,
    ...(options.titleColumns && { printTitlesColumn: options.titleColumns }),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${footer}` };
}
