/**
 * What the pipeline reads from a workbook, whatever the host: every sheet's used cells (value,
 * formula, number format) and the workbook's defined names. Adapters fill it in one pass.
 */

export type CellValue = string | number | boolean | null;

export interface SheetSnapshot {
  name: string;
  /** Row and column (1-based) of values[0][0]. */
  top: number;
  left: number;
  /** Cached values; null for empty cells and for formulas without a cached result. */
  values: CellValue[][];
  /** Formulas without the leading "=", or "" for constants. */
  formulas: string[][];
  numberFormats: string[][];
  hiddenRows?: number[];
}

export interface DefinedName {
  name: string;
  /** What the name refers to, e.g. "'绩效基础数据'!$D$12". */
  refersTo: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: DefinedName[];
}

export interface CellSnapshot {
  value: CellValue;
  formula: string;
  numberFormat: string;
}

const EMPTY: CellSnapshot = {
  value: null,
  formula: "",
  numberFormat: "General",
};

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellSnapshot {
  const r = row - sheet.top;
  const c = col - sheet.left;
  if (r < 0 || c < 0 || r >= sheet.values.length || c >= (sheet.values[r]?.length ?? 0))
    return EMPTY;
  return {
    value: sheet.values[r][c] ?? null,
    formula: sheet.formulas[r]?.[c] ?? "",
    numberFormat: sheet.numberFormats[r]?.[c] ?? "General",
  };
}

export function sheetByName(wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const wanted = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === wanted);
}

export function bottomRow(sheet: SheetSnapshot): number {
  return sheet.top + sheet.values.length - 1;
}

export function rightColumn(sheet: SheetSnapshot): number {
  let widest = 0;
  for (const r of sheet.values) widest = Math.max(widest, r.length);
  return sheet.left + widest - 1;
}

/** The unit a number format writes after the number (0.00"分" → 分), if any. */
export function formatUnit(format: string): string | undefined {
  return /"([^"\d]+)"\s*$/.exec(format.split(";")[0])?.[1].trim() || undefined;
}

/** A percentage number format ("0.00%"): the cell holds 0.9395 for 93.95%. */
export function isPercentFormat(format: string): boolean {
  return /%/.test(format.replace(/"[^"]*"|\\./g, ""));
}
