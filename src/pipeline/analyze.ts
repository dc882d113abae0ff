import {
  EXCEL_ERRORS,
  evaluate,
  getFramework,
  inputLabel,
  isMissingValue,
  placedIndicators,
  ruleInputKeys,
  type Finding,
  type Framework,
  type Locale,
  selfEvalJson,
  type ScoreResult,
  type SelfEvalJson,
} from "../core";
import { catalog, text } from "../i18n";
import { locateInputs, type Locator, type LocatedInputs } from "./locate";
import { staleFindings } from "./audit/stale-results";
import { tableFindings } from "./audit/table-identities";
import { locateByLabels, specsOf } from "./locate/tables";
import { cellText, doubtText, inAll, valueText, whereText } from "./locate/where";
import { inputsFromWorkbook } from "./normalize";
import type { SheetPlan } from "./sheets/plan";
import { storedFramework, type Stored } from "./sheets/framework-store";
import { planScoreSheet, type FormulaMode } from "./sheets/score-sheet";
import { scoreSelfEvalTables } from "./self-eval";
import type { WorkbookSnapshot } from "./snapshot";

export interface GenerateOptions {
  mode: FormulaMode;
  framework?: Framework;
  locale?: Locale;
  /** Input sources after names and the template; labels in the unit's own sheets unless given. */
  locators?: readonly Locator[];
}

export interface Generated extends Analysis {
  plan: SheetPlan;
}

/**
 * The host-neutral pipeline: a workbook's contents in, the score and the score sheet (as a plan) out.
 * Office.js and .xlsx adapters only read the snapshot and apply the plan.
 */
export interface Analysis {
  framework: Framework;
  /** Where the workbook keeps the framework it is scored with, when it keeps one (framework-store.ts). */
  stored?: Stored;
  result: ScoreResult;
  located: LocatedInputs;
  /** Set when the workbook holds no input at all: why, what to do, and what each indicator needs. */
  noInputs?: NoInputs;
  /** The unit's 绩效自评表 (one per project), rescored by the national rules of their kind; plain data. */
  selfEval?: SelfEvalJson[];
}

/** Finds the inputs and scores them, without planning a sheet: what the task pane shows before generating. */
export function analyzeWorkbook(
  wb: WorkbookSnapshot,
  options: Omit<GenerateOptions, "mode"> = {}
): Analysis {
  const locale = options.locale ?? "zh-CN";
  const kept = storedFramework(wb, locale);
  const stored = kept && "framework" in kept ? kept : undefined;
  const framework = options.framework ?? stored?.framework ?? getFramework()!;
  // Where the framework came from, when the workbook chose it: a unit's workbook may carry any framework.
  const provenance: Finding[] = options.framework
    ? []
    : stored
      ? [
          {
            code: "storedFramework",
            kind: "note",
            params: { title: framework.title, id: framework.id },
          },
        ]
      : kept && "refused" in kept
        ? [
            {
              code: "storedFrameworkRefused",
              kind: "input",
              params: { problems: kept.refused.slice(0, 3) },
            },
          ]
        : [];
  const own = specsOf(framework.inputs ?? []);
  const locators = options.locators ?? [(w: WorkbookSnapshot) => locateByLabels(w, own)];
  const located = byIndicator(locateInputs(wb, locators), framework);
  const file = inputsFromWorkbook(located, framework.id);
  // An ambiguity is worth a finding only where it leaves an indicator without data.
  const gaps = new Set(
    evaluate(file, framework).indicators.flatMap((i) => i.missing.flatMap((k) => k.split("|")))
  );
  const result = evaluate(file, framework, locale, [
    ...provenance,
    ...sourceFindings(located, gaps),
    ...tableFindings(wb),
    ...staleFindings(wb),
  ]);
  const found = [...located.inputs.values()].some((l) => !isMissingValue(l.value));
  const forms = scoreSelfEvalTables(wb, { locale }).map((r) => selfEvalJson(r, locale));
  return {
    framework,
    ...(stored && { stored }),
    result,
    located,
    ...(!found && { noInputs: noInputsMessage(framework, locale) }),
    ...(forms.length && { selfEval: forms }),
  };
}

export function scoreWorkbook(wb: WorkbookSnapshot, options: GenerateOptions): Generated {
  const analysis = analyzeWorkbook(wb, options);
  const plan = planScoreSheet({
    framework: analysis.framework,
    result: analysis.result,
    located: analysis.located,
    mode: options.mode,
    existingSheets: wb.sheets.map((s) => s.name),
    // Live formulas read the framework from the workbook's store, when that is the one scored with.
    ...(analysis.stored?.framework.id === analysis.framework.id && {
      frameworkRange: analysis.stored.range,
    }),
    locale: options.locale,
  });
  return { ...analysis, plan };
}

/**
 * The evaluator's own scores keyed by indicator id, whatever language the template names them in;
 * a name the framework does not know stays as written, to be reported.
 */
function byIndicator(located: LocatedInputs, framework: Framework): LocatedInputs {
  const ids = new Map(
    placedIndicators(framework).flatMap(({ indicator }) =>
      [indicator.id, ...Object.values(indicator.name)].map((n) => [n, indicator.id] as const)
    )
  );
  const rekey = <T>(m: Map<string, T> | undefined) =>
    m && new Map([...m].map(([name, v]) => [ids.get(name) ?? name, v]));
  return {
    ...located,
    overrides: rekey(located.overrides)!,
    ...(located.overrideCells && {
      overrideCells: rekey(located.overrideCells),
    }),
  };
}

function sourceFindings(located: LocatedInputs, gaps: Set<string>): Finding[] {
  const out: Finding[] = [];
  for (const l of located.inputs.values()) {
    const about = { inputKey: l.key, cells: [cellText(l)] };
    if (l.problem)
      out.push({
        code: "needsRecalc",
        kind: "ambiguous",
        ...about,
        params: { cell: l.problem },
      });
    const where = (x = l) => inAll((locale) => whereText(x, locale));
    const value = (x = l) => inAll((locale) => valueText(x.value, locale));
    if (typeof l.value === "string" && EXCEL_ERRORS.includes(l.value.trim().toUpperCase())) {
      out.push({
        code: "sourceError",
        kind: "inconsistent",
        ...about,
        params: { where: where(), error: l.value.trim() },
      });
    }
    if (l.ambiguous && gaps.has(l.key)) {
      const candidates = l.ambiguous.map((a) =>
        inAll((locale) =>
          catalog(locale).sheets.source.valueAt(whereText(a, locale), valueText(a.value, locale))
        )
      );
      out.push({
        code: "ambiguousSource",
        kind: "ambiguous",
        inputKey: l.key,
        cells: l.ambiguous.map(cellText),
        params: { candidates },
      });
    } else if (l.doubt && gaps.has(l.key)) {
      out.push({
        code: "doubtfulSource",
        kind: "ambiguous",
        ...about,
        params: {
          where: where(),
          value: value(),
          why: inAll((locale) => doubtText(l, locale)),
        },
      });
    } else if (!l.ambiguous && l.source === "label" && l.confidence < 0.7) {
      out.push({
        code: "lowConfidence",
        kind: "ambiguous",
        ...about,
        params: {
          where: where(),
          labels: l.labels?.join(" / ") ?? "",
          confidence: String(l.confidence),
        },
      });
    }
    for (const c of l.conflicts ?? []) {
      out.push({
        code: "conflictingSources",
        kind: "inconsistent",
        inputKey: l.key,
        cells: [cellText(l), cellText(c)],
        params: {
          where: where(),
          value: value(),
          otherWhere: where(c),
          otherValue: value(c),
        },
      });
    }
  }
  return out;
}

export interface NoInputs {
  summary: string;
  hint: string;
  needed: string[];
}

function noInputsMessage(framework: Framework, locale: Locale): NoInputs {
  const words = catalog(locale).sheets.noInputs;
  const needed = placedIndicators(framework).map(({ indicator }) =>
    words.line(
      text(indicator.name, locale),
      ruleInputKeys(indicator.rule).map((k) => inputLabel(k, locale))
    )
  );
  return { summary: words.summary, hint: words.hint, needed };
}
