import type { Framework, IndicatorDef, Rule } from './framework';
import { formatPoints } from './format';
import { inputDef } from './inputs';
import { catalog, type Locale, type Messages } from '../i18n';
import { normalizeText } from './parse';
import { Rational } from './rational';
import { parseBound } from './rules/tiers';

/**
 * `source`: an inconsistency printed in the source document itself (kept verbatim, reported, scored by the sum);
 * `data`: a mistake in our data file, which would make scores wrong.
 */
export interface StructureIssue {
  kind: 'source' | 'data';
  message: string;
}

const sumPoints = (xs: { points: number }[]) => xs.reduce((s, x) => s.add(Rational.fromNumber(x.points)), Rational.ZERO);

/** Checks a framework's arithmetic and rules. Never throws: a caller decides what an issue means. */
export function validateFramework(fw: Framework, locale: Locale = 'zh-CN'): StructureIssue[] {
  const msg = catalog(locale).core;
  const issues: StructureIssue[] = [];
  const source = (message: string) => issues.push({ kind: 'source', message });
  const data = (message: string) => issues.push({ kind: 'data', message });
  const names = new Set<string>();
  let total = Rational.ZERO;

  for (const level1 of fw.levels) {
    const sum1 = sumPoints(level1.children);
    if (!sum1.eq(Rational.fromNumber(level1.points))) source(msg.levelMismatch(1, level1.name, String(level1.points), formatPoints(sum1)));
    for (const level2 of level1.children) {
      const sum2 = sumPoints(level2.indicators);
      if (!sum2.eq(Rational.fromNumber(level2.points))) source(msg.levelMismatch(2, level2.name, String(level2.points), formatPoints(sum2)));
      for (const ind of level2.indicators) {
        total = total.add(Rational.fromNumber(ind.points));
        if (names.has(ind.name)) data(msg.duplicateName(ind.name));
        names.add(ind.name);
        checkText(ind, msg, source);
        checkRule(ind, ind.rule, Rational.fromNumber(ind.points), msg, data);
      }
    }
  }
  if (!total.eq(Rational.fromNumber(fw.total))) data(msg.totalMismatch(formatPoints(total), String(fw.total)));
  return issues;
}

/** "（8分）" in the criteria of a 3-point row: a point figure larger than the row itself. */
function checkText(ind: IndicatorDef, msg: Messages, report: (m: string) => void): void {
  if (ind.description.join('').trim() === '') report(msg.emptyDescription(ind.name));
  const points = Rational.fromNumber(ind.points);
  for (const line of ind.criteria) {
    for (const m of normalizeText(line).matchAll(/[（(](\d+(?:\.\d+)?)分[）)]/g)) {
      const printed = Rational.parseDecimal(m[1]);
      if (printed && printed.gt(points)) report(msg.criteriaPointsMismatch(ind.name, formatPoints(points), m[0]));
    }
  }
}

function checkRule(ind: IndicatorDef, rule: Rule, points: Rational, msg: Messages, report: (m: string) => void): void {
  const key = (k: string) => {
    if (!inputDef(k)) report(msg.unknownInputKey(ind.name, k));
  };
  const notAbove = (score: number) => {
    if (Rational.fromNumber(score).gt(points)) report(msg.tierAbovePoints(ind.name, String(score), formatPoints(points)));
  };
  const measureKeys = (m: { percent: string } | { numerator: string[]; denominator: string[] }) =>
    ('percent' in m ? [m.percent] : [...m.numerator, ...m.denominator]).forEach(key);
  const mustSum = (sum: Rational) => {
    if (!sum.eq(points)) report(msg.partsMismatch(ind.name, formatPoints(points), formatPoints(sum)));
  };

  switch (rule.kind) {
    case 'checklist':
      rule.items.forEach((i) => key(i.key));
      mustSum(sumPoints(rule.items));
      break;
    case 'deductPerItem':
    case 'choice':
      key(rule.key);
      if (rule.kind === 'choice') {
        const options = inputDef(rule.key)?.options ?? [];
        const uncovered = options.filter((o) => !(o in rule.values));
        if (uncovered.length) report(msg.choiceUncovered(ind.name, uncovered));
        Object.values(rule.values).forEach(notAbove);
      }
      break;
    case 'tiers':
      measureKeys(rule.measure);
      rule.tiers.forEach((t) => {
        notAbove(t.score);
        if (!parseBound(t.bound)) report(msg.badBound(ind.name, t.bound));
      });
      notAbove(rule.otherwise);
      break;
    case 'proportional':
      measureKeys(rule.measure);
      break;
    case 'linearDeduction':
      measureKeys(rule.measure);
      for (const b of [rule.threshold, rule.perPercentPoint]) if (!parseBound(b)) report(msg.badBound(ind.name, b));
      break;
    case 'quarterlyExecution':
      [rule.budget, ...rule.spent, ...rule.rates].forEach(key);
      mustSum(Rational.fromNumber(rule.quarterPoints).mul(Rational.int(4)).add(Rational.fromNumber(rule.annualPoints)));
      break;
    case 'kpiTable':
      key(rule.fallback);
      break;
    case 'composite':
      [rule.zeroIf, rule.fullIf].forEach((k) => k && key(k));
      mustSum(rule.parts.reduce((s, p) => s.add(Rational.fromNumber(p.points ?? 0)), Rational.ZERO));
      rule.parts.forEach((p) => checkRule(ind, p, Rational.fromNumber(p.points ?? 0), msg, report));
      break;
  }
}
