import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/pipeline/snapshot";
import { parseCellRef } from "../../src/pipeline/a1";

type Cell = CellValue | { f: string; v?: CellValue; fmt?: string } | { v: CellValue; fmt: string };

/** A snapshot from a few cells: { 'A1': 3, 'B2': { f: 'A1', v: 3 }, 'C3': { v: 0.9, fmt: '0.00%' } }. */
export function sheet(name: string, cells: Record<string, Cell>): SheetSnapshot {
  const refs = Object.keys(cells).map((a) => ({ a, ...parseCellRef(a)! }));
  const bottom = Math.max(1, ...refs.map((r) => r.row));
  const right = Math.max(1, ...refs.map((r) => r.col));
  const grid = <T>(fill: T) => Array.from({ length: bottom }, () => Array<T>(right).fill(fill));
  const s: SheetSnapshot = {
    name,
    top: 1,
    left: 1,
    values: grid<CellValue>(null),
    formulas: grid(""),
    numberFormats: grid("General"),
  };
  for (const r of refs) {
    const c = cells[r.a];
    if (c !== null && typeof c === "object") {
      s.values[r.row - 1][r.col - 1] = "v" in c ? (c.v ?? null) : null;
      if ("f" in c) s.formulas[r.row - 1][r.col - 1] = c.f;
      if (c.fmt) s.numberFormats[r.row - 1][r.col - 1] = c.fmt;
    } else s.values[r.row - 1][r.col - 1] = c;
  }
  return s;
}

export function workbook(
  sheets: SheetSnapshot[],
  names: Record<string, string> = {}
): WorkbookSnapshot {
  return {
    sheets,
    names: Object.entries(names).map(([name, refersTo]) => ({
      name,
      refersTo,
    })),
  };
}
