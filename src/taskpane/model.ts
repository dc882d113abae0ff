import {
  formatPoints,
  getFramework,
  inputDef,
  isMissingValue,
  inputLabel,
  placedIndicators,
  Rational,
  ruleInputKeys,
  type InputDef,
  type Locale,
  type Rule,
  type ScoreResult,
} from '../core';
import { address } from '../pipeline/a1';
import type { Located } from '../pipeline/locate';
import { blockValue, coreValue } from '../pipeline/normalize';
import type { Analysis } from '../pipeline/analyze';
import { KPI_ROWS } from '../pipeline/sheets/template-sheet';
import type { CellWrite } from '../pipeline/sheets/plan';

/** What the task pane shows, derived from an analysis: plain data, so components stay thin and testable. */

const framework = getFramework()!;
const placed = placedIndicators(framework);

export type InputStatus = 'found' | 'missing' | 'ambiguous' | 'problem';

export interface InputRow {
  key: string;
  label: string;
  status: InputStatus;
  value: string;
  located?: Located;
}

export interface IndicatorInputs {
  name: string;
  rows: InputRow[];
}

export function inputRows(analysis: Analysis, locale: Locale): IndicatorInputs[] {
  const seen = new Set<string>();
  return placed
    .map(({ indicator }) => ({
      name: indicator.name,
      rows: ruleInputKeys(indicator.rule)
        .filter((k) => !seen.has(k) && seen.add(k))
        .map((key) => inputRow(key, analysis.located.inputs.get(key), locale)),
    }))
    .filter((g) => g.rows.length);
}

function inputRow(key: string, l: Located | undefined, locale: Locale): InputRow {
  const label = inputLabel(key, locale);
  if (!l) return { key, label, status: 'missing', value: '' };
  const status: InputStatus = l.ambiguous ? 'ambiguous' : l.problem ? 'problem' : isMissingValue(coreValue(l)) ? 'missing' : 'found';
  return { key, label, status, value: status === 'found' ? display(key, blockValue(key, coreValue(l))) : '', located: l };
}

function display(key: string, v: unknown): string {
  const def = inputDef(key);
  if (typeof v !== 'number') return String(v ?? '');
  if (def?.type === 'percent') return `${formatPoints(Rational.fromNumber(v).mul(Rational.int(100)))}%`;
  if (def?.type === 'amount') return `${formatPoints(Rational.fromNumber(v))} 万元`;
  return `${v}${def?.unit && def.type === 'count' ? ` ${def.unit}` : ''}`;
}

export function whereText(l: Located): string {
  return `${l.sheet}!${address(l.row, l.col)}`;
}

/** The inputs an evaluator decides (judgements, yes/no, disclosure, counts, the effectiveness score), by indicator. */
export interface JudgementItem {
  key: string;
  def: InputDef;
  label: string;
  /** Points of a judgement item (for partial credit). */
  points?: number;
}

const DECIDED: InputDef['type'][] = ['judgement', 'flag', 'choice', 'count', 'score'];
const FOUND_IN_TABLES = new Set(['staffOnPayroll', 'staffAuthorized', 'contractStaff', 'projectsPlanned', 'projectsOnTime', 'petitionsReceived', 'petitionsReplied', 'petitionsRepliedOnTime']);

export function judgementGroups(locale: Locale): { name: string; points: number; items: JudgementItem[] }[] {
  return placed
    .map(({ indicator }) => ({
      name: indicator.name,
      points: indicator.points,
      items: ruleInputKeys(indicator.rule)
        .map((key) => ({ key, def: inputDef(key)! }))
        .filter(({ key, def }) => DECIDED.includes(def.type) && !FOUND_IN_TABLES.has(key))
        .map(({ key, def }) => ({ key, def, label: inputLabel(key, locale), points: itemPoints(indicator.rule, key) ?? (def.type === 'score' ? indicator.points : undefined) })),
    }))
    .filter((g) => g.items.length);
}

function itemPoints(rule: Rule, key: string): number | undefined {
  if (rule.kind === 'checklist') return rule.items.find((i) => i.key === key)?.points;
  if (rule.kind === 'composite') return rule.parts.map((p) => itemPoints(p, key)).find((p) => p !== undefined);
  return undefined;
}

/** The form's starting values: what the template (or another source) holds now, as the user would type it. */
export function initialDraft(analysis: Analysis): Record<string, string> {
  const draft: Record<string, string> = {};
  for (const g of judgementGroups('zh-CN')) {
    for (const item of g.items) draft[item.key] = currentText(item.key, analysis.located.inputs.get(item.key));
  }
  return draft;
}

function currentText(key: string, l: Located | undefined): string {
  const v = l ? blockValue(key, coreValue(l)) : null;
  return v === null || v === undefined ? '' : String(v);
}

export interface KpiDraft {
  aspect: string;
  name: string;
  target: string;
  actual: string;
  direction: string;
  weight: string;
}

export function initialKpis(analysis: Analysis): KpiDraft[] {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return (analysis.located.kpis?.rows ?? [])
    .filter((r) => r.some((v) => v !== null && v !== ''))
    .map((r) => ({ aspect: text(r[0]), name: text(r[1]), target: text(r[2]), actual: text(r[3]), direction: text(r[4]) || '>=', weight: text(r[5]) }));
}

export interface OverrideDraft {
  score: string;
  reason: string;
}

export function initialOverrides(analysis: Analysis): Record<string, OverrideDraft> {
  const out: Record<string, OverrideDraft> = {};
  for (const { indicator } of placed) {
    const o = analysis.located.overrides.get(indicator.name);
    out[indicator.name] = { score: o ? String(o.score ?? '') : '', reason: o ? String(o.reason ?? '') : '' };
  }
  return out;
}

/** Problems of the form, by field, in the user's language; an empty object means it can be saved. */
export function validate(
  draft: Record<string, string>,
  overrides: Record<string, OverrideDraft>,
  kpis: KpiDraft[],
  words: { notANumber: string; scoreRange: (max: number) => string; reasonRequired: string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  const number = (s: string) => (s.trim() === '' ? null : Number(s.replace(/,/g, '')));
  for (const g of judgementGroups('zh-CN')) {
    for (const item of g.items) {
      const v = draft[item.key] ?? '';
      if (v === '' || ['是', '否', ...(item.def.options ?? [])].includes(v)) continue;
      const n = number(v);
      const max = item.points ?? (item.def.type === 'score' ? g.points : undefined);
      if (n === null || Number.isNaN(n) || n < 0) errors[item.key] = words.notANumber;
      else if (max !== undefined && n > max) errors[item.key] = words.scoreRange(max);
    }
  }
  for (const { indicator } of placed) {
    const o = overrides[indicator.name];
    if (!o || o.score.trim() === '') continue;
    const n = number(o.score);
    if (n === null || Number.isNaN(n) || n < 0 || n > indicator.points) errors[`override:${indicator.name}`] = words.scoreRange(indicator.points);
    if (!o.reason.trim()) errors[`reason:${indicator.name}`] = words.reasonRequired;
  }
  kpis.forEach((k, i) => {
    for (const field of ['target', 'actual', 'weight'] as const) {
      const n = number(k[field]);
      if (n !== null && (Number.isNaN(n) || n < 0)) errors[`kpi:${i}:${field}`] = words.notANumber;
    }
  });
  return errors;
}

/** What the 评价判断 step saves: answers by input key, KPI rows, and own scores by indicator name. */
export interface JudgementForm {
  draft: Record<string, string>;
  overrides: Record<string, OverrideDraft>;
  kpis: KpiDraft[];
}

/**
 * The template cells to write for the form's values, found by key in `analysis` — which the session reads
 * afresh just before writing, so a row the user moved or deleted since the pane last looked is never
 * written over. Keys without a row in the template are returned as `unplaced`.
 */
export function templateWrites(analysis: Analysis, form: JudgementForm): { writes: CellWrite[]; unplaced: string[] } {
  const sheet = analysis.located.templateSheet;
  if (!sheet) return { writes: [], unplaced: Object.keys(form.draft) };
  const writes: CellWrite[] = [];
  const unplaced: string[] = [];
  const typed = (s: string): string | number | null => {
    const t = s.trim();
    if (t === '') return null;
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) ? n : t;
  };
  for (const [key, value] of Object.entries(form.draft)) {
    const l = analysis.located.inputs.get(key);
    // A value held by a name or the unit's own table is written into the template only when the user changed it.
    if (l && l.source !== 'template' && value === currentText(key, l)) continue;
    const at = analysis.located.inputCells?.get(key);
    if (at) writes.push({ sheet, row: at.row, col: at.col, value: typed(value) });
    else unplaced.push(key);
  }
  const area = analysis.located.kpis;
  if (area && area.sheet === sheet) {
    for (let i = 0; i < Math.max(area.rows.length, KPI_ROWS); i++) {
      const k = form.kpis[i];
      const values = k ? [k.aspect, k.name, typed(k.target), typed(k.actual), k.direction, typed(k.weight)] : [null, null, null, null, null, null];
      values.forEach((value, c) => writes.push({ sheet, row: area.top + i, col: area.left + c, value: value === '' ? null : value }));
    }
  }
  for (const [name, o] of Object.entries(form.overrides)) {
    const at = analysis.located.overrideCells?.get(name);
    if (!at) continue;
    writes.push({ sheet, row: at.row, col: at.scoreCol, value: typed(o.score) }, { sheet, row: at.row, col: at.reasonCol, value: o.reason.trim() || null });
  }
  return { writes, unplaced };
}

export const KPI_CAPACITY = KPI_ROWS;

/** Score against points for each first- and second-level indicator, for the chart. */
export interface LevelBar {
  name: string;
  level: 1 | 2;
  score: number;
  points: number;
}

export function levelBars(result: ScoreResult): LevelBar[] {
  const bars: LevelBar[] = [];
  for (const l1 of framework.levels) {
    const inL1 = result.indicators.filter((i) => i.level1 === l1.name);
    bars.push({ name: l1.name, level: 1, score: sum(inL1.map((i) => i.score ?? 0)), points: sum(inL1.map((i) => i.max)) });
    for (const l2 of l1.children) {
      const inL2 = inL1.filter((i) => i.level2 === l2.name);
      bars.push({ name: l2.name, level: 2, score: sum(inL2.map((i) => i.score ?? 0)), points: sum(inL2.map((i) => i.max)) });
    }
  }
  return bars;
}

function sum(xs: number[]): number {
  return xs.reduce((s, x) => s.add(Rational.fromNumber(x)), Rational.ZERO).round(2).toNumber();
}

/** The score sheet row a finding speaks of, when it names an indicator. */
export function findingRow(finding: string, anchors: Record<string, number> | undefined): number | undefined {
  if (!anchors) return undefined;
  const name = Object.keys(anchors).find((n) => finding.startsWith(`${n}：`));
  return name ? anchors[name] : undefined;
}
