import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../workbook/snapshot';

/**
 * Reads every sheet's used range, which of its rows are hidden, and the workbook's names in two round
 * trips, however many sheets and cells there are: the first learns the sheet names, the second loads
 * all used ranges at once (with the visible rows of their first column, to tell hidden rows).
 */
export async function readSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name,items/type,items/formula');
  await context.sync();

  const used = sheets.items.map((ws) => {
    // A blank sheet's used range is its A1, never a null object, so the visible view can be asked for in the same batch.
    const range = ws.getUsedRange();
    range.load('rowIndex,columnIndex,values,formulas,numberFormat');
    const visible = range.getColumn(0).getVisibleView();
    visible.load('cellAddresses');
    return { name: ws.name, range, visible };
  });
  await context.sync();

  const snapshots: SheetSnapshot[] = used.map(({ name, range, visible }) => {
    const top = range.rowIndex + 1;
    const shown = new Set(visible.cellAddresses.map((row) => Number(/(\d+)$/.exec(String(row[0]))?.[1])));
    return {
      name,
      top,
      left: range.columnIndex + 1,
      values: range.values.map((row) => row.map(cellValue)),
      formulas: range.formulas.map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f.slice(1) : ''))),
      numberFormats: range.numberFormat.map((row) => row.map((f) => String(f ?? 'General'))),
      hiddenRows: range.values.map((_, i) => top + i).filter((r) => !shown.has(r)),
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
