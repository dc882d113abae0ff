import { INPUTS } from "../../core";
import { parseCellRef } from "../a1";
import { evaluateCell } from "../formula-eval";
import { cellAt, isPercentFormat, sheetByName, type WorkbookSnapshot } from "../snapshot";
import type { Located } from "./located";

const KEYS = new Map(INPUTS.map((d) => [d.key.toLowerCase(), d.key]));

/** Defined names are PERF_ followed by an input key, e.g. PERF_sanGongBudget. */
export const NAME_PREFIX = "PERF_";

export function nameFor(key: string): string {
  return NAME_PREFIX + key;
}

/** Inputs held in cells that carry a PERF_<key> defined name. */
export function locateByNames(wb: WorkbookSnapshot): Located[] {
  const found: Located[] = [];
  for (const n of wb.names) {
    if (!n.name.toUpperCase().startsWith(NAME_PREFIX.toUpperCase())) continue;
    const def = KEYS.get(n.name.slice(NAME_PREFIX.length).toLowerCase());
    const ref = parseCellRef(n.refersTo);
    if (!def || !ref?.sheet) continue;
    const sheet = sheetByName(wb, ref.sheet);
    if (!sheet) continue;
    const v = evaluateCell(wb, sheet.name, ref.row, ref.col);
    const cell = cellAt(sheet, ref.row, ref.col);
    found.push({
      key: def,
      value: v.ok ? v.value : null,
      source: "name",
      sheet: sheet.name,
      row: ref.row,
      col: ref.col,
      name: n.name,
      percentIsFraction: isPercentFormat(cell.numberFormat),
      confidence: 1,
      ...(!v.ok && { problem: v.needsRecalc }),
    });
  }
  return found;
}
