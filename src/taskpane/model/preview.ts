import {
  evaluate,
  inputDef,
  isMissingValue,
  KPI_COLUMNS,
  levelScores,
  placedIndicators,
  readEntry,
  ruleInputKeys,
  text,
  type Finding,
  type Framework,
  type InputsFile,
  type Locale,
  type ScoreResult,
} from "../../core";
import type { Analysis } from "../../pipeline/analyze";
import type { LocatedInputs } from "../../pipeline/locate/located";
import { cellText } from "../../pipeline/locate/where";
import { coreValue, inputsFromWorkbook } from "../../pipeline/normalize";
import { currentText } from "./figures";
import type { JudgementForm } from "./form";
import { pointsByKey } from "./judgements";

/**
 * The score as it will be once the form is saved, and the inputs it rests on: the workbook's figures with
 * the form's over them (without unsaved changes, the analysis as it is). The report is drafted from both.
 */
export function previewScore(
  analysis: Analysis,
  form: JudgementForm | undefined,
  locale: Locale
): { result: ScoreResult; file: InputsFile } {
  const read = inputsFromWorkbook(analysis.located, analysis.framework.id);
  if (!form) return { result: analysis.result, file: read };
  const points = pointsByKey(analysis.framework);
  for (const [key, value] of Object.entries(form.draft)) {
    const l = analysis.located.inputs.get(key);
    if (value.trim() === currentText(key, l) && !form.adopted[key]) continue;
    read.inputs![key] = entryValue(key, value, analysis.located, points.get(key));
  }
  const kpis = form.kpis.map((k) => KPI_COLUMNS.map((c) => k[c]));
  const overrides: NonNullable<typeof read.overrides> = {};
  for (const [id, o] of Object.entries(form.overrides))
    if (o.score.trim() !== "") overrides[id] = { score: o.score, reason: o.reason };
  const file: InputsFile = {
    ...read,
    ...(form.unit.trim() ? { unit: form.unit.trim() } : { unit: undefined }),
    ...(form.year.trim() ? { year: form.year.trim() } : { year: undefined }),
    ...(kpis.length ? { kpis } : { kpis: undefined }),
    overrides,
  };
  return { result: evaluate(file, analysis.framework, locale), file };
}

/**
 * What a changed field gives the core: its figure; when emptied, whatever the unit's tables give (the row
 * will say 缺少); nothing while the entry can mean two figures; the text itself when it is wrong, so the
 * score says why.
 */
function entryValue(
  key: string,
  value: string,
  located: LocatedInputs,
  max: number | undefined
): unknown {
  const e = readEntry(inputDef(key)!, value, max);
  switch (e.kind) {
    case "figure":
      return e.figure;
    case "empty": {
      const scan = located.scanned?.get(key);
      return scan ? coreValue(scan) : null;
    }
    case "ask":
      return null;
    case "problem":
      return value;
  }
}

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

/** One indicator as step 3 lists it: its score, why points were lost, and the cells its data came from. */
export interface IndicatorLine {
  id: string;
  name: string;
  points: number;
  computed: number | null;
  score: number | null;
  /** Not applicable and left out of the total. */
  omitted: boolean;
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
      omitted: !!r.omitted,
      override: r.override !== null,
      explanation: r.explanation,
      cells: [...new Set(cells)],
    };
  });
}
