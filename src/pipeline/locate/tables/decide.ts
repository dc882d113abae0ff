import { inputDef, parseValue, Rational, trimNumber } from "../../../core";
import { isPercentFormat } from "../../snapshot";
import type { Located } from "../located";
import { doubts, inRange, numberOf } from "./plausible";
import type { Reading, Schedule } from "./readings";
import { COMBINED, DERIVED, isPart, mentions, norm, type Combination } from "./wording";

/**
 * From readings to inputs. Readings of one input that agree are one input; readings that disagree are
 * not ranked into a guess: a relation with the inputs already settled (spending within the budget, in
 * use within the total) may rule some out, and if more than one value is left the input is ambiguous —
 * listed with every value and cell, and not scored.
 */

const SCALE: Record<string, number> = {
  元: 0.0001,
  千元: 0.1,
  万元: 1,
  亿元: 10000,
};

export function toLocated(r: Reading): Located {
  const scale = inputDef(r.key)?.type === "amount" && r.unit ? SCALE[r.unit] : undefined;
  return {
    key: r.key,
    value: r.value,
    source: "label",
    sheet: r.sheet,
    row: r.row,
    col: r.col,
    ...(r.unit && { unit: r.unit }),
    ...(scale !== undefined && scale !== 1 && { scale }),
    percentIsFraction: isPercentFormat(r.numberFormat),
    confidence: Math.round(r.confidence * 100) / 100,
    labels: [...(r.label !== undefined ? [r.label] : []), ...r.headers].filter(
      (x, i, xs) => xs.indexOf(x) === i
    ),
    ...(r.table && { table: r.table }),
    ...(r.headers.length && { headers: r.headers }),
    ...(r.span && { span: r.span }),
  };
}

/**
 * Whether a cell can hold the input at all, by its value and format: an amount or a count is never a
 * percentage (a 支出进度 column of percentages beside 累计支出; Longgang's 部门预算支出进度 holds amounts, so
 * the format decides), nor named a rate; a count is a whole number; a rate is not an amount.
 */
function fitsKind(l: Located): boolean {
  const type = inputDef(l.key)?.type;
  const v = l.value;
  const percentShown = l.percentIsFraction || (typeof v === "string" && /%\s*$/.test(v));
  if (type === "amount" || type === "count") {
    if (percentShown) return false;
    if (l.labels?.some((x) => /(率|比例|占比)$/.test(norm(x)))) return false;
    return type !== "count" || typeof v !== "number" || Number.isInteger(v);
  }
  return true;
}

/** Values compared in the input's own unit, exactly to the cent (0.9395 in a % cell is 93.95). */
function valueKey(l: Located): string {
  const v = numberOf(l);
  return v ? v.toFixed(6) : `?${String(l.value)}`;
}

function distinct(ls: Located[]): Located[] {
  return ls.filter((l, i) => ls.findIndex((m) => valueKey(m) === valueKey(l)) === i);
}

export function decide(readings: Reading[], schedules: readonly Schedule[] = []): Located[] {
  const byKey = new Map<string, Located[]>();
  for (const r of [...readings.filter((x) => !isPart(x.key)), ...combined(readings)]) {
    const l = toLocated(r);
    if (!fitsKind(l) || !inRange(l)) continue;
    byKey.set(r.key, [...(byKey.get(r.key) ?? []), l]);
  }
  const chosen = new Map<string, Located>();
  const open = new Map<string, Located[]>();
  for (const [key, ls] of byKey) {
    const sorted = [...ls].sort((a, b) => b.confidence - a.confidence);
    const values = distinct(sorted);
    if (values.length === 1) chosen.set(key, sorted[0]);
    else open.set(key, values);
  }
  // Readings that disagree: the settled inputs' relations may leave one value standing.
  for (const [key, values] of open) {
    const standing = values.filter(
      (l) => !doubts(new Map([...chosen, [key, l]]), schedules).has(key)
    );
    if (standing.length === 1)
      chosen.set(key, { ...standing[0], ruledOut: values.filter((l) => l !== standing[0]) });
    else chosen.set(key, { ...values[0], ambiguous: values });
  }
  const parted = new Set(readings.filter((r) => isPart(r.key)).map((r) => r.key));
  for (const d of derived(chosen, byKey, parted)) chosen.set(d.key, d);
  for (const [key, d] of doubts(chosen, schedules))
    chosen.set(key, { ...chosen.get(key)!, doubt: d });
  return [...chosen.values()];
}

/**
 * Inputs worked out from others (调整、调剂资金 = 年初预算 − 调整预算), when both are found unambiguously and
 * some table states the two side by side, in one row, the second under one of the rule's measures (a
 * 全年预算 in an execution report is no adjusted budget). A figure stated for the input wins: it is only
 * worked out when not found.
 */
function derived(
  found: ReadonlyMap<string, Located>,
  readings: ReadonlyMap<string, Located[]>,
  parted: ReadonlySet<string>
): Located[] {
  const out: Located[] = [];
  for (const [key, rule] of Object.entries(DERIVED)) {
    if (found.has(key)) continue;
    // A workbook that states the parts (调增, 调减) but not all of them is asked: the net difference of the
    // totals is less than the parts in full.
    if (COMBINED[key]?.some((way) => way.plus.some((k) => parted.has(k)))) continue;
    const [ka, kb] = rule.difference;
    const [settledA, settledB] = [found.get(ka), found.get(kb)];
    if (!settledA || !settledB || settledA.ambiguous || settledB.ambiguous) continue;
    const agreeing = (settled: Located) =>
      (readings.get(settled.key) ?? []).filter((l) => valueKey(l) === valueKey(settled));
    const pair = sideBySide(agreeing(settledA), agreeing(settledB), rule.measures);
    if (!pair) continue;
    const [a, b] = pair;
    const x = numberOf(a);
    const y = numberOf(b);
    if (!x || !y) continue;
    const diff = x.sub(y);
    out.push({
      ...a,
      key,
      value: Number(trimNumber(diff.isNegative() ? diff.neg() : diff, 12)),
      scale: 1,
      unit: "万元",
      percentIsFraction: false,
      confidence: Math.round(Math.min(a.confidence, b.confidence) * 80) / 100,
      labels: [`${a.labels?.join("/")} − ${b.labels?.join("/")}`],
      derivedFrom: [a, b].map(({ sheet, row, col }) => ({ sheet, row, col })),
    });
  }
  return out;
}

function sideBySide(
  as: Located[],
  bs: Located[],
  measures: string[]
): [Located, Located] | undefined {
  for (const a of as)
    for (const b of bs)
      if (
        a.sheet === b.sheet &&
        a.row === b.row &&
        a.table === b.table &&
        b.headers?.some((h) => measures.includes(norm(h)))
      )
        return [a, b];
  return undefined;
}

/** Where parts belong together: one cell's sentence, or one row of one table. */
const placeOf = (r: Reading) =>
  r.route === "text" ? `${r.sheet}!${r.row}:${r.col}` : `${r.sheet}!${r.table}!${r.row}`;

/**
 * Inputs made of parts stated together (调增 + 调减 in a 合计 row, 实有 − 离退休 in one sentence): each part
 * read once at its place, all in one unit, the result never negative. They join the stated readings, so a
 * stated figure that disagrees makes the input asked, not overridden.
 */
function combined(readings: Reading[]): Reading[] {
  const places = new Map<string, Map<string, Reading[]>>();
  for (const r of readings) {
    const at = places.get(placeOf(r)) ?? new Map<string, Reading[]>();
    at.set(r.key, [...(at.get(r.key) ?? []), r]);
    places.set(placeOf(r), at);
  }
  const out: Reading[] = [];
  for (const at of places.values()) {
    if (![...at.keys()].some(isPart)) continue;
    for (const [key, ways] of Object.entries(COMBINED))
      for (const way of ways) {
        const r = combine(key, way, at);
        if (r) {
          out.push(r);
          break;
        }
      }
  }
  return out;
}

function combine(key: string, way: Combination, at: Map<string, Reading[]>): Reading | undefined {
  const terms = [
    ...way.plus.map((k) => ({ k, sign: 1 })),
    ...(way.minus ?? []).map((k) => ({ k, sign: -1 })),
  ];
  const read = terms.map(({ k }) => at.get(k));
  if (read.some((rs) => rs?.length !== 1)) return undefined;
  const rs = read.map((x) => x![0]);
  if (way.partsOf && rs.slice(way.plus.length).some((r) => !r.partOfWhole)) return undefined;
  if (way.noneOf?.some((k) => at.get(k)?.some((r) => r.partOfWhole))) return undefined;
  const included = (r: Reading) => !!r.includes && mentions(r.includes, way.notIncluding ?? []);
  if (rs.slice(0, way.plus.length).some(included)) return undefined;
  if (new Set(rs.map((r) => r.unit)).size > 1) return undefined;
  let total = Rational.ZERO;
  for (const [i, r] of rs.entries()) {
    const v = parseValue(r.value, { type: "quantity" });
    if (v.kind !== "value") return undefined;
    const x = way.absolute && v.value.isNegative() ? v.value.neg() : v.value;
    total = terms[i].sign > 0 ? total.add(x) : total.sub(x);
  }
  if (total.isNegative()) return undefined;
  const [first] = rs;
  const named = (r: Reading) =>
    r.route === "text" ? r.label! : [r.label, r.headers.at(-1)].filter(Boolean).join(" ");
  const plus = rs.slice(0, way.plus.length).map(named);
  const minus = rs.slice(way.plus.length).map(named);
  return {
    ...first,
    key,
    value: Number(trimNumber(total, 12)),
    numberFormat: "General",
    label: [plus.join(" + "), ...minus].join(" − "),
    headers: [...new Set(rs.flatMap((r) => r.headers))],
    route: "sum",
    confidence: Math.round(Math.min(...rs.map((r) => r.confidence)) * 80) / 100,
  };
}
