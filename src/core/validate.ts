import type { Framework, IndicatorDef, Rule } from "./framework";
import type { Finding } from "./findings";
import { formatPoints } from "./format";
import { inputDef, optionValues } from "./inputs";
import { normalizeText } from "./parse";
import { Rational } from "./rational";
import { parseBound } from "./rules/tiers";

/**
 * A problem of a framework's structure, as a finding about the framework. `source`: an inconsistency
 * printed in the source document itself (kept verbatim, reported, scored by the sum); `data`: a mistake
 * in the framework's data, which would make scores wrong.
 */
export interface FrameworkIssue extends Finding {
  kind: "framework";
  severity: "source" | "data";
}

const sumPoints = (xs: { points: number }[]) =>
  xs.reduce((s, x) => s.add(Rational.fromNumber(x.points)), Rational.ZERO);

type Report = (
  code: FrameworkIssue["code"],
  params: Finding["params"],
  indicator?: IndicatorDef
) => void;

/** Checks a framework's arithmetic and rules. Never throws: a caller decides what an issue means. */
export function validateFramework(fw: Framework): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const at =
    (severity: FrameworkIssue["severity"]): Report =>
    (code, params, indicator) =>
      issues.push({
        kind: "framework",
        severity,
        code,
        params,
        ...(indicator && { indicatorId: indicator.id }),
      });
  const source = at("source");
  const data = at("data");
  const names = new Set<string>();
  let total = Rational.ZERO;

  for (const level1 of fw.levels) {
    const sum1 = sumPoints(level1.children);
    if (!sum1.eq(Rational.fromNumber(level1.points)))
      source("levelMismatch", {
        level: "1",
        levelName: level1.name,
        printed: String(level1.points),
        sum: formatPoints(sum1),
      });
    for (const level2 of level1.children) {
      const sum2 = sumPoints(level2.indicators);
      if (!sum2.eq(Rational.fromNumber(level2.points)))
        source("levelMismatch", {
          level: "2",
          levelName: level2.name,
          printed: String(level2.points),
          sum: formatPoints(sum2),
        });
      for (const ind of level2.indicators) {
        total = total.add(Rational.fromNumber(ind.points));
        if (names.has(ind.name["zh-CN"])) data("duplicateName", {}, ind);
        names.add(ind.name["zh-CN"]);
        checkText(ind, source);
        checkRule(ind, ind.rule, Rational.fromNumber(ind.points), data);
      }
    }
  }
  if (!total.eq(Rational.fromNumber(fw.total)))
    data("totalMismatch", {
      sum: formatPoints(total),
      total: String(fw.total),
    });
  return issues;
}

/** "（8分）" in the criteria of a 3-point row: a point figure larger than the row itself. */
function checkText(ind: IndicatorDef, report: Report): void {
  if (ind.description.join("").trim() === "") report("emptyDescription", {}, ind);
  const points = Rational.fromNumber(ind.points);
  for (const line of ind.criteria) {
    for (const m of normalizeText(line).matchAll(/[（(](\d+(?:\.\d+)?)分[）)]/g)) {
      const printed = Rational.parseDecimal(m[1]);
      if (printed && printed.gt(points))
        report("criteriaPointsMismatch", { points: formatPoints(points), printed: m[0] }, ind);
    }
  }
}

function checkRule(ind: IndicatorDef, rule: Rule, points: Rational, report: Report): void {
  const key = (k: string) => {
    if (!inputDef(k)) report("unknownInputKey", { key: k }, ind);
  };
  const notAbove = (score: number) => {
    if (Rational.fromNumber(score).gt(points))
      report("tierAbovePoints", { score: String(score), points: formatPoints(points) }, ind);
  };
  const measureKeys = (m: { percent: string } | { numerator: string[]; denominator: string[] }) =>
    ("percent" in m ? [m.percent] : [...m.numerator, ...m.denominator]).forEach(key);
  const mustSum = (sum: Rational) => {
    if (!sum.eq(points))
      report("partsMismatch", { points: formatPoints(points), sum: formatPoints(sum) }, ind);
  };

  switch (rule.kind) {
    case "checklist":
      rule.items.forEach((i) => key(i.key));
      mustSum(sumPoints(rule.items));
      break;
    case "deductPerItem":
    case "choice":
      key(rule.key);
      if (rule.kind === "choice") {
        const def = inputDef(rule.key);
        const options = def ? optionValues(def) : [];
        const uncovered = options.filter((o) => !(o in rule.values));
        if (uncovered.length) report("choiceUncovered", { options: uncovered }, ind);
        Object.values(rule.values).forEach(notAbove);
      }
      break;
    case "tiers":
      measureKeys(rule.measure);
      rule.tiers.forEach((t) => {
        notAbove(t.score);
        if (!parseBound(t.bound)) report("badBound", { bound: t.bound }, ind);
      });
      notAbove(rule.otherwise);
      break;
    case "proportional":
      measureKeys(rule.measure);
      break;
    case "linearDeduction":
      measureKeys(rule.measure);
      for (const b of [rule.threshold, rule.perPercentPoint])
        if (!parseBound(b)) report("badBound", { bound: b }, ind);
      break;
    case "quarterlyExecution":
      [rule.budget, ...rule.spent, ...rule.rates].forEach(key);
      mustSum(
        Rational.fromNumber(rule.quarterPoints)
          .mul(Rational.int(4))
          .add(Rational.fromNumber(rule.annualPoints))
      );
      break;
    case "kpiTable":
      key(rule.fallback);
      break;
    case "composite":
      [rule.zeroIf, rule.fullIf].forEach((k) => k && key(k));
      mustSum(
        rule.parts.reduce((s, p) => s.add(Rational.fromNumber(p.points ?? 0)), Rational.ZERO)
      );
      rule.parts.forEach((p) => checkRule(ind, p, Rational.fromNumber(p.points ?? 0), report));
      break;
  }
}
