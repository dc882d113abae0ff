import type ExcelJS from 'exceljs';
import { columnName } from '../../workbook/a1';
import type { SheetPlan, Validation } from '../../workbook/plan';
import { FONT, STYLES, type StyleSpec } from '../../workbook/styles';

const THIN = { style: 'thin' as const, color: { argb: 'FFC8C6C4' } };

function excelStyle(spec: StyleSpec): Partial<ExcelJS.Style> {
  return {
    font: { name: FONT, size: spec.size ?? 10.5, bold: spec.bold, italic: spec.italic, color: { argb: `FF${spec.color ?? '201F1E'}` } },
    alignment: { wrapText: spec.wrap, horizontal: spec.horizontal, vertical: spec.vertical ?? 'middle' },
    ...(spec.fill && { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${spec.fill}` } } }),
    ...(spec.border && { border: { top: THIN, left: THIN, bottom: THIN, right: THIN } }),
  };
}

/** Adds the planned sheet to an ExcelJS workbook. Existing sheets are not touched. */
export function addPlannedSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(plan.name, {
    views: [{ state: 'frozen', ySplit: plan.freezeRows, xSplit: 0, showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: plan.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(plan.printTitleRows && { printTitlesRow: `${plan.printTitleRows[0]}:${plan.printTitleRows[1]}` }),
      // ExcelJS prefixes each corner's column with "$"; the rows' "$" makes the range absolute, which LibreOffice needs.
      ...(plan.printArea && { printArea: `A$1:${columnName(plan.printArea.right)}$${plan.printArea.bottom}` }),
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  plan.columnWidths.forEach((w, i) => {
    if (w) ws.getColumn(i + 1).width = w;
  });
  for (const cell of plan.cells) {
    const c = ws.getCell(cell.row, cell.col);
    if (cell.formula !== undefined) c.value = { formula: cell.formula, ...(cell.value !== undefined && cell.value !== null && { result: cell.value }) } as ExcelJS.CellFormulaValue;
    else if (cell.value !== undefined) c.value = cell.value as ExcelJS.CellValue;
    if (cell.style) c.style = excelStyle(STYLES[cell.style]);
    if (cell.numberFormat) c.numFmt = cell.numberFormat;
  }
  for (const m of plan.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const [row, height] of Object.entries(plan.rowHeights)) ws.getRow(Number(row)).height = height;
  for (const v of plan.validations) addValidation(ws, v);
  return ws;
}

function addValidation(ws: ExcelJS.Worksheet, v: Validation): void {
  const rule: ExcelJS.DataValidation =
    v.kind === 'list'
      ? { type: 'list', allowBlank: true, formulae: [`"${(v.options ?? []).join(',')}"`] }
      : { type: v.kind, allowBlank: true, operator: v.max !== undefined ? 'between' : 'greaterThanOrEqual', formulae: v.max !== undefined ? [v.min ?? 0, v.max] : [v.min ?? 0] };
  Object.assign(rule, {
    showErrorMessage: true,
    errorStyle: v.lenient ? 'information' : 'stop',
    errorTitle: '请检查输入',
    error: v.kind === 'list' ? `请选择：${(v.options ?? []).join('、')}` : v.max !== undefined ? `请输入 ${v.min ?? 0} 至 ${v.max} 之间的数` : '请输入不小于0的数',
    ...(v.prompt && { showInputMessage: true, prompt: v.prompt }),
  });
  for (let r = v.top; r <= v.bottom; r++) for (let c = v.left; c <= v.right; c++) ws.getCell(`${columnName(c)}${r}`).dataValidation = rule;
}
