import { inputDef, parseValue, Rational, specOf } from "../../../core";
import type { Doubt, Located } from "../located";
import { coreValue } from "../../normalize";
import { isPercentFormat } from "../../snapshot";
import type { Schedule } from "./readings";

/**
 * What a reading must be to be a reading at all: a value of the input's kind in a sane range, and —
 * once every input is read — in line with the others (in use ≤ total, replied ≤ received, cumulative
 * spending that grows and stays within the year's budget, a quarter's rate that agrees with its
 * amounts). A reading that breaks a relation is not used, and the user is asked.
 */

const MAX_AMOUNT = Rational.int(1_000_000); // 万元: 100 亿元 is beyond any department's year
const MAX_COUNT = Rational.int(100_000);
const MAX_RATE = Rational.int(400); // a quarter may run ahead of its 序时进度 (Longgang Q1: 184.77%)

/** The reading as the core would take it, in the input's own unit (万元, a count, %), or undefined. */
export function numberOf(l: Located): Rational | undefined {
  const def = inputDef(l.key);
  if (!def) return undefined;
  const p = parseValue(coreValue({ ...l, ambiguous: undefined, doubt: undefined }), {
    ...specOf(def),
    max: undefined,
  });
  return p.kind === "value" ? p.value : undefined;
}

export function inRange(l: Located): boolean {
  const def = inputDef(l.key);
  const v = numberOf(l);
  if (!def || v === undefined) return def?.type !== "amount" && def?.type !== "count";
  if (v.isNegative()) return false;
  // A department's budget is never 0: a 0 there is a total nobody filled in.
  if (def.plausible && def.type === "amount" && v.lt(Rational.fromNumber(def.plausible[0])))
    return false;
  switch (def.type) {
    case "amount":
      return v.le(MAX_AMOUNT);
    case "count":
      return v.le(MAX_COUNT) && v.isInteger();
    case "percent":
      return v.le(def.max !== undefined ? Rational.fromNumber(def.max) : MAX_RATE);
    default:
      return true;
  }
}

type Relation = [string, string, "atMost" | "withinBudget"];

const RELATIONS: Relation[] = [
  ["fixedAssetsInUse", "fixedAssetsTotal", "atMost"],
  ["petitionsReplied", "petitionsReceived", "atMost"],
  ["petitionsRepliedOnTime", "petitionsReplied", "atMost"],
  ["projectsOnTime", "projectsPlanned", "atMost"],
  ["spentQ1", "spentQ2", "atMost"],
  ["spentQ2", "spentQ3", "atMost"],
  ["spentQ3", "spentQ4", "atMost"],
  ["spentQ1", "executionBudget", "withinBudget"],
  ["spentQ2", "executionBudget", "withinBudget"],
  ["spentQ3", "executionBudget", "withinBudget"],
  ["spentQ4", "executionBudget", "withinBudget"],
  ["dailyPublicActual", "executionBudget", "withinBudget"],
  ["dailyPublicBudget", "executionBudget", "atMost"],
  ["sanGongActual", "executionBudget", "withinBudget"],
];

/** Spending may pass the budget by a little (carried-over funds), a quarter's execution not by 5%. */
const SLACK = Rational.fromNumber(1.05);
/** A rate printed with two decimals, from amounts printed with two: they agree within 0.02%. */
const RATE_ROUNDING = Rational.fromNumber(0.02);

/** The readings that break a relation with another, each with the doubt to tell the user. */
export function doubts(
  found: ReadonlyMap<string, Located>,
  schedules: readonly Schedule[] = []
): Map<string, Doubt> {
  const out = new Map<string, Doubt>();
  const value = (k: string) => {
    const l = found.get(k);
    return l && !l.ambiguous ? numberOf(l) : undefined;
  };
  const doubt = (k: string, d: Doubt) => {
    if (!out.has(k)) out.set(k, d);
  };
  for (const [a, b, kind] of RELATIONS) {
    const x = value(a);
    const y = value(b);
    if (x === undefined || y === undefined) continue;
    const limit = kind === "withinBudget" ? y.mul(SLACK) : y;
    if (x.le(limit)) continue;
    doubt(a, { code: kind === "withinBudget" ? "overBudget" : "exceeds", other: b });
    doubt(b, { code: kind === "withinBudget" ? "budgetBelow" : "below", other: a });
  }
  const budget = value("executionBudget");
  for (let k = 1; k <= 4; k++) {
    const rateAt = found.get(`executionRateQ${k}`);
    const spentAt = found.get(`spentQ${k}`);
    const rate = value(`executionRateQ${k}`);
    const spent = value(`spentQ${k}`);
    if (!rateAt || !spentAt || rate === undefined || spent === undefined) continue;
    const schedule = schedules.find(
      (s) => s.quarter === k && s.sheet === rateAt.sheet && s.row === rateAt.row
    );
    const routed = routedRate(k, spentAt, spent, budget, schedule);
    if (routed === undefined) continue;
    const gap = routed.sub(rate);
    if ((gap.isNegative() ? gap.neg() : gap).le(RATE_ROUNDING)) continue;
    const d: Doubt = { code: "routes", other: `spentQ${k}`, otherValue: routed.toFixed(2) };
    doubt(`executionRateQ${k}`, d);
    doubt(`spentQ${k}`, {
      code: "routes",
      other: `executionRateQ${k}`,
      otherValue: rate.toFixed(2),
    });
  }
  return out;
}

const HUNDRED = Rational.int(100);

/**
 * The quarter's rate its amounts give. The 序时进度 in the rate's own row is what the unit divided by —
 * an amount (Longgang's 1,163.50 against 2,149.82 spent: 184.77%) or a share of the year (25.00%); without
 * one, the framework's definition: (spent ÷ budget) ÷ (25% × k).
 */
function routedRate(
  k: number,
  spentAt: Located,
  spent: Rational,
  budget: Rational | undefined,
  schedule: Schedule | undefined
): Rational | undefined {
  const raw = schedule && parseValue(schedule.value, { type: "quantity" });
  if (schedule && raw?.kind === "value" && !raw.value.isZero()) {
    const shown = isPercentFormat(schedule.numberFormat) || /%\s*$/.test(String(schedule.value));
    if (!shown && spentAt.sheet === schedule.sheet && spentAt.row === schedule.row) {
      const own = parseValue(spentAt.value, { type: "quantity" });
      if (own.kind === "value") return own.value.mul(HUNDRED).div(raw.value);
    }
    if (shown && budget && !budget.isZero()) {
      const share = isPercentFormat(schedule.numberFormat) ? raw.value.mul(HUNDRED) : raw.value;
      return spent.mul(HUNDRED).mul(HUNDRED).div(budget.mul(share));
    }
  }
  if (!budget || budget.isZero()) return undefined;
  return spent.mul(Rational.int(400)).div(budget.mul(Rational.int(k)));
}
