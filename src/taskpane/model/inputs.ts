import {
  alternativeInputs,
  capInputKeys,
  FUNCTIONAL_CLASSES,
  FUNCTIONAL_PERIODS,
  functionalKey,
  inputDef,
  inputLabel,
  isMissingValue,
  parseValue,
  placedIndicators,
  Rational,
  REPORT_INPUTS,
  ruleInputKeys,
  specOf,
  text,
  type Framework,
  type InputsFile,
  type Locale,
  type ScoreResult,
} from "../../core";
import { catalog } from "../../i18n";
import type { Analysis } from "../../pipeline/analyze";
import type { Located } from "../../pipeline/locate/located";
import { cellText, doubtText } from "../../pipeline/locate/where";
import { coreValue, readingFigure } from "../../pipeline/normalize";
import { isAdoptedNote } from "../../pipeline/sheets/template-sheet";
import { entryFigure, figureDisplay } from "./figures";
import { changed, type JudgementForm } from "./form";
import { pointsByKey } from "./judgements";

/** What step 1 shows of each input, derived from the analysis, the form and the score it gives. */

/**
 * `found`: a figure counts; `entered`: typed or adopted, not saved yet; `missing`: no figure, and the
 * indicator needs one; `notNeeded`: no figure, but its indicator is scored by another route (cumulative
 * spending instead of quarterly rates) or it is optional; `ambiguous`, `doubt`, `problem`: the tables
 * hold something that is not used, and the row says why.
 */
export type InputStatus =
  "found" | "entered" | "missing" | "notNeeded" | "ambiguous" | "doubt" | "problem";

export interface InputRow {
  key: string;
  label: string;
  status: InputStatus;
  /** The figure that counts, with its unit: found, or as it will be saved. */
  value: string;
  /** Where the figure that counts comes from. */
  located?: Located;
  /** Why a figure of the tables is not used (a relation it breaks, a formula to recalculate). */
  why?: string;
  /** Cells the clerk may adopt: disagreeing candidates, a held-back reading, a weak match. */
  candidates: Located[];
  /** Where an adopted figure came from, as the pane says it (采用自 财决01!J10, or the data sheet's note). */
  adoption?: string;
  /** The clerk's figure stands in the data sheet where the unit's tables have their own reading. */
  restorable: boolean;
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
export function inputRows(
  analysis: Analysis,
  form: JudgementForm,
  saved: JudgementForm,
  preview: { result: ScoreResult; file: InputsFile },
  locale: Locale
): IndicatorInputs[] {
  const seen = new Set<string>();
  const needed = neededInputs(analysis.framework, preview);
  const points = pointsByKey(analysis.framework);
  const row = (key: string, report = false) =>
    inputRow(key, analysis, form, saved, report || needed.has(key), points.get(key), locale);
  return [
    ...placedIndicators(analysis.framework)
      .map(({ indicator }) => ({
        id: indicator.id,
        name: text(indicator.name, locale),
        rows: ruleInputKeys(indicator.rule)
          .filter((k) => !seen.has(k) && seen.add(k))
          .map((k) => row(k)),
      }))
      .filter((g) => g.rows.length),
    ...(analysis.framework.cap && capInputKeys(analysis.framework).length
      ? [
          {
            id: "cap",
            name: text(analysis.framework.cap.label, locale),
            rows: capInputKeys(analysis.framework).map((k) => row(k)),
          },
        ]
      : []),
    {
      id: "report",
      name: catalog(locale).pane.reportGroup,
      rows: REPORT_INPUTS.filter((d) => !seen.has(d.key)).map((d) => row(d.key, true)),
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
        .map((k) => row(k, true)),
      report: true,
      note: catalog(locale).pane.functionalNote,
    },
  ];
}

/**
 * The inputs a score still waits for: those an indicator names as missing, and every other absent input of
 * an unscored indicator — except an optional one, or one whose stand-in is given (a quarter's rate where its
 * spending is there). An indicator already scored needs nothing more.
 */
function neededInputs(
  framework: Framework,
  { result, file }: { result: ScoreResult; file: InputsFile }
): Set<string> {
  const given = (key: string) => {
    const def = inputDef(key);
    return !!def && parseValue(file.inputs?.[key], specOf(def)).kind !== "missing";
  };
  const needed = new Set(result.indicators.flatMap((i) => i.missing.flatMap((k) => k.split("|"))));
  placedIndicators(framework).forEach(({ indicator }, i) => {
    if (result.indicators[i]?.computed !== null) return;
    const pairs = alternativeInputs(indicator.rule);
    for (const key of ruleInputKeys(indicator.rule)) {
      const standIn = pairs.flatMap(([a, b]) => (a === key ? [b] : b === key ? [a] : []));
      if (!given(key) && !inputDef(key)?.optional && !standIn.some(given)) needed.add(key);
    }
  });
  return needed;
}

function inputRow(
  key: string,
  analysis: Analysis,
  form: JudgementForm,
  saved: JudgementForm,
  needed: boolean,
  max: number | undefined,
  locale: Locale
): InputRow {
  const label = inputLabel(key, locale);
  const l = analysis.located.inputs.get(key);
  const scan = analysis.located.scanned?.get(key);
  const adoption = form.adopted[key];
  const base = {
    key,
    label,
    located: l,
    restorable: l?.source === "template" && !!scan && !isMissingValue(coreValue(l)),
    ...(adoption
      ? { adoption: catalog(locale).pane.adoptedFrom(cellText(adoption)) }
      : l?.source === "template" && isAdoptedNote(l.note) && { adoption: l.note }),
  };
  const edited = changed(form, saved, key);
  if (edited && (form.draft[key] ?? "").trim() !== "") {
    const figure = entryFigure(key, form.draft[key], max);
    return {
      ...base,
      status: "entered",
      value: figure ? figureDisplay(key, figure, locale) : "",
      candidates: [],
    };
  }
  // A field emptied since saving gives the row back to the tables: their reading is what will count.
  const shown = edited ? scan : l;
  const figure = shown && coreValue(shown);
  if (shown && !isMissingValue(figure))
    return {
      ...base,
      located: shown,
      status: "found",
      value: figureDisplay(key, figure, locale),
      candidates: shown.source === "label" && shown.confidence < 0.7 ? [shown] : [],
    };
  const held = shown?.source === "template" ? scan : shown;
  const gap = (status: InputStatus, more: Partial<InputRow> = {}): InputRow => ({
    ...base,
    status,
    value: "",
    candidates: [],
    ...more,
  });
  if (!needed) return gap("notNeeded");
  if (held?.ambiguous) return gap("ambiguous", { candidates: held.ambiguous });
  if (held?.doubt) return gap("doubt", { why: doubtText(held, locale), candidates: [held] });
  if (held?.problem)
    return gap("problem", { why: catalog(locale).sheets.source.recalc(held.problem) });
  return gap("missing");
}

/**
 * The cells a clerk may adopt for an input the scan could not settle — disagreeing cells, or a reading held
 * back — each with the figure it counts as once adopted (converted from its table's unit).
 */
export function readingCandidates(
  analysis: Analysis,
  key: string
): { located: Located; figure: Rational }[] {
  const l = analysis.located.scanned?.get(key);
  const cells = l?.ambiguous ?? (l?.doubt ? [l] : []);
  return cells.flatMap((c) => {
    const def = inputDef(key);
    const p = def && parseValue(readingFigure(c), { ...specOf(def), max: undefined });
    return p?.kind === "value" ? [{ located: c, figure: p.value }] : [];
  });
}
