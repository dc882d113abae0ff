import { isMissingValue, parseValue, Rational, type InputDef, type Locale } from "../core";
import { cellsOf, fail, plain, rowsOf, scalar, type CellResult } from "./cell-values";
import { bothLanguages, context, fns, isResult, ownParam, pointsArg, score } from "./context";
import { indicatorOf } from "./bound";

/** The functions over ranges a user selects: a KPI table, a column of judgements, a count of deductions. */

export function kpiScore([table, points]: unknown[], locale: Locale): CellResult {
  const ind = indicatorOf("effectiveness");
  const wanted = pointsArg(points, ind.points, locale);
  if (isResult(wanted)) return wanted;
  const rows = kpiRows(table);
  if (!rows.length) return fail("na", fns(locale).emptyKpiTable());
  const blank = mayBeBlankRow(rows);
  if (blank) return fail("na", fns(locale).kpiZeroPair(String(plain(blank[1]) ?? "")));
  return score(ind.rule, wanted, context({}, locale, {}, rows));
}

/** Sheet rows of a KPI table; a first row whose target and actual are words is a header. */
export function kpiRows(table: unknown): unknown[][] {
  const rows = rowsOf(table).filter((r) => !emptyRow(r));
  const isWord = (c: unknown) =>
    typeof c === "string" && parseValue(c, { type: "quantity" }).kind === "problem";
  return rows.length && isWord(rows[0][2]) && isWord(rows[0][3]) ? rows.slice(1) : rows;
}

/**
 * A row whose target and actual are both the number 0: what desktop Excel passes for two blank cells, and
 * a pair the KPI rule counts as met. A real pair of zeros comes as text ("0"), as the live sheet writes it.
 */
export function mayBeBlankRow(rows: unknown[][]): unknown[] | undefined {
  return rows.find((r) => plain(r[2]) === 0 && plain(r[3]) === 0);
}

/**
 * A row with no text and no figure but 0: an empty row, as desktop Excel passes one (blank cells as 0).
 * A KPI row always has a name, so nothing real is dropped.
 */
function emptyRow(row: unknown[]): boolean {
  return row.every((c) => isMissingValue(c) || c === 0);
}

export function checklist([values, points]: unknown[], locale: Locale): CellResult {
  const m = fns(locale);
  const vs = cellsOf(values);
  const ps = cellsOf(points);
  if (ps.length !== 1 && ps.length !== vs.length) return fail("value", m.pointsShape());
  const inputs: Record<string, unknown> = {};
  const defs: Record<string, InputDef> = {};
  const items: { key: string; points: number }[] = [];
  let total = Rational.ZERO;
  for (let i = 0; i < vs.length; i++) {
    const rawPoints = ps.length === 1 ? ps[0] : ps[i];
    // A row with neither points nor an answer is not an item (desktop Excel passes its blank cells as 0).
    if (emptyRow([rawPoints, vs[i]])) continue;
    const p = pointsArg(rawPoints, 0, locale);
    if (isResult(p) || p.isZero())
      return isResult(p) ? p : fail("value", m.badPoints(String(rawPoints)));
    const key = `item${i + 1}`;
    inputs[key] = vs[i];
    defs[key] = { key, type: "judgement", label: bothLanguages((w) => w.item(i + 1)) };
    items.push({ key, points: p.toNumber() });
    total = total.add(p);
  }
  return score({ kind: "checklist", items }, total, context(inputs, locale, { defs }));
}

export function deduct([points, count, per]: unknown[], locale: Locale): CellResult {
  const max = pointsArg(points, 0, locale);
  if (isResult(max)) return max;
  const each = pointsArg(per, 0, locale);
  if (isResult(each)) return each;
  return score(
    { kind: "deductPerItem", key: "count", per: each.toNumber() },
    max,
    context({ count: scalar(count) }, locale, {
      defs: { count: ownParam("count", "count", "count") },
    })
  );
}
