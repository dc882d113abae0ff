import {
  measureKeys,
  type Framework,
  type IndicatorDef,
  type Measure,
  type Rule,
  type TiersRule,
} from "./framework";
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
  const measure = (m: Measure) => measureKeys(m).forEach(key);
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
      measure(rule.measure);
      rule.tiers.forEach((t) => {
        notAbove(t.score);
        if (!parseBound(t.bound)) report("badBound", { bound: t.bound }, ind);
      });
      notAbove(rule.otherwise);
      checkTierOrder(ind, rule, report);
      break;
    case "proportional":
      measure(rule.measure);
      break;
    case "linearDeduction":
      measure(rule.measure);
      for (const b of [rule.threshold, rule.perPercentPoint, rule.step ?? "1%"])
        if (!parseBound(b)) report("badBound", { bound: b }, ind);
      break;
    case "amountCases":
      [rule.key, rule.reference].forEach(key);
      [rule.none, rule.within, rule.above].forEach(notAbove);
      break;
    case "coefficient":
      key(rule.key);
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

/**
 * Tiers are read first match first: a later tier that an earlier one already covers can never apply
 * (≥80% before ≥90% leaves 90% unreachable), which is a framework written in the wrong order.
 */
function checkTierOrder(ind: IndicatorDef, rule: TiersRule, report: Report): void {
  rule.tiers.forEach((t, i) => {
    const bound = parseBound(t.bound);
    if (!bound) return;
    const shadow = rule.tiers.slice(0, i).find((e) => {
      const b = parseBound(e.bound);
      if (!b) return false;
      if ((t.when === ">=" || t.when === ">") && (e.when === ">=" || e.when === ">"))
        return b.lt(bound) || (b.eq(bound) && (e.when === ">=" || t.when === ">"));
      if ((t.when === "<=" || t.when === "<") && (e.when === "<=" || e.when === "<"))
        return b.gt(bound) || (b.eq(bound) && (e.when === "<=" || t.when === "<"));
      return false;
    });
    if (shadow)
      report(
        "tierUnreachable",
        { tier: `${t.when}${t.bound}`, before: `${shadow.when}${shadow.bound}` },
        ind
      );
  });
}
