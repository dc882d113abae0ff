import type { BandRule, DeviationRule, FallingRule, ProportionalRule, Rule } from "../framework";
import { numberFigure } from "../figure";
import type { InputDef } from "../inputs";
import { Rational } from "../rational";
import { RuleContext } from "../rules/context";
import { evaluateRule } from "../rules/registry";
import { isBlocked } from "../rules/outcome";
import { parseBound } from "../rules/tiers";
import { catalog, type Locale } from "../../i18n";
import type { SelfEvalForm } from "./form";
import {
  bandOf,
  readNature,
  readQuantity,
  type Band,
  type Nature,
  type Quantity,
} from "./quantity";

/** One target row as the rules read it. */
export interface RowInput {
  nature?: unknown;
  target: unknown;
  actual: unknown;
  points: unknown;
  /** The evaluator's score: needed for a qualitative row, checked against the band its actual names. */
  score?: unknown;
}

export interface RowScore {
  /** The score to 2 decimals, as the form prints it; null when something is missing or wrong. */
  score: Rational | null;
  points: Rational | null;
  nature: Nature | null;
  /** Actual over target (for ≤ rows target over actual); absent for qualitative rows and zero targets. */
  completion?: Rational;
  band?: Band;
  /** What is missing, by column (年度指标值, 实际完成值, 分值, 得分). */
  missing: string[];
  /** Why the row cannot be scored, in the reader's language. */
  errors: string[];
  /** How the score was reached, in the reader's language. */
  text: string[];
  /** A quantitative row's target and actual as compared: one unit, a percentage as a fraction. */
  figures?: { target: Rational; actual: Rational; unit: string };
  /** The rules want a 偏差原因 here: short of the target, past the deviation bound, or off an exact target. */
  deviates: boolean;
}

const DEFS = (locale: Locale): Record<string, InputDef> => {
  const w = catalog(locale).selfEval.columns;
  return {
    actual: { key: "actual", type: "quantity", label: { "zh-CN": w.actual, "en-US": w.actual } },
    target: { key: "target", type: "quantity", label: { "zh-CN": w.target, "en-US": w.target } },
    score: { key: "score", type: "score", label: { "zh-CN": w.score, "en-US": w.score } },
    band: {
      key: "band",
      type: "choice",
      label: { "zh-CN": w.band, "en-US": w.band },
      options: (["达成", "部分达成", "未达成"] as const).map((b) => ({
        "zh-CN": b,
        "en-US": catalog("en-US").selfEval.bands[b],
      })),
    },
  };
};

const HUNDRED = Rational.int(100);
/** No row of a 100-point form is worth more; beyond doubles, a sum of such points is no longer a number. */
const MAX_POINTS = Rational.int(10000);

/**
 * Scores one of the unit's target rows by the form's rules: ≥ and = rows by completion (actual / target,
 * at most full points; a target of 0 is always met), ≤ rows by the falling rule, qualitative rows by the
 * evaluator's score inside the band the actual names. The arithmetic is the rule kinds' own.
 */
export function scoreRow(row: RowInput, form: SelfEvalForm, locale: Locale = "zh-CN"): RowScore {
  const w = catalog(locale).selfEval;
  const result: RowScore = {
    score: null,
    points: null,
    nature: null,
    missing: [],
    errors: [],
    text: [],
    deviates: false,
  };
  const points = readQuantity(row.points);
  if (points.kind === "missing") result.missing.push(w.columns.points);
  else if (
    points.kind !== "number" ||
    points.value.lt(Rational.ZERO) ||
    points.value.gt(MAX_POINTS) ||
    !["", "分"].includes(points.unit)
  )
    result.errors.push(w.badPoints(shown(row.points)));
  else result.points = points.value;

  const target = readQuantity(row.target);
  const actual = readQuantity(row.actual);
  const declared = readNature(row.nature);
  if (declared === "unknown") result.errors.push(w.badNature(shown(row.nature)));
  if (target.kind === "missing") result.missing.push(w.columns.target);
  if (actual.kind === "missing") result.missing.push(w.columns.actual);
  for (const [q, column] of [
    [target, w.columns.target],
    [actual, w.columns.actual],
  ] as const)
    if (q.kind === "error") result.errors.push(w.cellError(column, q.text));
  if (result.errors.length) return result;
  const nature = natureOf(declared === "unknown" ? undefined : declared, target, actual);
  if (nature === "conflict") {
    result.errors.push(w.natureConflict(shown(row.nature), shown(row.target)));
    return result;
  }
  result.nature = nature;
  if (nature === "qualitative") return qualitative(row, target, actual, form, result, locale);
  if (
    target.kind !== "number" ||
    actual.kind !== "number" ||
    !result.points ||
    result.errors.length
  )
    return result;

  const pair = sameUnit(target, actual);
  if (typeof pair === "string") {
    result.errors.push(
      pair === "ambiguous"
        ? w.ambiguousPercent(shown(row.actual))
        : w.unitMismatch(shown(row.target), shown(row.actual))
    );
    return result;
  }
  result.figures = { target: pair[0], actual: pair[1], unit: target.unit || actual.unit };
  // The 一体化 rules read a negative actual as 0.
  const [t, a] = [pair[0], pair[1].max(Rational.ZERO)];
  if (t.lt(Rational.ZERO)) {
    result.errors.push(w.negativeTarget(shown(row.target)));
    return result;
  }
  const outcome = evaluateRule(
    ruleFor(nature, t, result.points, form, w.rowLabel),
    result.points,
    new RuleContext({ target: numberFigure(t), actual: numberFigure(a) }, undefined, locale, {
      defs: DEFS(locale),
    })
  );
  if (!t.isZero() && !(nature === "<=" && a.isZero()))
    result.completion = nature === "<=" ? t.div(a) : a.div(t);
  settle(result, outcome, locale);
  const deviation = form.rows.deviation && parseBound(form.rows.deviation.at);
  result.deviates =
    (form.rows.reasonWhenShort && result.score !== null && result.score.lt(result.points)) ||
    (nature !== "<=" && !!deviation && !t.isZero() && a.div(t).ge(deviation)) ||
    (nature === "=" && !a.eq(t));
  return result;
}

function ruleFor(
  nature: ">=" | "<=" | "=",
  target: Rational,
  points: Rational,
  form: SelfEvalForm,
  label: string
): Rule {
  const named = { "zh-CN": label, "en-US": label };
  if (nature === "<=") {
    const falling: FallingRule = {
      kind: "falling",
      label: named,
      actual: "actual",
      target: "target",
      curve: form.rows.falling,
    };
    return falling;
  }
  // A target of 0 is met by any actual: the ratio is taken against 0 / 0 counted as met.
  const rising: ProportionalRule = {
    kind: "proportional",
    label: named,
    measure: target.isZero()
      ? { numerator: ["target"], denominator: ["target"], whenNoneReceived: "met" }
      : { numerator: ["actual"], denominator: ["target"] },
  };
  const deviation = form.rows.deviation;
  if (!deviation?.deduct || target.isZero()) return rising;
  const deducted: DeviationRule = {
    kind: "deviation",
    label: named,
    points: points.toNumber(),
    measure: { numerator: ["actual"], denominator: ["target"] },
    at: deviation.at,
    deduct: deviation.deduct,
    parts: [{ ...rising, points: points.toNumber() }],
  };
  return deducted;
}

function qualitative(
  row: RowInput,
  target: Quantity,
  actual: Quantity,
  form: SelfEvalForm,
  result: RowScore,
  locale: Locale
): RowScore {
  const w = catalog(locale).selfEval;
  const given = readQuantity(row.score);
  const words = actual.kind === "words" ? actual.text : undefined;
  let band =
    words !== undefined
      ? bandOf(words, target.kind === "words" ? target.text : undefined)
      : undefined;
  // Words that name no band leave the band to the evaluator's score: its share of the points picks it.
  if (!band && given.kind === "number" && result.points && !result.points.isZero())
    band = form.rows.bands.find((b) =>
      given.value.div(result.points!).ge(parseBound(b.from)!)
    )?.answer;
  if (given.kind === "missing") result.missing.push(w.columns.score);
  if (!result.points || result.missing.length || result.errors.length) return result;
  if (!band) {
    result.missing.push(w.columns.band);
    return result;
  }
  result.band = band;
  const rule: BandRule = { kind: "band", key: "band", score: "score", bands: form.rows.bands };
  const outcome = evaluateRule(
    rule,
    result.points,
    new RuleContext(
      { band, score: given.kind === "number" ? numberFigure(given.value) : row.score },
      undefined,
      locale,
      {
        defs: DEFS(locale),
      }
    )
  );
  settle(result, outcome, locale);
  result.deviates = form.rows.reasonWhenShort && band !== "达成";
  return result;
}

function settle(result: RowScore, outcome: ReturnType<typeof evaluateRule>, locale: Locale) {
  const ctx = new RuleContext({}, undefined, locale, { defs: DEFS(locale) });
  result.errors.push(...outcome.errors.map((n) => ctx.render(n)));
  result.text.push(...outcome.text);
  // To 2 places as the form prints, never above the row's points (half of a cent rounds up).
  if (!isBlocked(outcome) && outcome.score)
    result.score = outcome.score.round(2).min(result.points ?? outcome.score.round(2));
}

/** The row's nature: the column's, else the target's own sign, else words make it qualitative, else ≥. */
function natureOf(
  declared: Nature | undefined,
  target: Quantity,
  actual: Quantity
): Nature | "conflict" {
  if (declared === "qualitative" || target.kind === "words" || actual.kind === "words")
    return "qualitative";
  const own = target.kind === "number" ? target.comparison : undefined;
  if (declared && own && declared !== own && !(declared === "=" || own === "=")) return "conflict";
  return declared ?? own ?? ">=";
}

/**
 * Target and actual in one unit. A plain number beside a percentage is a fraction up to 1 (a cell formatted
 * as a percentage) and percent from 2 on (98 for 98%); between the two it is asked about, never guessed.
 */
function sameUnit(
  target: Extract<Quantity, { kind: "number" }>,
  actual: Extract<Quantity, { kind: "number" }>
): [Rational, Rational] | "ambiguous" | "mismatch" {
  if (target.unit === actual.unit) return [target.value, actual.value];
  const plain = (q: typeof target, other: typeof target) => q.unit === "" && other.unit === "%";
  const asPercent = (v: Rational): Rational | "ambiguous" =>
    v.le(Rational.ONE) ? v : v.ge(Rational.int(2)) ? v.div(HUNDRED) : "ambiguous";
  if (plain(actual, target)) {
    const v = asPercent(actual.value);
    return v === "ambiguous" ? v : [target.value, v];
  }
  if (plain(target, actual)) {
    const v = asPercent(target.value);
    return v === "ambiguous" ? v : [v, actual.value];
  }
  if (target.unit === "" || actual.unit === "") return [target.value, actual.value];
  return "mismatch";
}

function shown(raw: unknown): string {
  return raw === null || raw === undefined ? "" : String(raw).trim();
}
