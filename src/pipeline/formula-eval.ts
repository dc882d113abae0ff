import { address, parseRangeRef } from "./a1";
import { cellAt, sheetByName, type CellValue, type WorkbookSnapshot } from "./snapshot";

/**
 * A cell's value as Excel would show it. Files written by Excel carry each formula's cached result;
 * files written by other programs may not, so plain references and SUM over cells and ranges are
 * worked out here. Anything else is reported as the cell that needs recalculating.
 */
/** `needsRecalc` names the cell for a message (表1-3 支出!C7), not for a formula. */
export type Evaluated = { ok: true; value: CellValue } | { ok: false; needsRecalc: string };

const MAX_DEPTH = 20;

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
  if (!cell.formula || cell.value !== null) return { ok: true, value: cell.value };
  const here = `${sheet.name}!${address(row, col)}`;
  if (depth > MAX_DEPTH) return { ok: false, needsRecalc: here };
  const f = cell.formula.trim();
  const sum = /^SUM\((.*)\)$/i.exec(f);
  if (sum) return sumOf(wb, sheet.name, sum[1], depth, here);
  const ref = parseRangeRef(f);
  if (ref && ref.top === ref.bottom && ref.left === ref.right) {
    const target = evaluateCell(wb, ref.sheet ?? sheet.name, ref.top, ref.left, depth + 1);
    return target.ok && target.value === null ? { ok: true, value: 0 } : target;
  }
  return { ok: false, needsRecalc: here };
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
    if (!ref) return { ok: false, needsRecalc: here };
    for (let r = ref.top; r <= ref.bottom; r++) {
      for (let c = ref.left; c <= ref.right; c++) {
        const v = evaluateCell(wb, ref.sheet ?? sheetName, r, c, depth + 1);
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
