import {
  measureKeys,
  type Framework,
  type IndicatorDef,
  type Measure,
  type Rule,
} from "./framework";
import type { Finding } from "./findings";
import { formatPoints } from "./format";
import { inputDef } from "./inputs";
import { normalizeText } from "./parse";
import { Rational } from "./rational";
import { sumOfPoints } from "./rules/kind-helpers";
import type { RuleCheck } from "./rules/kind";
import { kindOf } from "./rules/registry";
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
    const sum1 = sumOfPoints(level1.children);
    if (!sum1.eq(Rational.fromNumber(level1.points)))
      source("levelMismatch", {
        level: "1",
        levelName: level1.name,
        printed: String(level1.points),
        sum: formatPoints(sum1),
      });
    for (const level2 of level1.children) {
      const sum2 = sumOfPoints(level2.indicators);
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
  const check: RuleCheck = {
    key: (k) => {
      if (!inputDef(k)) report("unknownInputKey", { key: k }, ind);
    },
    measure: (m: Measure) => measureKeys(m).forEach(check.key),
    notAbove: (score) => {
      if (Rational.fromNumber(score).gt(points))
        report("tierAbovePoints", { score: String(score), points: formatPoints(points) }, ind);
    },
    mustSum: (sum) => {
      if (!sum.eq(points))
        report("partsMismatch", { points: formatPoints(points), sum: formatPoints(sum) }, ind);
    },
    bound: (b) => {
      if (!parseBound(b)) report("badBound", { bound: b }, ind);
    },
    report: (code, params) => report(code, params, ind),
    part: (part, partPoints) => checkRule(ind, part, partPoints, report),
  };
  kindOf(rule).validate(rule, points, check);
}
