import {
  inputDef,
  parseBound,
  Rational,
  type IndicatorDef,
  type Measure,
  type Rule,
} from "../../core";
import { catalog, LOCALES } from "../../i18n";
import { excelString } from "./formula-text";

/**
 * Each rule kind as a native Excel formula (IF, MIN, MAX, ROUND, SUM, SUMPRODUCT) over the score
 * sheet's data block, for a workbook opened without the add-in. Blank inputs give #N/A, as the core
 * leaves such an indicator unscored; ratios are rounded to 12 places before a tier is chosen, so a
 * binary 0.8999999999999999 is still the 90% the decimals say.
 */

export interface PortableCells {
  /** The block cell of an input key, e.g. "$O$7". */
  cell(key: string): string;
  /** The KPI block: its whole range and the helper columns of completion and counted weight. */
  kpi?: { range: string; completion: string; weight: string };
}

interface Expr {
  expr: string;
  /** Conditions under which a needed input is missing. */
  missing: string[];
}

const num = (r: Rational) => trimDecimal(r);
const points = (n: number | undefined) => num(Rational.fromNumber(n ?? 0));

function trimDecimal(r: Rational): string {
  const s = r.toFixed(12);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

export function portableFormula(indicator: IndicatorDef, cells: PortableCells): string {
  const { expr, missing } = rule(indicator.rule, Rational.fromNumber(indicator.points), cells);
  return `ROUND(${guard(missing, expr)},2)`;
}

function guard(missing: string[], expr: string): string {
  return missing.length ? `IF(OR(${missing.join(",")}),NA(),${expr})` : expr;
}

function rule(r: Rule, pts: Rational, cells: PortableCells): Expr {
  const v = (k: string) => cells.cell(k);
  const blank = (k: string) => `${v(k)}=""`;
  switch (r.kind) {
    case "checklist":
      return {
        expr: `(${r.items.map((i) => judgement(v(i.key), points(i.points))).join("+")})`,
        missing: r.items.map((i) => blank(i.key)),
      };
    case "deductPerItem":
      return {
        expr: `MAX(0,${num(pts)}-${v(r.key)}*${points(r.per)})`,
        missing: [blank(r.key)],
      };
    case "choice": {
      const words = (value: string) => [
        value,
        ...Object.values(inputDef(r.key)?.options?.find((o) => o["zh-CN"] === value) ?? {}),
      ];
      const options = Object.entries(r.values).reduceRight(
        (rest, [value, p]) => `IF(${anyOf(v(r.key), words(value))},${points(p)},${rest})`,
        "NA()"
      );
      return { expr: options, missing: [blank(r.key)] };
    }
    case "tiers": {
      const m = measure(r.measure, cells);
      const chosen = r.tiers.reduceRight(
        (rest, t) =>
          `IF(${m.ratio}${t.when}${num(parseBound(t.bound)!)},${points(t.score)},${rest})`,
        points(r.otherwise)
      );
      return { expr: m.wrap(chosen, num(pts)), missing: m.missing };
    }
    case "proportional": {
      const m = measure(r.measure, cells);
      const expr =
        r.above === "zero"
          ? `IF(${m.ratio}>1,0,${num(pts)}*${m.ratio})`
          : `${num(pts)}*MIN(1,${m.ratio})`;
      return { expr: m.wrap(expr, num(pts)), missing: m.missing };
    }
    case "linearDeduction": {
      const m = measure(r.measure, cells);
      const t = num(parseBound(r.threshold)!);
      const per = num(parseBound(r.perPercentPoint)!);
      const step = num(parseBound(r.step ?? "1%")!);
      const below = r.direction === "below";
      const exact = `ROUND((${below ? `${t}-${m.ratio}` : `${m.ratio}-${t}`})/${step},12)`;
      // INT is the floor in every spreadsheet engine: -INT(-x) is the ceiling.
      const counted =
        r.steps === "started" ? `-INT(-${exact})` : r.steps === "full" ? `INT(${exact})` : exact;
      const expr = `IF(${m.ratio}${below ? ">=" : "<="}${t},${num(pts)},MAX(0,${num(pts)}-${per}*${counted}))`;
      return { expr: m.wrap(expr, num(pts)), missing: m.missing };
    }
    case "amountCases": {
      const [a, ref] = [v(r.key), v(r.reference)];
      return {
        expr: `IF(${a}=0,${points(r.none)},IF(${a}<=${ref},${points(r.within)},${points(r.above)}))`,
        missing: [blank(r.key), blank(r.reference)],
      };
    }
    case "coefficient":
      return {
        expr: `IF(${v(r.key)}>1,NA(),${num(pts)}*${v(r.key)})`,
        missing: [blank(r.key)],
      };
    case "quarterlyExecution": {
      const rate = (q: number) =>
        `IF(${v(r.rates[q - 1])}<>"",${v(r.rates[q - 1])},${v(r.spent[q - 1])}/${v(r.budget)}/${q * 0.25})`;
      const quarters = [1, 2, 3, 4].map((q) => `MIN(1,${rate(q)})*${points(r.quarterPoints)}`);
      const annual = `MIN(${points(r.annualPoints)},${points(r.annualPoints)}*(${[1, 2, 3, 4].map(rate).join("+")})/4)`;
      const gaps = [1, 2, 3, 4].map(
        (q) => `AND(${blank(r.rates[q - 1])},${blank(r.spent[q - 1])})`
      );
      gaps.push(`AND(OR(${r.rates.map(blank).join(",")}),${blank(r.budget)})`);
      return { expr: `(${[...quarters, annual].join("+")})`, missing: gaps };
    }
    case "kpiTable": {
      const fallback = `IF(${blank(r.fallback)},NA(),${v(r.fallback)})`;
      if (!cells.kpi) return { expr: fallback, missing: [] };
      const { range, completion, weight } = cells.kpi;
      return {
        expr: `IF(SUMPRODUCT(--(${range}<>""))=0,${fallback},${num(pts)}*SUMPRODUCT(${weight},${completion})/SUM(${weight}))`,
        missing: [],
      };
    }
    case "composite": {
      const parts = r.parts.map((p) => rule(p, Rational.fromNumber(p.points ?? 0), cells));
      let expr = guard(
        parts.flatMap((p) => p.missing),
        `(${parts.map((p) => p.expr).join("+")})`
      );
      if (r.zeroIf) expr = `IF(${yes(v(r.zeroIf))},0,IF(${blank(r.zeroIf)},NA(),${expr}))`;
      if (r.fullIf) expr = `IF(${yes(v(r.fullIf))},${num(pts)},${expr})`;
      return { expr, missing: [] };
    }
  }
}

/** 是 earns the item's points, 否 nothing, a number is partial credit. */
function judgement(cell: string, pts: string): string {
  return `IF(${yes(cell)},${pts},IF(${no(cell)},0,${cell}))`;
}

/** The answers as written in a sheet of any language (Excel compares text without case). */
const ANSWERS = {
  yes: LOCALES.map((l) => catalog(l).sheets.answers.yes),
  no: LOCALES.map((l) => catalog(l).sheets.answers.no),
};
const anyOf = (cell: string, words: string[]) =>
  `OR(${[...new Set(words)].map((w) => `${cell}=${excelString(w)}`).join(",")})`;
const yes = (cell: string) => `OR(${anyOf(cell, ANSWERS.yes)},${cell}=TRUE)`;
const no = (cell: string) => `OR(${anyOf(cell, ANSWERS.no)},${cell}=FALSE)`;

/**
 * A measure's ratio, rounded to 12 places, and how to wrap a score around it: "none received" is met,
 * and a part larger than its whole is an input error (#N/A), as in the core.
 */
function measure(m: Measure, cells: PortableCells) {
  if ("percent" in m) {
    const c = cells.cell(m.percent);
    return {
      ratio: `ROUND(${c},12)`,
      missing: [`${c}=""`],
      wrap: (e: string) => e,
    };
  }
  if ("current" in m) {
    const [now, before] = [sumOf(m.current, cells), sumOf(m.previous, cells)];
    return {
      ratio: `ROUND((${now}-${before})/${before},12)`,
      missing: [...m.current, ...m.previous].map((k) => `${cells.cell(k)}=""`),
      wrap: (e: string) => e,
    };
  }
  const n = sumOf(m.numerator, cells);
  const d = sumOf(m.denominator, cells);
  return {
    ratio: `ROUND(${n}/${d},12)`,
    missing: [...m.numerator, ...m.denominator].map((k) => `${cells.cell(k)}=""`),
    wrap: (e: string, full: string) => {
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
