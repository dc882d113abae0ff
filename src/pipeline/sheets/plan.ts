import type { CellValue } from "../snapshot";

/**
 * A sheet to add, as data: what each cell holds and how it looks. Hosts only apply it, so the score
 * sheet and the template come out the same in Excel, in an .xlsx file and in the browser.
 */

/** The few looks the add-in's sheets use; each host maps them to its own formatting. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "header"
  | "section"
  | "label"
  | "level"
  | "text"
  | "wrap"
  | "number"
  | "input"
  | "total"
  | "override"
  | "note"
  | "source"
  | "key";

export interface CellPlan {
  row: number;
  col: number;
  /** The cell's value; beside a formula, the result a file caches for readers that do not recalculate. */
  value?: CellValue | { error: string };
  /** A formula without the leading "=". */
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

export interface Validation {
  /** Rows and columns (1-based, inclusive) the rule covers. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  kind: "list" | "decimal" | "whole";
  /** List entries, or the minimum for numbers. */
  options?: string[];
  min?: number;
  max?: number;
  /** A list that also accepts other entries (partial points beside 是/否). */
  lenient?: boolean;
  /** What Excel says when it refuses an entry, and the note it shows on the cell, in the sheet's language. */
  error: { title: string; message: string };
  prompt?: { title: string; message: string };
}

/** A value written into a cell of an existing sheet (the template cells the user fills in through the pane). */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  value: string | number | null;
}

/** Rows and columns, 1-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetPlan {
  name: string;
  cells: CellPlan[];
  merges: Area[];
  /** Widths in characters, for columns 1…n. */
  columnWidths: number[];
  rowHeights: Record<number, number>;
  freezeRows: number;
  /** Rows repeated at the top of every printed page. */
  printTitleRows?: [number, number];
  /** What prints, each area on pages of its own. */
  printAreas?: Area[];
  /** The first row of each page that starts where the add-in chose, not where the page ran out. */
  rowBreaks?: number[];
  /** Columns the formulas need but nobody reads (the data block's input keys). */
  hiddenColumns?: number[];
  /** A sheet of the add-in's own data, out of the user's way (the framework a workbook is scored with). */
  veryHidden?: boolean;
  landscape: boolean;
  validations: Validation[];
  /** Where each indicator's row is, by indicator id, for linking findings to it. */
  anchors?: Record<string, number>;
  /** The printed page's footer, in Excel's header/footer codes (&P page, &N pages). */
  footer?: string;
}

export function emptyPlan(name: string): SheetPlan {
  return {
    name,
    cells: [],
    merges: [],
    columnWidths: [],
    rowHeights: {},
    freezeRows: 0,
    landscape: true,
    validations: [],
  };
}

/** The add-in never replaces a sheet: a taken name gets " (2)", " (3)"… as Excel does for copies. */
export function uniqueSheetName(wanted: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The most characters a cell holds (Excel's limit). */
export const CELL_CHARACTERS = 32_767;

/**
 * A text as a cell can hold it: characters no workbook may contain (control characters but tab and line
 * breaks, unpaired surrogates) left out, and cut at Excel's limit with a mark that it was cut.
 */
export function cellText(text: string): string {
  let clean = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = c >= 0xd800 && c <= 0xdbff;
    const low = c >= 0xdc00 && c <= 0xdfff;
    const paired =
      high &&
      i + 1 < text.length &&
      text.charCodeAt(i + 1) >= 0xdc00 &&
      text.charCodeAt(i + 1) <= 0xdfff;
    if (paired) {
      clean += text[i] + text[i + 1];
      i++;
    } else if (!(
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
      c === 0xfffe ||
      c === 0xffff ||
      high ||
      low
    ))
      clean += text[i];
  }
  return clean.length > CELL_CHARACTERS ? `${clean.slice(0, CELL_CHARACTERS - 1)}…` : clean;
}
