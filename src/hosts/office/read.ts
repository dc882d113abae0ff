import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../workbook/snapshot';

/**
 * Reads every sheet's used range and the workbook's names in two round trips, however many sheets
 * and cells there are: the first learns the sheet names, the second loads all used ranges at once.
 */
export async function readSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name,items/type,items/formula');
  await context.sync();

  const used = sheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject();
    range.load('isNullObject,rowIndex,columnIndex,values,formulas,numberFormat');
    return { name: ws.name, range };
  });
  await context.sync();

  const snapshots: SheetSnapshot[] = used.map(({ name, range }) => {
    if (range.isNullObject) return { name, top: 1, left: 1, values: [], formulas: [], numberFormats: [] };
    return {
      name,
      top: range.rowIndex + 1,
      left: range.columnIndex + 1,
      values: range.values.map((row) => row.map(cellValue)),
      formulas: range.formulas.map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f.slice(1) : ''))),
      numberFormats: range.numberFormat.map((row) => row.map((f) => String(f ?? 'General'))),
    };
  });
  const defined = names.items
    .filter((n) => String(n.type) === 'Range')
    .map((n) => ({ name: n.name, refersTo: String(n.formula).replace(/^=/, '') }));
  return { sheets: snapshots, names: defined };
}

/** Office returns "" for an empty cell; the pipeline calls that null. */
function cellValue(v: unknown): CellValue {
  if (v === '' || v === undefined) return null;
  return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : String(v);
}
