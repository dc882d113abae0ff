import {
  formatPoints,
  inputDef,
  inputLabel,
  inputProblem,
  isMissingValue,
  KPI_COLUMNS,
  levelScores,
  parseValue,
  placedIndicators,
  Rational,
  ruleInputKeys,
  text,
  unitText,
  type Finding,
  type Framework,
  type InputDef,
  type Locale,
  type Rule,
  type ScoreResult,
} from "../core";
import { catalog } from "../i18n";
import type { Analysis } from "../pipeline/analyze";
import type { Located } from "../pipeline/locate/located";
import { blockValue, coreValue } from "../pipeline/normalize";
import type { CellWrite } from "../pipeline/sheets/plan";
import { KPI_ROWS } from "../pipeline/sheets/template-sheet";

/** What the task pane shows, derived from an analysis: plain data, so components stay thin and testable. */

export type InputStatus = "found" | "missing" | "ambiguous" | "problem";

export interface InputRow {
  key: string;
  label: string;
  status: InputStatus;
  value: string;
  located?: Located;
}

export interface IndicatorInputs {
  id: string;
  name: string;
  rows: InputRow[];
}

export function inputRows(analysis: Analysis, locale: Locale): IndicatorInputs[] {
  const seen = new Set<string>();
  return placedIndicators(analysis.framework)
    .map(({ indicator }) => ({
      id: indicator.id,
      name: text(indicator.name, locale),
      rows: ruleInputKeys(indicator.rule)
        .filter((k) => !seen.has(k) && seen.add(k))
        .map((key) => inputRow(key, analysis.located.inputs.get(key), locale)),
    }))
    .filter((g) => g.rows.length);
}

function inputRow(key: string, l: Located | undefined, locale: Locale): InputRow {
  const label = inputLabel(key, locale);
  if (!l) return { key, label, status: "missing", value: "" };
  const status: InputStatus = l.ambiguous
    ? "ambiguous"
    : l.problem
      ? "problem"
      : isMissingValue(coreValue(l))
        ? "missing"
        : "found";
  return {
    key,
    label,
    status,
    value: status === "found" ? display(key, blockValue(key, coreValue(l), locale), locale) : "",
    located: l,
  };
}

/** A value with its unit, as the pane shows it: "247.82 万元", "93.95%", "42 人". */
function display(key: string, v: unknown, locale: Locale): string {
  const def = inputDef(key);
  if (typeof v !== "number" || !def) return String(v ?? "");
  if (def.type === "percent")
    return `${formatPoints(Rational.fromNumber(v).mul(Rational.int(100)))}%`;
  if (def.type === "amount" || def.type === "count")
    return `${formatPoints(Rational.fromNumber(v))} ${unitText(def, locale)}`;
  return String(v);
}

/** The inputs an evaluator decides (judgements, yes/no, disclosure, counts of shortcomings, the effectiveness score), by indicator. */
export interface JudgementItem {
  key: string;
  def: InputDef;
  label: string;
  /** What the item is worth: a judgement's points (partial credit up to them), a score's maximum. */
  points?: number;
}

export interface JudgementGroup {
  id: string;
  name: string;
  points: number;
  items: JudgementItem[];
}

export function judgementGroups(framework: Framework, locale: Locale): JudgementGroup[] {
  return placedIndicators(framework)
    .map(({ indicator }) => ({
      id: indicator.id,
      name: text(indicator.name, locale),
      points: indicator.points,
      items: ruleInputKeys(indicator.rule)
        .map((key) => ({ key, def: inputDef(key)! }))
        .filter(({ def }) => def.decided)
        .map(({ key, def }) => ({
          key,
          def,
          label: inputLabel(key, locale),
          points:
            itemPoints(indicator.rule, key) ??
            (def.type === "score" ? indicator.points : undefined),
        })),
    }))
    .filter((g) => g.items.length);
}

function itemPoints(rule: Rule, key: string): number | undefined {
  if (rule.kind === "checklist") return rule.items.find((i) => i.key === key)?.points;
  if (rule.kind === "composite")
    return rule.parts.map((p) => itemPoints(p, key)).find((p) => p !== undefined);
  return undefined;
}

/** The form's starting values: what the template (or another source) holds now, as the user would type it. */
export function initialDraft(analysis: Analysis): Record<string, string> {
  const draft: Record<string, string> = {};
  for (const g of judgementGroups(analysis.framework, "zh-CN")) {
    for (const item of g.items)
      draft[item.key] = currentText(item.key, analysis.located.inputs.get(item.key));
  }
  return draft;
}

/** The value as the form holds it: answers in their kept form (是, 完全), numbers as written. */
function currentText(key: string, l: Located | undefined): string {
  const v = l ? blockValue(key, coreValue(l)) : null;
  return v === null || v === undefined ? "" : String(v);
}

export type KpiDraft = Record<(typeof KPI_COLUMNS)[number], string>;

export function initialKpis(analysis: Analysis): KpiDraft[] {
  const asText = (v: unknown) => (isMissingValue(v) ? "" : String(v));
  return (analysis.located.kpis?.rows ?? [])
    .filter((r) => r.some((v) => !isMissingValue(v)))
    .map(
      (r) =>
        Object.fromEntries(
          KPI_COLUMNS.map((c, i) => [c, asText(r[i]) || (c === "direction" ? ">=" : "")])
        ) as KpiDraft
    );
}

export interface OverrideDraft {
  score: string;
  reason: string;
}

/** The evaluator's own scores by indicator id, as the template holds them. */
export function initialOverrides(analysis: Analysis): Record<string, OverrideDraft> {
  const out: Record<string, OverrideDraft> = {};
  for (const { indicator } of placedIndicators(analysis.framework)) {
    const o = analysis.located.overrides.get(indicator.id);
    out[indicator.id] = {
      score: o && !isMissingValue(o.score) ? String(o.score) : "",
      reason: o && !isMissingValue(o.reason) ? String(o.reason) : "",
    };
  }
  return out;
}

/** What the 评价判断 step saves: answers by input key, KPI rows, and own scores by indicator id. */
export interface JudgementForm {
  draft: Record<string, string>;
  overrides: Record<string, OverrideDraft>;
  kpis: KpiDraft[];
}

/**
 * Problems of the form, by field, in the user's language; an empty object means it can be saved. The core
 * judges each value, so the form accepts exactly what scoring accepts (full-width digits, "2项", "93.95%").
 */
export function validate(
  form: JudgementForm,
  framework: Framework,
  locale: Locale
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const g of judgementGroups(framework, locale)) {
    for (const item of g.items) {
      const problem = inputProblem(item.def, form.draft[item.key] ?? "", locale, item.points);
      if (problem) errors[item.key] = problem;
    }
  }
  const words = catalog(locale).pane;
  for (const { indicator } of placedIndicators(framework)) {
    const o = form.overrides[indicator.id];
    if (!o || o.score.trim() === "") continue;
    const score: InputDef = {
      key: indicator.id,
      type: "score",
      label: {
        "zh-CN": words.ownScoreLabel,
        "en-US": catalog("en-US").pane.ownScoreLabel,
      },
    };
    const problem = inputProblem(score, o.score, locale, indicator.points);
    if (problem) errors[`override:${indicator.id}`] = problem;
    if (!o.reason.trim()) errors[`reason:${indicator.id}`] = words.reasonRequired;
  }
  form.kpis.forEach((k, i) => {
    for (const field of ["target", "actual", "weight"] as const) {
      const p = parseValue(k[field], { type: "quantity" });
      if (p.kind === "problem")
        errors[`kpi:${i}:${field}`] = catalog(locale).core.problem(
          words.kpiFields[field],
          p.problem
        );
    }
  });
  return errors;
}

/**
 * The template cells to write for the form's values, found by key in `analysis` — which the session reads
 * afresh just before writing, so a row the user moved or deleted since the pane last looked is never
 * written over. Keys without a row in the template are returned as `unplaced`.
 */
export function templateWrites(
  analysis: Analysis,
  form: JudgementForm
): { writes: CellWrite[]; unplaced: string[] } {
  const sheet = analysis.located.templateSheet;
  if (!sheet) return { writes: [], unplaced: Object.keys(form.draft) };
  const writes: CellWrite[] = [];
  const unplaced: string[] = [];
  const typed = (s: string): string | number | null => {
    const t = s.trim();
    if (t === "") return null;
    const n = Number(t.replace(/,/g, ""));
    return Number.isFinite(n) ? n : t;
  };
  for (const [key, value] of Object.entries(form.draft)) {
    const l = analysis.located.inputs.get(key);
    // A value held by a name or the unit's own table is written into the template only when the user changed it.
    if (l && l.source !== "template" && value === currentText(key, l)) continue;
    const at = analysis.located.inputCells?.get(key);
    if (at) writes.push({ sheet, row: at.row, col: at.col, value: typed(value) });
    else unplaced.push(key);
  }
  const area = analysis.located.kpis;
  if (area && area.sheet === sheet) {
    for (let i = 0; i < Math.max(area.rows.length, KPI_ROWS); i++) {
      const k = form.kpis[i];
      KPI_COLUMNS.forEach((c, j) => {
        const v = k
          ? ["target", "actual", "weight"].includes(c)
            ? typed(k[c])
            : k[c] || null
          : null;
        writes.push({ sheet, row: area.top + i, col: area.left + j, value: v });
      });
    }
  }
  for (const [id, o] of Object.entries(form.overrides)) {
    const at = analysis.located.overrideCells?.get(id);
    if (!at) continue;
    writes.push(
      { sheet, row: at.row, col: at.scoreCol, value: typed(o.score) },
      { sheet, row: at.row, col: at.reasonCol, value: o.reason.trim() || null }
    );
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

export function levelBars(result: ScoreResult, framework: Framework, locale: Locale): LevelBar[] {
  return levelScores(result, framework).map((l) => ({
    name: text(l.def.name, locale),
    level: l.level,
    score: l.score,
    points: l.points,
  }));
}

/** The score sheet row a finding speaks of, when it is about an indicator. */
export function findingRow(
  finding: Finding,
  anchors: Record<string, number> | undefined
): number | undefined {
  return finding.indicatorId ? anchors?.[finding.indicatorId] : undefined;
}
