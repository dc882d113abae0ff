import {
  inputDef,
  parseValue,
  Rational,
  specOf,
  type evaluate,
  type InputsFile,
} from "../../src/core";
import type { DocxRun } from "../report/read-docx";

/**
 * What a report draft may state, written from the inputs alone: a figure in the .docx (a run styled Figure)
 * that this oracle cannot justify is a figure the product made up or carried wrong.
 */

/** What 2 decimals, thousands grouped, look like; a percentage with 2 decimals. */
const money = (r: Rational) => {
  const [whole, cents] = r.toFixed(2).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
};
const percent = (a: Rational, b: Rational) => a.div(b).mul(Rational.int(100)).toFixed(2) + "%";
const points = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Every figure the inputs can justify: each amount, each sum of two, each difference of such sums,
 * each ratio of those as a percentage, the rates given, counts, the year and the scores of the result.
 */
export function oracle(file: InputsFile, result: ReturnType<typeof evaluate>): Set<string> {
  const values = new Map<string, Rational>();
  for (const [key, raw] of Object.entries(file.inputs ?? {})) {
    const def = inputDef(key);
    if (!def || !["amount", "count", "percent"].includes(def.type)) continue;
    const p = parseValue(raw, specOf(def));
    if (p.kind === "value") values.set(key, p.value);
  }
  const amounts = [...values].filter(([k]) => inputDef(k)!.type === "amount").map(([, v]) => v);
  const sums = [...amounts];
  amounts.forEach((a, i) => amounts.slice(i + 1).forEach((b) => sums.push(a.add(b))));
  const allowed = new Set<string>();
  for (const a of sums) allowed.add(money(a));
  for (const a of sums)
    for (const b of sums) {
      if (!a.eq(b)) allowed.add(money(a.gt(b) ? a.sub(b) : b.sub(a)));
      if (!b.isZero()) allowed.add(percent(a, b));
    }
  for (const [k, v] of values) {
    const type = inputDef(k)!.type;
    if (type === "count") allowed.add(v.toFixed(0));
    if (type === "percent") allowed.add(v.toFixed(2) + "%");
  }
  // Counts against counts, or against the sum of two (编外 ÷ (在编 + 编外)).
  const counts = [...values].filter(([k]) => inputDef(k)!.type === "count").map(([, v]) => v);
  const countSums = [
    ...counts,
    ...counts.flatMap((a, i) => counts.slice(i + 1).map((b) => a.add(b))),
  ];
  for (const v of counts) for (const w of countSums) if (!w.isZero()) allowed.add(percent(v, w));
  ["25.00%", "50.00%", "75.00%", "100.00%"].forEach((s) => allowed.add(s));
  // A quarter's execution rate from its spending: (spent ÷ budget) ÷ (25% × k), the framework's definition.
  const budget = values.get("executionBudget");
  for (const k of [1, 2, 3, 4]) {
    const spent = values.get(`spentQ${k}`);
    if (spent && budget && !budget.isZero())
      allowed.add(percent(spent.mul(Rational.int(4)), budget.mul(Rational.int(k))));
  }
  // 表1-4's schedule amount: the budget's share of the year, or what the unit's own rate implies.
  for (const k of [1, 2, 3, 4]) {
    const spent = values.get(`spentQ${k}`);
    const rate = values.get(`executionRateQ${k}`);
    if (budget) allowed.add(money(budget.mul(Rational.int(k)).div(Rational.int(4))));
    if (spent && rate && !rate.isZero()) allowed.add(money(spent.mul(Rational.int(100)).div(rate)));
  }
  // A change on last year is stated as a share of last year's figure.
  for (const [now, last] of [
    [["spendingActual"], ["spendingLastYear"]],
    [
      ["personnelActual", "dailyPublicActual"],
      ["personnelLastYear", "dailyPublicLastYear"],
    ],
    [["projectActual"], ["projectLastYear"]],
  ]) {
    const sum = (keys: string[]) =>
      keys.every((k) => values.has(k))
        ? keys.reduce((s, k) => s.add(values.get(k)!), Rational.ZERO)
        : undefined;
    const [a, b] = [sum(now), sum(last)];
    if (a && b && !b.isZero()) allowed.add(percent(a.gt(b) ? a.sub(b) : b.sub(a), b));
  }
  allowed.add(String(file.year));
  allowed.add(points(result.total));
  allowed.add(points(result.max));
  for (const i of result.indicators) {
    allowed.add(points(i.max));
    if (i.score !== null) {
      allowed.add(points(i.score));
      allowed.add(points(i.max - i.score));
    }
  }
  // How the indicators fared, counted: all, unscored, full marks, deducted, by the data, by the evaluator.
  const count = (keep: (i: (typeof result.indicators)[number]) => boolean) =>
    allowed.add(String(result.indicators.filter(keep).length));
  count(() => true);
  count((i) => i.score === null);
  count((i) => i.score !== null && i.score >= i.max);
  count((i) => i.score !== null && i.score < i.max);
  count((i) => !i.override && i.score !== null);
  count((i) => !!i.override);
  return allowed;
}

export const figures = (paragraphs: DocxRun[][]) =>
  paragraphs
    .flat()
    .filter((r) => r.style === "Figure")
    .map((r) => r.text);
export const prompts = (paragraphs: DocxRun[][]) =>
  paragraphs
    .flat()
    .filter((r) => r.style === "Prompt")
    .map((r) => r.text);
