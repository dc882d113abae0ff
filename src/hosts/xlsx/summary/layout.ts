import type ExcelJS from "exceljs";

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

export const LINK: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

export function title(ws: ExcelJS.Worksheet, row: number, text: string, width: number): void {
  ws.mergeCells(row, 1, row, width);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size: row === 1 ? 14 : 10 };
  cell.alignment = { vertical: "middle", wrapText: row > 1 };
  ws.getRow(row).height = row === 1 ? 24 : 30;
}

export function header(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.font = { bold: true };
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

export function body(cell: ExcelJS.Cell, value: ExcelJS.CellValue, numFmt?: string): void {
  cell.value = value;
  cell.border = BORDER;
  if (numFmt) cell.numFmt = numFmt;
  cell.alignment = {
    vertical: "top",
    wrapText: typeof value === "string",
    ...(typeof value !== "string" || value === "—" ? { horizontal: "center" } : {}),
  };
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
