import { parseValue } from "../../../core";
import { evaluateCell, isStale } from "../../formula-eval";
import type { SheetSnapshot, WorkbookSnapshot } from "../../snapshot";
import { toSimplified } from "./simplified";

/** One sheet's cells sorted into figures and texts, read once; everything else asks it. */

export const EMPTY = 0;
export const FIGURE = 1;
export const TEXT = 2;

export const UNIT_LINE = /单位[:：]\s*(万元|千元|亿元|元|人|个|件)/;

/** A 栏次 row: labelled 栏次 or 行次, or nothing but the column numbers 1, 2, 3 … in order. */
function isColumnNumbers(values: readonly unknown[], kinds: Uint8Array): boolean {
  const texts: string[] = [];
  const numbers: unknown[] = [];
  values.forEach((v, c) => {
    if (kinds[c] === TEXT) texts.push(String(v).replace(/\s/g, ""));
    else if (kinds[c] === FIGURE) numbers.push(v);
  });
  if (texts.some((t) => t === "栏次" || t === "行次")) return texts.length <= 3;
  if (texts.length) return false;
  return numbers.length >= 3 && numbers.every((v, i) => v === i + 1);
}

export class Grid {
  readonly kinds: Uint8Array[];
  readonly hidden: Set<number>;
  /** 栏次 rows: no data and no header, but part of their table (not a gap between tables). */
  readonly numbered = new Set<number>();
  /** Texts per row, for telling title rows, header rows and labelled rows apart. */
  readonly textCount: Uint16Array;
  readonly figureCount: Uint16Array;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;

  constructor(
    readonly wb: WorkbookSnapshot,
    readonly sheet: SheetSnapshot
  ) {
    this.top = sheet.top;
    this.left = sheet.left;
    this.hidden = new Set(sheet.hiddenRows ?? []);
    let width = 0;
    this.kinds = sheet.values.map((row, r) => {
      const kinds = new Uint8Array(row.length);
      row.forEach((v, c) => {
        if (typeof v === "number" || typeof v === "boolean") kinds[c] = FIGURE;
        // "3月末" and "2021年预算数" are labels, not numbers with a unit: only plain figures (and %) count as values.
        else if (typeof v === "string" && v.trim() !== "")
          kinds[c] = parseValue(v, { type: "percent" }).kind === "problem" ? TEXT : FIGURE;
        else if (sheet.formulas[r]?.[c]) kinds[c] = FIGURE;
      });
      width = Math.max(width, row.length);
      if (isColumnNumbers(row, kinds)) {
        kinds.fill(EMPTY);
        this.numbered.add(sheet.top + r);
      }
      return kinds;
    });
    this.bottom = this.top + this.kinds.length - 1;
    this.right = this.left + width - 1;
    this.textCount = new Uint16Array(this.kinds.length);
    this.figureCount = new Uint16Array(this.kinds.length);
    this.kinds.forEach((k, r) => {
      for (const x of k) {
        if (x === TEXT) this.textCount[r]++;
        else if (x === FIGURE) this.figureCount[r]++;
      }
    });
  }

  kind(row: number, col: number): number {
    return this.kinds[row - this.top]?.[col - this.left] ?? EMPTY;
  }

  /** A text cell as the reader reads it: traditional characters (a mirror site's 實有人數) simplified. */
  text(row: number, col: number): string | undefined {
    return this.kind(row, col) === TEXT
      ? toSimplified(String(this.sheet.values[row - this.top][col - this.left]))
      : undefined;
  }

  texts(row: number): number {
    return this.textCount[row - this.top] ?? 0;
  }

  figures(row: number): number {
    return this.figureCount[row - this.top] ?? 0;
  }

  isBlank(row: number): boolean {
    return this.texts(row) === 0 && this.figures(row) === 0 && !this.numbered.has(row);
  }

  /** The cell's value as Excel shows it: a formula's cached result, checked or worked out where we can. */
  value(row: number, col: number): unknown {
    const v = this.sheet.values[row - this.top]?.[col - this.left];
    if (!this.sheet.formulas[row - this.top]?.[col - this.left]) return v;
    // A total whose saved result its formula does not give: the table says one figure, Excel another.
    if (isStale(this.wb, this.sheet.name, row, col)) return null;
    const e = evaluateCell(this.wb, this.sheet.name, row, col);
    return e.ok ? e.value : null;
  }

  numberFormat(row: number, col: number): string {
    return this.sheet.numberFormats[row - this.top]?.[col - this.left] ?? "General";
  }

  /** Row texts left to right, for titles and notes. */
  rowTexts(row: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    const k = this.kinds[row - this.top];
    if (!k) return out;
    k.forEach((x, c) => {
      if (x === TEXT) out.push({ col: this.left + c, text: this.text(row, this.left + c)! });
    });
    return out;
  }
}
