import { Rational, type Measure, type Rule } from "../../core";
import { catalog, LOCALES } from "../../i18n";
import { excelString } from "../sheets/formula-text";

/**
 * The pieces every kind's native Excel formula is made of (IF, MIN, MAX, ROUND, SUM, SUMPRODUCT over the
 * score sheet's data block). Blank inputs give #N/A, as the core leaves such an indicator unscored; ratios
 * are rounded to 12 places before a tier is chosen, so a binary 0.8999999999999999 is still the 90% the
 * decimals say.
 */
export interface PortableCells {
  /** The block cell of an input key, e.g. "$O$7". */
  cell(key: string): string;
  /** The KPI block: its whole range and the helper columns of completion and counted weight. */
  kpi?: { range: string; completion: string; weight: string };
  /** What an indicator left out (not applicable) shows instead of a score; the total skips it. */
  omitted: string;
}

export interface Expr {
  expr: string;
  /** Conditions under which a needed input is missing. */
  missing: string[];
}

/** A part's formula at the points it is worth (a composite's parts). */
export type PartFormula = (part: Rule, points: Rational, cells: PortableCells) => Expr;

export const num = (r: Rational): string => {
  const s = r.toFixed(12);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
};
export const points = (n: number | undefined): string => num(Rational.fromNumber(n ?? 0));

export function guard(missing: string[], expr: string): string {
  return missing.length ? `IF(OR(${missing.join(",")}),NA(),${expr})` : expr;
}

export const blank = (cell: string): string => `${cell}=""`;

/** 是 earns the item's points, 否 nothing, a number is partial credit. */
export function judgement(cell: string, pts: string): string {
  return `IF(${yes(cell)},${pts},IF(${no(cell)},0,${cell}))`;
}

/** The answers as written in a sheet of any language (Excel compares text without case). */
const ANSWERS = {
  yes: LOCALES.map((l) => catalog(l).sheets.answers.yes),
  no: LOCALES.map((l) => catalog(l).sheets.answers.no),
};
export const anyOf = (cell: string, words: string[]): string =>
  `OR(${[...new Set(words)].map((w) => `${cell}=${excelString(w)}`).join(",")})`;
export const yes = (cell: string): string => `OR(${anyOf(cell, ANSWERS.yes)},${cell}=TRUE)`;
export const no = (cell: string): string => `OR(${anyOf(cell, ANSWERS.no)},${cell}=FALSE)`;

export interface MeasureFormula {
  ratio: string;
  missing: string[];
  /** Wraps a score around the ratio: "none received" is met, a part larger than its whole is #N/A. */
  wrap(expr: string, full: string): string;
}

/** A measure's ratio, rounded to 12 places, as in the core. */
export function measure(m: Measure, cells: PortableCells): MeasureFormula {
  if ("percent" in m) {
    const c = cells.cell(m.percent);
    return { ratio: `ROUND(${c},12)`, missing: [blank(c)], wrap: (e) => e };
  }
  if ("current" in m) {
    const [now, before] = [sumOf(m.current, cells), sumOf(m.previous, cells)];
    return {
      ratio: `ROUND((${now}-${before})/${before},12)`,
      missing: [...m.current, ...m.previous].map((k) => blank(cells.cell(k))),
      wrap: (e) => e,
    };
  }
  const n = sumOf(m.numerator, cells);
  const d = sumOf(m.denominator, cells);
  return {
    ratio: `ROUND(${n}/${d},12)`,
    missing: [...m.numerator, ...m.denominator].map((k) => blank(cells.cell(k))),
    wrap: (e, full) => {
      let out = e;
      if (m.atMostDenominator) out = `IF(${n}>${d},NA(),${out})`;
      if (m.whenNoneReceived === "met") out = `IF(AND(${n}=0,${d}=0),${full},${out})`;
      return out;
    },
  };
}

function sumOf(keys: string[], cells: PortableCells): string {
  return keys.length === 1 ? cells.cell(keys[0]) : `(${keys.map((k) => cells.cell(k)).join("+")})`;
}
