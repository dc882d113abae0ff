import {
  evaluate,
  formatPoints,
  FUNCTIONAL_CLASSES,
  FUNCTIONAL_PERIODS,
  functionalKey,
  inputDef,
  inputLabel,
  inputProblem,
  isMissingValue,
  KPI_COLUMNS,
  levelScores,
  MISSING_WORD,
  parseValue,
  placedIndicators,
  Rational,
  REPORT_INPUTS,
  ruleInputKeys,
  text,
  unitText,
  type Finding,
  type Framework,
  type InputDef,
  type Locale,
  type Rule,
  type InputsFile,
  type ScoreResult,
} from "../core";
import { catalog } from "../i18n";
import type { Analysis } from "../pipeline/analyze";
import type { Located } from "../pipeline/locate/located";
import { cellText } from "../pipeline/locate/where";
import { blockValue, coreValue, inputsFromWorkbook } from "../pipeline/normalize";
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
  /** The figures only the self-evaluation report reads: not scored, never counted as a gap. */
  report?: boolean;
  /** Where the group's figures are entered, when not in the pane. */
  note?: string;
}

/** The inputs by indicator, then the report's own figures as a last group. */
export function inputRows(analysis: Analysis, locale: Locale): IndicatorInputs[] {
  const seen = new Set<string>();
  const row = (key: string) => inputRow(key, analysis.located.inputs.get(key), locale);
  return [
    ...placedIndicators(analysis.framework)
      .map(({ indicator }) => ({
        id: indicator.id,
        name: text(indicator.name, locale),
        rows: ruleInputKeys(indicator.rule)
          .filter((k) => !seen.has(k) && seen.add(k))
          .map(row),
      }))
      .filter((g) => g.rows.length),
    {
      id: "report",
      name: catalog(locale).pane.reportGroup,
      rows: REPORT_INPUTS.filter((d) => !seen.has(d.key)).map((d) => row(d.key)),
      report: true,
    },
    // 表1-2 lists the classes the unit has: those found are shown; others go in the data sheet's table.
    {
      id: "functional",
      name: catalog(locale).pane.functionalGroup,
      rows: FUNCTIONAL_CLASSES.flatMap((c) =>
        FUNCTIONAL_PERIODS.map((p) => functionalKey(c.code, p.key))
      )
        .filter((key) => analysis.located.inputs.has(key))
        .map(row),
      report: true,
      note: catalog(locale).pane.functionalNote,
    },
  ];
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

/**
 * The form's starting values for every input of the framework: what the workbook holds now, as the
 * user would type it. Data the pane cannot change (a PERF_ name, an unreadable source) is left out.
 */
export function initialDraft(analysis: Analysis): Record<string, string> {
  const draft: Record<string, string> = {};
  for (const key of frameworkKeys(analysis.framework)) {
    const l = analysis.located.inputs.get(key);
    if (editable(l)) draft[key] = currentText(key, l);
  }
  return draft;
}

/** Every key the pane edits: the framework's inputs and the report's own figures. */
function frameworkKeys(framework: Framework): string[] {
  return [
    ...new Set([
      ...placedIndicators(framework).flatMap((p) => ruleInputKeys(p.indicator.rule)),
      ...REPORT_INPUTS.map((d) => d.key),
    ]),
  ];
}

/** A value the pane may write: not one a defined name supplies (the template would not win over it). */
export function editable(l: Located | undefined): boolean {
  return l?.source !== "name";
}

/** The value as the form holds it: answers in their kept form (是, 完全), percentages with %, numbers as written. */
function currentText(key: string, l: Located | undefined): string {
  const v = l && !l.ambiguous && !l.problem ? blockValue(key, coreValue(l)) : null;
  if (v === null || v === undefined) return "";
  if (typeof v === "number" && inputDef(key)?.type === "percent")
    return `${formatPoints(Rational.fromNumber(v).mul(Rational.int(100)))}%`;
  return String(v);
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
  /** Judgement items answered with partial points, whose number must then be given. */
  partial?: string[];
}

/** The form as the workbook holds it now. */
export function initialForm(analysis: Analysis): JudgementForm {
  return {
    draft: initialDraft(analysis),
    overrides: initialOverrides(analysis),
    kpis: initialKpis(analysis),
    partial: [],
  };
}

/** The inputs, KPI rows and own scores the user changed, compared with what the workbook holds. */
export function changes(form: JudgementForm, saved: JudgementForm): number {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return (
    Object.keys(form.draft).filter((k) => (form.draft[k] ?? "") !== (saved.draft[k] ?? "")).length +
    Object.keys(form.overrides).filter((k) => !same(form.overrides[k], saved.overrides[k])).length +
    (same(form.kpis, saved.kpis) ? 0 : 1)
  );
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
  const words = catalog(locale).pane;
  const points = new Map(
    judgementGroups(framework, locale).flatMap((g) => g.items.map((i) => [i.key, i.points]))
  );
  for (const [key, value] of Object.entries(form.draft)) {
    const def = inputDef(key);
    if (!def) continue;
    const problem = inputProblem(def, value, locale, points.get(key));
    if (problem) errors[key] = problem;
    else if (form.partial?.includes(key) && value.trim() === "")
      errors[key] = words.partialNeeded(String(points.get(key) ?? 1));
  }
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
        errors[`kpi:${i}:${field}`] =
          catalog(locale).core.problem(words.kpiFields[field], p.problem) +
          (field === "weight" || p.problem.code === "magnitude" ? "" : words.kpiNumberHint);
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
  form: JudgementForm,
  locale: Locale
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
    // Only what the user changed is written: a value the unit's own tables hold stays read from there.
    if (!editable(l) || value.trim() === currentText(key, l)) continue;
    const at = analysis.located.inputCells?.get(key);
    // A cleared value is marked missing, never left blank: desktop Excel passes blanks to functions as 0.
    if (at)
      writes.push({ sheet, row: at.row, col: at.col, value: typed(value) ?? MISSING_WORD[locale] });
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

/**
 * The score as it will be once the form is saved, and the inputs it rests on: the workbook's values with
 * the form's over them (without unsaved changes, the analysis as it is). The report is drafted from both.
 */
export function previewScore(
  analysis: Analysis,
  form: JudgementForm | undefined,
  locale: Locale
): { result: ScoreResult; file: InputsFile } {
  const read = inputsFromWorkbook(analysis.located, analysis.framework.id);
  if (!form) return { result: analysis.result, file: read };
  for (const [key, value] of Object.entries(form.draft))
    read.inputs![key] = value.trim() === "" ? null : value;
  const kpis = form.kpis.map((k) => KPI_COLUMNS.map((c) => k[c]));
  const overrides: NonNullable<typeof read.overrides> = {};
  for (const [id, o] of Object.entries(form.overrides))
    if (o.score.trim() !== "") overrides[id] = { score: o.score, reason: o.reason };
  const file = { ...read, ...(kpis.length ? { kpis } : { kpis: undefined }), overrides };
  return { result: evaluate(file, analysis.framework, locale), file };
}

/** One indicator as step 3 lists it: its score, why points were lost, and the cells its data came from. */
export interface IndicatorLine {
  id: string;
  name: string;
  points: number;
  computed: number | null;
  score: number | null;
  override: boolean;
  explanation: string;
  cells: string[];
}

export function indicatorLines(
  analysis: Analysis,
  result: ScoreResult,
  locale: Locale
): IndicatorLine[] {
  return placedIndicators(analysis.framework).map(({ indicator }, i) => {
    const r = result.indicators[i];
    const cells = ruleInputKeys(indicator.rule).flatMap((key) => {
      const l = analysis.located.inputs.get(key);
      return l && !isMissingValue(coreValue(l)) ? [cellText(l)] : [];
    });
    return {
      id: indicator.id,
      name: text(indicator.name, locale),
      points: indicator.points,
      computed: r.computed,
      score: r.score,
      override: r.override !== null,
      explanation: r.explanation,
      cells: [...new Set(cells)],
    };
  });
}

/** Step 2's progress in a group: items not yet answered, and what the group is worth. */
export function groupProgress(group: JudgementGroup, draft: Record<string, string>): number {
  return group.items.filter((i) => (draft[i.key] ?? "").trim() === "").length;
}
