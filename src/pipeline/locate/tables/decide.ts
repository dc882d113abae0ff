import { inputDef, trimNumber } from "../../../core";
import { isPercentFormat } from "../../snapshot";
import type { Located } from "../located";
import { doubts, inRange, numberOf } from "./plausible";
import type { Reading, Schedule } from "./readings";
import { DERIVED, norm } from "./wording";

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
  for (const r of readings) {
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
  for (const d of derived(chosen, byKey)) chosen.set(d.key, d);
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
  readings: ReadonlyMap<string, Located[]>
): Located[] {
  const out: Located[] = [];
  for (const [key, rule] of Object.entries(DERIVED)) {
    if (found.has(key)) continue;
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
