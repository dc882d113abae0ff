import { Rational, renderNote, trimNumber, type InputDef, type Note, type Outcome } from "../core";
import { catalog, type Locale } from "../i18n";

/**
 * What a cell function returns before it meets Excel: a value, or one of the error values a
 * cell can show. Only #VALUE! and #N/A carry their message to the user in Excel.
 */
export type CellResult =
  { ok: true; value: number | string } | { ok: false; code: CellErrorCode; message: string };
export type CellErrorCode = "value" | "na" | "div0" | "num";

export const ok = (value: number | string): CellResult => ({ ok: true, value });
export const fail = (code: CellErrorCode, message: string): CellResult => ({
  ok: false,
  code,
  message,
});

/**
 * A cell's value as the core reads it. With errors allowed in `any` parameters, a cell showing #DIV/0!
 * arrives as a CustomFunctions.Error (its `code` "#DIV/0!"), or, with custom data allowed too, as
 * {type: "Error", basicValue: "#DIV/0!"}; a rich value (an entity, a formatted number) has a basicValue.
 * Each becomes the plain value it shows, so an error is an error of that input alone.
 */
export function plain(v: unknown): unknown {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
  const o = v as {
    code?: unknown;
    type?: unknown;
    basicValue?: unknown;
    errorType?: unknown;
  };
  if (typeof o.code === "string" && o.code.startsWith("#")) return o.code;
  if ("basicValue" in o) return o.basicValue;
  return v;
}

/** A single cell may arrive as a 1×1 range; ranges arrive as rows of cells. */
export function scalar(v: unknown): unknown {
  return plain(
    Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v
  );
}

export function cellsOf(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [plain(range)];
  return range.flatMap((row) => (Array.isArray(row) ? row.map(plain) : [plain(row)]));
}

export function rowsOf(range: unknown): unknown[][] {
  if (!Array.isArray(range)) return [[plain(range)]];
  return range.map((row) => (Array.isArray(row) ? row.map(plain) : [plain(row)]));
}

/**
 * Excel stores 93.95% as 0.9395. A percentage bounded by 100 (satisfaction) can tell the two
 * forms apart, so 93.95 also works there; an unbounded one (an execution rate of 184.77%)
 * follows Excel's own representation. Text is read as written ("93.95%", "93.95").
 */
export function percentFromCell(v: unknown, def: InputDef): unknown {
  if (typeof v !== "number" || !Number.isFinite(v)) return v;
  if (def.max !== undefined && Math.abs(v) > 1) return v;
  return trimNumber(Rational.fromNumber(v).mul(Rational.int(100)), 20) + "%";
}

/** The cell form of a rule's outcome: a zero denominator is #DIV/0!, bad input #VALUE!, a gap #N/A, a result beyond a double #NUM!. */
export function outcomeToCell(
  o: Outcome,
  missingLabels: string[],
  locale: Locale,
  value: () => number | string,
  render: (n: Note) => string = (n) => renderNote(n, locale)
): CellResult {
  const errors = o.errors.map(render);
  if (o.zeroDenominator) return fail("div0", errors.join("；"));
  if (o.errors.length) return fail("value", errors.join(locale === "en-US" ? "; " : "；"));
  if (o.missing.length) return fail("na", catalog(locale).core.missingList(missingLabels));
  const v = value();
  return typeof v === "number" && !Number.isFinite(v) ? fail("num", "") : ok(v);
}
