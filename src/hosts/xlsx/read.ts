import type ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../pipeline/snapshot";

/** An ExcelJS workbook as the pipeline's snapshot: each sheet's used cells and the defined names. */
export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = workbook.worksheets.map((ws) => {
    const top = 1;
    const left = 1;
    const bottom = ws.rowCount;
    const right = ws.columnCount;
    const values: CellValue[][] = [];
    const formulas: string[][] = [];
    const numberFormats: string[][] = [];
    const hiddenRows: number[] = [];
    for (let r = top; r <= bottom; r++) {
      const row = ws.getRow(r);
      if (row.hidden) hiddenRows.push(r);
      const vs: CellValue[] = [];
      const fs: string[] = [];
      const nf: string[] = [];
      for (let c = left; c <= right; c++) {
        const cell = row.getCell(c);
        vs.push(cellValue(cell));
        fs.push(formulaOf(cell));
        nf.push(cell.numFmt || "General");
      }
      values.push(vs);
      formulas.push(fs);
      numberFormats.push(nf);
    }
    return {
      name: ws.name,
      top,
      left,
      values,
      formulas,
      numberFormats,
      hiddenRows,
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
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("formula" in v || "sharedFormula" in v) {
    const result = cell.result as unknown;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && "error" in result)
      return String((result as { error: string }).error);
    return result instanceof Date ? result.toISOString().slice(0, 10) : (result as CellValue);
  }
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("text" in v) return String(v.text);
  if ("error" in v) return String(v.error);
  return null;
}
