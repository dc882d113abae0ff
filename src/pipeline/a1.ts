/** A1 addresses: 1-based rows and columns, sheet names quoted the way Excel writes them. */

export function columnName(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function columnNumber(name: string): number {
  return [...name.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function address(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnName(col)}$${row}` : `${columnName(col)}${row}`;
}

/** 'My Sheet'!A1 — quoted unless a plain ASCII name that cannot be read as a cell, with quotes doubled. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheet: string, row: number, col: number, absolute = false): string {
  return `${quoteSheet(sheet)}!${address(row, col, absolute)}`;
}

export interface CellRef {
  sheet?: string;
  row: number;
  col: number;
}

export interface RangeRef {
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "Sheet1!$B$2", "'表1-3 支出'!C7", "C7"; null for anything else. */
export function parseCellRef(text: string): CellRef | null {
  const range = parseRangeRef(text);
  return range && range.top === range.bottom && range.left === range.right
    ? { sheet: range.sheet, row: range.top, col: range.left }
    : null;
}

export function parseRangeRef(text: string): RangeRef | null {
  const t = text.trim().replace(/^=/, "");
  const bang = t.lastIndexOf("!");
  let sheet: string | undefined;
  let rest = t;
  if (bang >= 0) {
    const raw = t.slice(0, bang);
    // 'A'!B1-'A'!C1 is a formula, not a sheet called A'!B1-'A: quotes inside a name come doubled.
    const quoted = /^'((?:[^']|'')+)'$/.exec(raw);
    if (!quoted && !/^[^\s'!+\-*/(),&^=<>:]+$/.test(raw)) return null;
    sheet = quoted ? quoted[1].replace(/''/g, "'") : raw;
    rest = t.slice(bang + 1);
  }
  const [a, b = a] = rest.split(":");
  const m1 = CELL.exec(a);
  const m2 = CELL.exec(b);
  if (!m1 || !m2) return null;
  const [r1, c1, r2, c2] = [Number(m1[2]), columnNumber(m1[1]), Number(m2[2]), columnNumber(m2[1])];
  return {
    sheet,
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}
