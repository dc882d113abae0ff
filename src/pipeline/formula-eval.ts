import { address, parseRangeRef } from "./a1";
import { LIMITS } from "./limits";
import {
  bottomRow,
  cellAt,
  rightColumn,
  sheetByName,
  type CellValue,
  type WorkbookSnapshot,
} from "./snapshot";

/**
 * A cell's value as Excel would show it. Files written by Excel carry each formula's cached result;
 * files written by other programs may carry none, or one that no longer matches the cells it refers
 * to (saved by a tool that does not recalculate). Plain references and SUM over cells and ranges are
 * worked out here, and win over a cached result that disagrees; in a workbook where some did, the
 * results of formulas that cannot be worked out here are not trusted: the cell needs recalculating.
 */
/** `needsRecalc` names the cell for a message (表1-3 支出!C7), not for a formula. */
export type Evaluated = { ok: true; value: CellValue } | { ok: false; needsRecalc: string };

/**
 * Work done on one workbook: each formula cell is worked out once (a chain of SUMs over SUMs is linear,
 * not exponential), a cell met again while it is being worked out is a cycle, and the steps and depth are
 * bounded (LIMITS): past them, formulas are left to Excel and the workbook says so.
 */
interface Work {
  done: Map<string, Evaluated>;
  steps: number;
  limited: boolean;
}
const works = new WeakMap<WorkbookSnapshot, Work>();
const CYCLE: Evaluated = { ok: false, needsRecalc: "" };

function workOf(wb: WorkbookSnapshot): Work {
  let w = works.get(wb);
  if (!w) works.set(wb, (w = { done: new Map(), steps: 0, limited: false }));
  return w;
}

export function evaluateCell(
  wb: WorkbookSnapshot,
  sheetName: string,
  row: number,
  col: number,
  depth = 0
): Evaluated {
  const sheet = sheetByName(wb, sheetName);
  if (!sheet) return { ok: true, value: null };
  const cell = cellAt(sheet, row, col);
  if (!cell.formula) return { ok: true, value: cell.value };
  const here = `${sheet.name}!${address(row, col)}`;
  const work = workOf(wb);
  const known = work.done.get(here);
  if (known) return known === CYCLE ? { ok: false, needsRecalc: here } : known;
  if (depth > LIMITS.formulaDepth) {
    work.limited = true;
    return { ok: false, needsRecalc: here };
  }
  work.done.set(here, CYCLE);
  const result = evaluated(wb, sheet.name, row, col, cell.value, cell.formula, depth);
  work.done.set(here, result);
  return result;
}

function evaluated(
  wb: WorkbookSnapshot,
  sheetName: string,
  row: number,
  col: number,
  cached: CellValue,
  formula: string,
  depth: number
): Evaluated {
  const worked = workOut(wb, sheetName, row, col, formula, depth);
  if (cached === null) return worked;
  // Excel's own result where it agrees (its sums are rounded as it shows them), ours where it does not.
  if (worked.ok) return same(cached, worked.value) ? { ok: true, value: cached } : worked;
  return staleCells(wb).stale.length ? worked : { ok: true, value: cached };
}

/** A formula's result from the cells it refers to, where it is a plain reference or a SUM. */
function workOut(
  wb: WorkbookSnapshot,
  sheetName: string,
  row: number,
  col: number,
  formula: string,
  depth: number
): Evaluated {
  const here = `${sheetName}!${address(row, col)}`;
  const f = formula.trim();
  const sum = /^SUM\((.*)\)$/i.exec(f);
  if (sum) return sumOf(wb, sheetName, sum[1], depth, here);
  const ref = parseRangeRef(f);
  if (ref && ref.sheet !== undefined && !sheetByName(wb, ref.sheet))
    return { ok: false, needsRecalc: here };
  if (ref && ref.top === ref.bottom && ref.left === ref.right) {
    const target = evaluateCell(wb, ref.sheet ?? sheetName, ref.top, ref.left, depth + 1);
    return target.ok && target.value === null ? { ok: true, value: 0 } : target;
  }
  return { ok: false, needsRecalc: here };
}

export interface StaleCell {
  cell: string;
  cached: CellValue;
  worked: CellValue;
}

const staleCache = new WeakMap<
  WorkbookSnapshot,
  { stale: StaleCell[]; unchecked: string[]; limited: boolean }
>();

/**
 * The formula cells whose saved result disagrees with the cells they refer to, and the formulas that
 * cannot be checked here: the sign of a file saved without recalculating, and what it leaves in doubt.
 * `limited` when the workbook's formulas needed more work than LIMITS allows.
 */
export function staleCells(wb: WorkbookSnapshot): {
  stale: StaleCell[];
  unchecked: string[];
  limited: boolean;
} {
  let found = staleCache.get(wb);
  if (found) return found;
  found = { stale: [], unchecked: [], limited: false };
  // Set before the scan: a cell referring back to the scan sees no staleness yet, as it should.
  staleCache.set(wb, found);
  for (const sheet of wb.sheets)
    sheet.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        const cached = sheet.values[r][c];
        if (!formula || cached === null) return;
        const at = { row: sheet.top + r, col: sheet.left + c };
        const worked = workOut(wb, sheet.name, at.row, at.col, formula, 0);
        const cell = `${sheet.name}!${address(at.row, at.col)}`;
        if (!worked.ok) found!.unchecked.push(cell);
        else if (!same(cached, worked.value))
          found!.stale.push({ cell, cached, worked: worked.value });
      })
    );
  found.limited = workOf(wb).limited;
  return found;
}

const staleSets = new WeakMap<WorkbookSnapshot, Set<string>>();

/** Whether the cell's saved result disagrees with what its formula gives. */
export function isStale(wb: WorkbookSnapshot, sheet: string, row: number, col: number): boolean {
  let set = staleSets.get(wb);
  if (!set) staleSets.set(wb, (set = new Set(staleCells(wb).stale.map((s) => s.cell))));
  return set.has(`${sheet}!${address(row, col)}`);
}

/** Equal as Excel shows them: numbers to the last rounding of a sum. */
function same(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

function sumOf(
  wb: WorkbookSnapshot,
  sheetName: string,
  args: string,
  depth: number,
  here: string
): Evaluated {
  let total = 0;
  for (const arg of splitArgs(args)) {
    const n = Number(arg);
    if (arg !== "" && Number.isFinite(n)) {
      total += n;
      continue;
    }
    const ref = parseRangeRef(arg);
    const sheet = ref && sheetByName(wb, ref.sheet ?? sheetName);
    if (!ref || !sheet) return { ok: false, needsRecalc: here };
    // A range reaches only the cells the sheet has: SUM(A:A) or SUM(A1:XFD1048576) is the used cells.
    const work = workOf(wb);
    const [bottom, right] = [
      Math.min(ref.bottom, bottomRow(sheet)),
      Math.min(ref.right, rightColumn(sheet)),
    ];
    for (let r = Math.max(ref.top, sheet.top); r <= bottom; r++) {
      for (let c = Math.max(ref.left, sheet.left); c <= right; c++) {
        if (++work.steps > LIMITS.formulaSteps) {
          work.limited = true;
          return { ok: false, needsRecalc: here };
        }
        const v = evaluateCell(wb, sheet.name, r, c, depth + 1);
        if (!v.ok) return v;
        if (typeof v.value === "number") total += v.value;
      }
    }
  }
  return { ok: true, value: total };
}

/** Splits on commas outside quotes (sheet names may contain commas). */
function splitArgs(args: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of args) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}
