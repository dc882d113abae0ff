import { address, columnName } from "../../pipeline/a1";
import {
  cellText,
  type CellStyle,
  type SheetPlan,
  type Validation,
} from "../../pipeline/sheets/plan";
import { FONT, STYLES } from "../../pipeline/sheets/styles";

/**
 * A value written as the value it is: Excel reads a text that starts like a formula (=, +, -, @) as one,
 * so such a text goes in behind the apostrophe that marks typed text — the add-in never writes a formula
 * it did not make, whatever a unit, a clerk or a framework put in a text.
 */
export function literal(v: string | number | boolean): string | number | boolean {
  if (typeof v !== "string") return v;
  const text = cellText(v);
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** Points per character of column width (Excel's default font is about 7 pt a character). */
const POINTS_PER_CHAR = 7;
/** Cells per getRanges() call: an address list must stay short. */
const AREAS_PER_CALL = 150;

/**
 * Queues the whole planned sheet — cells, formats, merges, validations, page setup — on the context.
 * Nothing is synced here: the caller syncs once, so a sheet of any size costs one round trip.
 */
export function queuePlannedSheet(context: Excel.RequestContext, plan: SheetPlan): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(plan.name);
  const bottom = Math.max(...plan.cells.map((c) => c.row));
  const right = Math.max(...plan.cells.map((c) => c.col));
  const formulas: (string | number | boolean)[][] = Array.from({ length: bottom }, () =>
    Array<string | number | boolean>(right).fill("")
  );
  const formats: string[][] = Array.from({ length: bottom }, () =>
    Array<string>(right).fill("General")
  );
  for (const cell of plan.cells) {
    const v = cell.formula !== undefined ? `=${cell.formula}` : cell.value;
    if (v !== undefined && v !== null && typeof v !== "object")
      formulas[cell.row - 1][cell.col - 1] = cell.formula === undefined ? literal(v) : v;
    if (cell.numberFormat) formats[cell.row - 1][cell.col - 1] = cell.numberFormat;
  }
  const all = ws.getRange(`A1:${address(bottom, right)}`);
  all.numberFormat = formats;
  all.formulas = formulas;
  all.format.font.name = FONT;
  all.format.font.size = 10.5;

  const byStyle = new Map<CellStyle, string[]>();
  for (const cell of plan.cells)
    if (cell.style)
      byStyle.set(cell.style, [...(byStyle.get(cell.style) ?? []), address(cell.row, cell.col)]);
  for (const [style, cells] of byStyle) {
    for (let i = 0; i < cells.length; i += AREAS_PER_CALL)
      styleAreas(ws.getRanges(cells.slice(i, i + AREAS_PER_CALL).join(",")), style);
  }
  for (const m of plan.merges)
    ws.getRange(`${address(m.top, m.left)}:${address(m.bottom, m.right)}`).merge(false);
  plan.columnWidths.forEach((w, i) => {
    if (w)
      ws.getRange(`${columnName(i + 1)}:${columnName(i + 1)}`).format.columnWidth =
        w * POINTS_PER_CHAR;
  });
  for (const [row, height] of Object.entries(plan.rowHeights))
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const v of plan.validations) queueValidation(ws, v);
  if (plan.freezeRows) ws.freezePanes.freezeRows(plan.freezeRows);
  ws.showGridlines = false;
  ws.pageLayout.orientation = plan.landscape ? "Landscape" : "Portrait";
  ws.pageLayout.paperSize = "A4";
  ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  ws.pageLayout.centerHorizontally = true;
  if (plan.printTitleRows)
    ws.pageLayout.setPrintTitleRows(`$${plan.printTitleRows[0]}:$${plan.printTitleRows[1]}`);
  if (plan.printAreas?.length)
    ws.pageLayout.setPrintArea(
      plan.printAreas
        .map((a) => `${address(a.top, a.left)}:${address(a.bottom, a.right)}`)
        .join(",")
    );
  for (const row of plan.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${row}`);
  for (const col of plan.hiddenColumns ?? [])
    ws.getRange(`${columnName(col)}:${columnName(col)}`).columnHidden = true;
  if (plan.footer) ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = plan.footer;
  if (plan.veryHidden) ws.visibility = "VeryHidden";
  else ws.activate();
  return ws;
}

function styleAreas(areas: Excel.RangeAreas, style: CellStyle): void {
  const spec = STYLES[style];
  const f = areas.format;
  if (spec.bold) f.font.bold = true;
  if (spec.italic) f.font.italic = true;
  if (spec.size) f.font.size = spec.size;
  if (spec.color) f.font.color = `#${spec.color}`;
  if (spec.fill) f.fill.color = `#${spec.fill}`;
  if (spec.wrap) f.wrapText = true;
  if (spec.horizontal)
    f.horizontalAlignment =
      spec.horizontal === "left" ? "Left" : spec.horizontal === "center" ? "Center" : "Right";
  f.verticalAlignment = spec.vertical === "top" ? "Top" : "Center";
  if (spec.border) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ] as const) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.color = "#C8C6C4";
    }
  }
}

function queueValidation(ws: Excel.Worksheet, v: Validation): void {
  const dv = ws.getRange(`${address(v.top, v.left)}:${address(v.bottom, v.right)}`).dataValidation;
  if (v.kind === "list")
    dv.rule = {
      list: { inCellDropDown: true, source: (v.options ?? []).join(",") },
    };
  else {
    const basic =
      v.max !== undefined
        ? { formula1: v.min ?? 0, formula2: v.max, operator: "Between" }
        : { formula1: v.min ?? 0, operator: "GreaterThanOrEqualTo" };
    dv.rule =
      v.kind === "whole"
        ? { wholeNumber: basic as Excel.BasicDataValidation }
        : { decimal: basic as Excel.BasicDataValidation };
  }
  dv.errorAlert = {
    showAlert: true,
    style: v.lenient ? "Information" : "Stop",
    title: v.error.title,
    message: v.error.message,
  };
  if (v.prompt)
    dv.prompt = {
      showPrompt: true,
      title: v.prompt.title,
      message: v.prompt.message,
    };
}
