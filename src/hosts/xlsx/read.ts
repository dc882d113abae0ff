import type ExcelJS from "exceljs";
import { address } from "../../pipeline/a1";
import { LIMITS, LimitExceeded } from "../../pipeline/limits";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../pipeline/snapshot";

/**
 * An ExcelJS workbook as the pipeline's snapshot: each sheet from its first to its last cell that holds
 * something (a value or a formula), and the defined names. A sheet is sized by its cells, never by its
 * dimension tag or a formatted cell far away; one whose cells span more than LIMITS.sheetArea is refused
 * with its sheet and farthest cell named.
 */
export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = workbook.worksheets.map((ws) => {
    const cells: { r: number; c: number; cell: ExcelJS.Cell }[] = [];
    const hiddenRows: number[] = [];
    let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (row.hidden) hiddenRows.push(r);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cellValue(cell) === null && !formulaOf(cell)) return;
        cells.push({ r, c, cell });
        [top, left, bottom, right] = [
          Math.min(top, r),
          Math.min(left, c),
          Math.max(bottom, r),
          Math.max(right, c),
        ];
      });
    });
    if (!cells.length) [top, left, bottom, right] = [1, 1, 0, 0];
    const area = (bottom - top + 1) * (right - left + 1);
    if (area > LIMITS.sheetArea)
      throw new LimitExceeded("sheetArea", `${ws.name}!${address(bottom, right)}`, area);
    const grid = <T>(fill: T): T[][] =>
      Array.from({ length: bottom - top + 1 }, () => Array<T>(right - left + 1).fill(fill));
    const values = grid<CellValue>(null);
    const formulas = grid("");
    const numberFormats = grid("General");
    for (const { r, c, cell } of cells) {
      values[r - top][c - left] = cellValue(cell);
      formulas[r - top][c - left] = formulaOf(cell);
      numberFormats[r - top][c - left] = cell.numFmt || "General";
    }
    return {
      name: ws.name,
      top,
      left,
      values,
      formulas,
      numberFormats,
      hiddenRows: hiddenRows.filter((r) => r >= top && r <= bottom),
    };
  });
  const names = (workbook.definedNames.model as { name: string; ranges: string[] }[])
    .filter((n) => n.ranges.length === 1)
    .map((n) => ({ name: n.name, refersTo: n.ranges[0] }));
  return { sheets, names };
}

function formulaOf(cell: ExcelJS.Cell): string {
  const v = cell.value as { formula?: string; sharedFormula?: string } | null;
  if (!v || typeof v !== "object") return "";
  return cell.formula ?? v.formula ?? "";
}

/**
 * What Excel would show: a formula's cached result, rich text as text, an error as its code. A formula's
 * result is read from the cell itself: ExcelJS's `cell.value` leaves out a result of 0, false or "".
 */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  // A file may hold "NaN" or "INF" where a number goes: it stays that text, which no input reads as a figure.
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("formula" in v || "sharedFormula" in v) {
    const result = cell.result as unknown;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && "error" in result)
      return String((result as { error: string }).error);
    if (typeof result === "number" && !Number.isFinite(result)) return String(result);
    return result instanceof Date ? result.toISOString().slice(0, 10) : (result as CellValue);
  }
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("text" in v) return String(v.text);
  if ("error" in v) return String(v.error);
  return null;
}
