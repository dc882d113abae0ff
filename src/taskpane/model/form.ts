import {
  inputDef,
  isMissingValue,
  KPI_COLUMNS,
  parseValue,
  placedIndicators,
  readEntry,
  readYear,
  REPORT_INPUTS,
  frameworkInputKeys,
  text,
  type Framework,
  type InputDef,
  type Locale,
} from "../../core";
import { catalog } from "../../i18n";
import type { Analysis } from "../../pipeline/analyze";
import type { Located } from "../../pipeline/locate/located";
import { readingFigure } from "../../pipeline/normalize";
import { currentText, figureText } from "./figures";
import { pointsByKey } from "./judgements";

/**
 * What the pane edits before it is saved: the unit and year, every input's field, the cells the clerk
 * adopted, the KPI rows and the evaluator's own scores. Plain data, changed only by the functions below,
 * which the pane and the tests call alike.
 */
export interface JudgementForm {
  unit: string;
  year: string;
  /** Each input's field as typed: "" is nothing of the clerk's (the unit's tables, if any, give the figure). */
  draft: Record<string, string>;
  /** Inputs whose field holds a figure adopted from a cell of the unit's tables, and that cell. */
  adopted: Record<string, Adoption>;
  overrides: Record<string, OverrideDraft>;
  kpis: KpiDraft[];
  /** Judgement items answered with partial points, whose number must then be given. */
  partial?: string[];
}

export interface Adoption {
  sheet: string;
  row: number;
  col: number;
  /** The unit the cell's table is kept in, when its figure was converted (元 → 万元). */
  unit?: string;
}

export type KpiDraft = Record<(typeof KPI_COLUMNS)[number], string>;

export interface OverrideDraft {
  score: string;
  reason: string;
}

/** The form as the workbook holds it now. */
export function initialForm(analysis: Analysis): JudgementForm {
  const { unit, year } = analysis.located;
  return {
    unit: unit ?? "",
    year: year === undefined ? "" : String(year),
    draft: initialDraft(analysis),
    adopted: {},
    overrides: initialOverrides(analysis),
    kpis: initialKpis(analysis),
    partial: [],
  };
}

/**
 * The form's starting values for every input of the framework: what the workbook holds now, as the
 * user would type it. Data the pane cannot change (a PERF_ name) is left out.
 */
function initialDraft(analysis: Analysis): Record<string, string> {
  const draft: Record<string, string> = {};
  for (const key of frameworkKeys(analysis.framework)) {
    const l = analysis.located.inputs.get(key);
    if (editable(l)) draft[key] = currentText(key, l);
  }
  return draft;
}

/** Every key the pane edits: the framework's inputs and the report's own figures. */
function frameworkKeys(framework: Framework): string[] {
  return [...new Set([...frameworkInputKeys(framework), ...REPORT_INPUTS.map((d) => d.key)])];
}

/** A value the pane may write: not one a defined name supplies (the data sheet would not win over it). */
export function editable(l: Located | undefined): boolean {
  return l?.source !== "name";
}

function initialKpis(analysis: Analysis): KpiDraft[] {
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

/** The evaluator's own scores by indicator id, as the data sheet holds them. */
function initialOverrides(analysis: Analysis): Record<string, OverrideDraft> {
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

/** A value typed into an input's field: it is the clerk's own, no longer an adopted cell's. */
export function typed(form: JudgementForm, key: string, value: string): JudgementForm {
  return { ...form, draft: { ...form.draft, [key]: value }, adopted: without(form.adopted, key) };
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/**
 * A candidate cell adopted for an input: its figure, converted to the input's unit (a table kept in 元
 * gives 万元; a sentence gives only the number read in it), goes into the field, and the cell is kept
 * with it so that the data sheet says where the figure came from.
 */
export function adopt(form: JudgementForm, key: string, candidate: Located): JudgementForm {
  const scaled = candidate.scale !== undefined && candidate.scale !== 1;
  return {
    ...form,
    draft: { ...form.draft, [key]: figureText(key, readingFigure(candidate)) },
    adopted: {
      ...form.adopted,
      [key]: {
        sheet: candidate.sheet,
        row: candidate.row,
        col: candidate.col,
        ...(scaled && candidate.unit && { unit: candidate.unit }),
      },
    },
  };
}

/** An input's field as last saved: the edit or adoption since then undone. */
export function undo(form: JudgementForm, saved: JudgementForm, key: string): JudgementForm {
  return typed(form, key, saved.draft[key] ?? "");
}

/**
 * Back to what the scan of the unit's tables found: the clerk's figure for this input is given up, and
 * the data sheet's row goes back to 缺少 when saved, so the tables' figure (or their candidates) count again.
 */
export function backToScan(form: JudgementForm, analysis: Analysis, key: string): JudgementForm {
  const scan = analysis.located.scanned?.get(key);
  const usable = scan && !scan.ambiguous && !scan.doubt && !scan.problem;
  return typed(form, key, usable ? figureText(key, readingFigure(scan)) : "");
}

/** Whether an input's field or adoption differs from what was saved. */
export function changed(form: JudgementForm, saved: JudgementForm, key: string): boolean {
  return (
    (form.draft[key] ?? "") !== (saved.draft[key] ?? "") ||
    JSON.stringify(form.adopted[key]) !== JSON.stringify(saved.adopted[key])
  );
}

/** The inputs, KPI rows, own scores and the unit's name and year the user changed since saving. */
export function changes(form: JudgementForm, saved: JudgementForm): number {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const keys = new Set([...Object.keys(form.draft), ...Object.keys(form.adopted)]);
  return (
    [...keys].filter((k) => changed(form, saved, k)).length +
    Object.keys(form.overrides).filter((k) => !same(form.overrides[k], saved.overrides[k])).length +
    (same(form.kpis, saved.kpis) ? 0 : 1) +
    (form.unit.trim() !== saved.unit.trim() ? 1 : 0) +
    (form.year.trim() !== saved.year.trim() ? 1 : 0)
  );
}

/**
 * Problems of the form, by field, in the user's language; an empty object means it can be saved. The core
 * judges each value, so the form accepts exactly what scoring accepts (full-width digits, "2项", "93.95%",
 * "46,332,000元"); an entry that can mean two figures is asked about.
 */
export function validate(
  form: JudgementForm,
  framework: Framework,
  locale: Locale
): Record<string, string> {
  const errors: Record<string, string> = {};
  const words = catalog(locale).pane;
  const points = pointsByKey(framework);
  for (const [key, value] of Object.entries(form.draft)) {
    const def = inputDef(key);
    if (!def) continue;
    const e = readEntry(def, value, points.get(key));
    if (e.kind === "problem")
      errors[key] = catalog(locale).core.problem(text(def.label, locale), e.problem);
    else if (e.kind === "ask")
      errors[key] = words.whichPercent(value.trim(), ...askChoices(key, e.choices));
    else if (form.partial?.includes(key) && value.trim() === "")
      errors[key] = words.partialNeeded(String(points.get(key) ?? 1));
  }
  if (form.year.trim() && readYear(form.year) === undefined)
    errors.year = words.badYear(form.year.trim());
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
    const e = readEntry(score, o.score, indicator.points);
    if (e.kind === "problem")
      errors[`override:${indicator.id}`] = catalog(locale).core.problem(
        text(score.label, locale),
        e.problem
      );
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

/** The two figures an unclear percentage may mean, as the clerk would type them: "0.9%", "90%". */
export function askChoices(key: string, choices: readonly unknown[]): [string, string] {
  return [figureText(key, choices[0]), figureText(key, choices[1])];
}
