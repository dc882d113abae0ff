import type { LimitName } from "../i18n";

/**
 * How much work one workbook may ask for. A bureau opens what dozens of units send: a small crafted file
 * must end in a clear message, never in a hang or an exhausted memory. Each limit is far above what a
 * unit's budget and accounts workbook needs (a 200,000-row export of the budget system fits).
 */
export const LIMITS = {
  /** Bytes all parts of an .xlsx package may inflate to, counted while inflating. */
  packageBytes: 400 * 2 ** 20,
  /** Bytes one part (a sheet's XML) may inflate to. */
  partBytes: 300 * 2 ** 20,
  /** Bytes of the workbook's shared strings (its text). */
  sharedStringsBytes: 100 * 2 ** 20,
  /** Cells of the whole workbook. */
  cells: 4_000_000,
  /** Cells a sheet's used range may span, blank ones included (rows × columns from its first to its last cell). */
  sheetArea: 20_000_000,
  /** Cells visited working out formulas across the workbook, and how deep one may lead to another. */
  formulaSteps: 2_000_000,
  formulaDepth: 200,
} as const satisfies Record<LimitName, number>;

/** A workbook that asks for more than a limit allows: where, and how much it had when reading stopped. */
export class LimitExceeded extends Error {
  constructor(
    readonly limit: LimitName,
    /** A sheet, a cell or a part of the package, as the message names it. */
    readonly where = "",
    readonly found?: number
  ) {
    super(`workbook over the limit ${limit} (${LIMITS[limit]})${where ? ` at ${where}` : ""}`);
    this.name = "LimitExceeded";
  }
}

export type { LimitName };
