import { getFramework, placedIndicators, type Locale, type ScoreResult } from '../core';
import { displayWidth, padEnd, padStart } from '../util/text-width';

const WORDS = {
  'zh-CN': {
    headers: ['一级指标', '二级指标', '三级指标', '分值', '计算得分', '得分'],
    total: '总得分',
    grade: '评分等级',
    noGrade: '暂不评级（尚有指标未计分）',
    incomplete: (n: number) => `（${n}项未计分）`,
    year: (y: string) => `${y}年度`,
    explanations: '扣分情况说明',
    findings: '审计发现',
    none: '无',
    blank: '—',
    colon: '：',
  },
  'en-US': {
    headers: ['Level 1', 'Level 2', 'Indicator', 'Points', 'Computed', 'Score'],
    total: 'Total',
    grade: 'Grade',
    noGrade: 'not graded (some indicators are not scored)',
    incomplete: (n: number) => ` (${n} not scored)`,
    year: (y: string) => `year ${y}`,
    explanations: 'Deductions',
    findings: 'Audit findings',
    none: 'none',
    blank: '—',
    colon: ': ',
  },
};

const num = (n: number | null, blank: string) => (n === null ? blank : String(n));

/** The readable report the CLI prints by default: the score table, then deductions and findings. */
export function renderReport(result: ScoreResult, locale: Locale): string {
  const w = WORDS[locale];
  const framework = getFramework(result.framework);
  const english = new Map(framework ? placedIndicators(framework).map((p) => [p.indicator.name, p]) : []);
  const named = (zh: string, pick: (p: NonNullable<ReturnType<typeof english.get>>) => { en: string }) => {
    const p = english.get(zh);
    return locale === 'en-US' && p ? pick(p).en : zh;
  };
  const level = (zh: string) => (locale === 'en-US' ? (framework?.levels.flatMap((l) => [l, ...l.children]).find((l) => l.name === zh)?.en ?? zh) : zh);
  const lines: string[] = [];
  const heading = [result.unit, result.year !== undefined ? w.year(String(result.year)) : undefined, locale === 'en-US' ? framework?.titleEn : framework?.title]
    .filter(Boolean)
    .join('  ');
  lines.push(heading, '');

  const rows = result.indicators.map((i, n, all) => [
    n > 0 && all[n - 1].level1 === i.level1 ? '' : level(i.level1),
    n > 0 && all[n - 1].level2 === i.level2 ? '' : level(i.level2),
    named(i.name, (p) => p.indicator),
    String(i.max),
    num(i.computed, w.blank),
    num(i.score, w.blank) + (i.override ? '*' : ''),
  ]);
  const table = [w.headers, ...rows];
  const widths = w.headers.map((_, c) => Math.max(...table.map((r) => displayWidth(r[c]))));
  for (const r of table) {
    lines.push(r.map((cell, c) => (c >= 3 ? padStart(cell, widths[c]) : padEnd(cell, widths[c]))).join('  ').trimEnd());
  }

  const unscored = result.indicators.filter((i) => i.score === null).length;
  lines.push('');
  lines.push(`${w.total}${w.colon}${result.total} / ${result.max}${result.complete ? '' : w.incomplete(unscored)}`);
  const grade = framework?.grades.find((g) => g.grade === result.grade);
  lines.push(`${w.grade}${w.colon}${grade ? (locale === 'en-US' ? grade.en : grade.grade) : w.noGrade}`);

  const explained = result.indicators.filter((i) => i.score === null || i.score < i.max || i.override || i.computed !== i.score);
  lines.push('', `${w.explanations}${w.colon}${explained.length ? '' : w.none}`.trimEnd());
  for (const i of explained) lines.push(`  ${named(i.name, (p) => p.indicator)}${w.colon}${i.explanation}`);
  lines.push('', `${w.findings}${w.colon}${result.findings.length ? '' : w.none}`.trimEnd());
  result.findings.forEach((f, n) => lines.push(`  ${n + 1}. ${f}`));
  return lines.join('\n') + '\n';
}

/** One line per workbook, for batch scoring. */
export function renderSummary(done: { file: string; output: string; result: ScoreResult }[], locale: Locale): string {
  const w = WORDS[locale];
  const headers = locale === 'en-US' ? ['Workbook', 'Unit', 'Total', 'Grade', 'Findings'] : ['工作簿', '单位', '总得分', '评分等级', '审计发现'];
  const rows = done.map(({ file, result }) => [
    file,
    result.unit ?? '',
    `${result.total}${result.complete ? '' : w.incomplete(result.indicators.filter((i) => i.score === null).length)}`,
    result.grade ?? w.blank,
    String(result.findings.length),
  ]);
  const table = [headers, ...rows];
  const widths = headers.map((_, c) => Math.max(...table.map((r) => displayWidth(r[c]))));
  return table.map((r) => r.map((cell, c) => padEnd(cell, widths[c])).join('  ').trimEnd()).join('\n') + '\n';
}
