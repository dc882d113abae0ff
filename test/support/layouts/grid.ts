import ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/pipeline/snapshot";
import { chance, pick, round2, type Rng } from "./truth";

/**
 * A drawn table as cells relative to its top-left corner, and the two ways a host hands it over: an .xlsx
 * file read back by ExcelJS (a merged area repeats its text in every cell) and Office.js's `values`
 * (a merged area's text in its top-left cell only, "" elsewhere).
 */

export type Cell = null | string | number | { v: string | number; fmt?: string };

export interface Drawn {
  /** The shape the reference calls it (label-rows, transposed, record, key-column, period, status, text). */
  shape: string;
  rows: Cell[][];
  /** [row, col, lastRow, lastCol], 0-based inside the table. */
  merges: [number, number, number, number][];
  /** Rows (0-based inside the table) hidden in the sheet. */
  hidden: number[];
  /** The inputs this table holds, in the input's own unit (万元, a count, %). */
  holds: Record<string, number>;
  /**
   * Inputs a reader works out from this table's figures (调整、调剂资金 = 调整预算 − 年初预算, netted): true only
   * where no table of the workbook states them (a 调增/调减 table counts both in full).
   */
  derived?: Record<string, number>;
}

export interface PlacedSheet {
  name: string;
  cells: Map<string, Cell>;
  merges: [number, number, number, number][];
  hidden: number[];
}

/** How a unit writes figures: a number, text with separators, full-width digits; in 元 or 万元. */
export class Writer {
  constructor(
    private readonly rng: Rng,
    readonly unit: "元" | "万元",
    private readonly asText: number
  ) {}

  amount(wanValue: number): Cell {
    const v = this.unit === "元" ? Math.round(wanValue * 10000) : round2(wanValue);
    if (v === 0 && chance(this.rng, 0.4)) return pick(this.rng, ["—", "-", "--", ""]);
    if (!chance(this.rng, this.asText)) return v;
    const text = v.toLocaleString("en-US", {
      minimumFractionDigits: this.unit === "元" ? 0 : 2,
      maximumFractionDigits: 2,
    });
    return chance(this.rng, 0.15) ? fullWidth(text) : text;
  }

  count(n: number): Cell {
    return chance(this.rng, this.asText / 2) ? String(n) : n;
  }

  /** A percentage (in %): a fraction formatted 0.00%, or "36.18%" as text. */
  percent(p: number): Cell {
    const v = round2(p);
    return chance(this.rng, this.asText) ? `${v.toFixed(2)}%` : { v: v / 100, fmt: "0.00%" };
  }

  unitLine(): string {
    return pick(this.rng, [`单位：${this.unit}`, `金额单位：${this.unit}`, `单位:${this.unit}`]);
  }
}

function fullWidth(s: string): string {
  return s.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

export const key = (r: number, c: number) => `${r},${c}`;

export function place(sheet: PlacedSheet, t: Drawn, top: number, left: number): void {
  t.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && cell !== "") sheet.cells.set(key(top + r, left + c), cell);
    })
  );
  for (const [r1, c1, r2, c2] of t.merges)
    sheet.merges.push([top + r1, left + c1, top + r2, left + c2]);
  for (const r of t.hidden) sheet.hidden.push(top + r);
}

export async function toXlsx(sheets: PlacedSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [k, cell] of s.cells) {
      const [r, c] = k.split(",").map(Number);
      const target = ws.getCell(r, c);
      if (cell !== null && typeof cell === "object") {
        target.value = cell.v;
        if (cell.fmt) target.numFmt = cell.fmt;
      } else target.value = cell;
    }
    for (const [r1, c1, r2, c2] of s.merges) ws.mergeCells(r1, c1, r2, c2);
    for (const r of s.hidden) ws.getRow(r).hidden = true;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** What the Office host reads from Range.values: a merged area keeps its text in its first cell only. */
export function toOfficeSnapshot(sheets: PlacedSheet[]): WorkbookSnapshot {
  return {
    names: [],
    sheets: sheets.map((s): SheetSnapshot => {
      const keys = [...s.cells.keys()].map((k) => k.split(",").map(Number));
      const bottom = Math.max(1, ...keys.map(([r]) => r), ...s.merges.map((m) => m[2]));
      const right = Math.max(1, ...keys.map(([, c]) => c), ...s.merges.map((m) => m[3]));
      const values: CellValue[][] = [];
      const formats: string[][] = [];
      for (let r = 1; r <= bottom; r++) {
        const vs: CellValue[] = [];
        const fs: string[] = [];
        for (let c = 1; c <= right; c++) {
          const cell = s.cells.get(key(r, c)) ?? null;
          const covered = s.merges.some(
            ([r1, c1, r2, c2]) => r >= r1 && r <= r2 && c >= c1 && c <= c2 && (r > r1 || c > c1)
          );
          const v = cell !== null && typeof cell === "object" ? cell.v : cell;
          // The Office host turns "" into null, as it does for every empty cell.
          vs.push(covered || v === "" ? null : (v ?? null));
          fs.push(cell !== null && typeof cell === "object" && cell.fmt ? cell.fmt : "General");
        }
        values.push(vs);
        formats.push(fs);
      }
      return {
        name: s.name,
        top: 1,
        left: 1,
        values,
        formulas: values.map((row) => row.map(() => "")),
        numberFormats: formats,
        hiddenRows: [...s.hidden],
      };
    }),
  };
}
