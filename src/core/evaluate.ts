import {
  placedIndicators,
  type Framework,
  type IndicatorDef,
  type PlacedIndicator,
} from "./framework";
import { formatPercent, formatPoints } from "./format";
import { gradeFor } from "./grade";
import { inputDef, nearestKey, readYear } from "./inputs";
import { text, type Locale, type Messages } from "../i18n";
import type { Finding } from "./findings";
import { parseValue } from "./parse";
import { Rational } from "./rational";
import { RuleContext } from "./rules/context";
import { measureRatio } from "./rules/measure";
import { outcome } from "./rules/outcome";
import { evaluateRule } from "./rules/registry";
import type { Outcome } from "./rules/outcome";
import { capLimit, settleTotal, type TotalTerms } from "./total";
import { validateFramework } from "./validate";

/** The JSON inputs file of the public contract (README, “JSON 输入文件”), also what the workbook readers produce. */
export interface InputsFile {
  framework?: string;
  unit?: string;
  year?: number | string;
  inputs?: Record<string, unknown>;
  kpis?: unknown;
  overrides?: Record<string, OverrideInput>;
}

export interface OverrideInput {
  score?: unknown;
  reason?: unknown;
}

export interface Override {
  score: number;
  reason: string;
}

/** One row of the `--json` result; `errors` and `override` extend the documented shape. */
export interface IndicatorResult {
  id: string;
  level1: string;
  level2: string;
  name: string;
  max: number;
  computed: number | null;
  score: number | null;
  explanation: string;
  /** Where the data shows points lost, as problem statements (none when unscored). */
  shortfalls: string[];
  missing: string[];
  warnings: string[];
  errors: string[];
  override: Override | null;
  /** Not applicable and left out: no score, its points spread over the others (the total is scaled). */
  omitted?: true;
}

export interface ScoreResult {
  framework: string;
  unit?: string;
  year?: number | string;
  total: number;
  max: number;
  grade: string | null;
  complete: boolean;
  indicators: IndicatorResult[];
  findings: Finding[];
  /** How the total differs from the indicators' sum: scaled for items left out, capped by a rate. */
  adjustments?: string[];
  /** The highest total the framework's cap allows at the unit's rate; null while the rate is unknown. */
  ceiling?: number | null;
}

/** No unit's name is longer: a longer text is cut there, with a mark, wherever the name is printed. */
const UNIT_NAME = 100;
const clipped = (name: string) =>
  name.length > UNIT_NAME ? `${name.slice(0, UNIT_NAME - 1)}…` : name;

/** Unknown input keys named one by one in the findings; the rest are counted. */
const UNKNOWN_NAMED = 20;

/**
 * Scores every indicator of a framework. Never throws on user data: a missing or bad input
 * leaves that indicator empty with its reason, and the total is marked incomplete. A caller that
 * read the inputs from somewhere (a workbook) adds its own findings about them, listed before the
 * framework's structural notes.
 */
export function evaluate(
  file: InputsFile,
  framework: Framework,
  locale: Locale = "zh-CN",
  sourceFindings: Finding[] = []
): ScoreResult {
  const ctx = new RuleContext(file.inputs ?? {}, file.kpis, locale);
  const findings: Finding[] = [];
  const overrides = file.overrides ?? {};
  const placed = placedIndicators(framework);
  const overrideOf = (ind: IndicatorDef) =>
    overrides[ind.id] ??
    overrides[text(ind.name, "zh-CN")] ??
    (ind.name["en-US"] !== undefined ? overrides[ind.name["en-US"]] : undefined);

  const indicators = placed.map((p) => scoreIndicator(p, ctx, overrideOf(p.indicator), findings));

  const known = new Set(
    placed.flatMap((p) => [p.indicator.id, ...Object.values(p.indicator.name)])
  );
  for (const name of Object.keys(overrides))
    if (!known.has(name))
      findings.push({
        code: "unknownOverride",
        kind: "input",
        params: { override: name },
      });
  // Each unknown key is named, with the key it most likely means, up to a few: past them, a count.
  const unknown = Object.keys(file.inputs ?? {}).filter((key) => !inputDef(key));
  for (const key of unknown.slice(0, UNKNOWN_NAMED)) {
    const near = nearestKey(key);
    findings.push(
      near
        ? { code: "unknownInputNear", kind: "input", inputKey: near, params: { key, near } }
        : { code: "unknownInput", kind: "input", params: { key } }
    );
  }
  if (unknown.length > UNKNOWN_NAMED)
    findings.push({
      code: "unknownInputsMore",
      kind: "input",
      params: { count: unknown.length - UNKNOWN_NAMED },
    });
  const year = file.year === undefined ? undefined : readYear(file.year);
  if (file.year !== undefined && year === undefined)
    findings.push({ code: "badYear", kind: "input", params: { value: String(file.year) } });
  findings.push(...sourceFindings);
  findings.push(...validateFramework(framework));

  const { total, complete, adjustments, terms } = totalOf(indicators, framework, ctx);
  const grade = complete ? gradeFor(total.toNumber(), framework) : undefined;
  return {
    framework: framework.id,
    ...(file.unit !== undefined && { unit: clipped(String(file.unit)) }),
    ...(year !== undefined && { year }),
    total: total.toNumber(),
    max: framework.total,
    grade: grade ? text(grade.grade, "zh-CN") : null,
    complete,
    indicators,
    findings,
    ...(adjustments.length && { adjustments }),
    ...(terms.ceiling !== undefined && { ceiling: terms.ceiling }),
  };
}

/**
 * The total as `settleTotal` works it out, with what holds it (the points left out, the cap's ceiling from
 * the rate), and sentences saying how it differs from the indicators' sum.
 */
function totalOf(indicators: IndicatorResult[], framework: Framework, ctx: RuleContext) {
  const adjustments: string[] = [];
  const terms: TotalTerms = {
    max: framework.total,
    left: indicators.reduce((s, i) => (i.omitted ? s + i.max : s), 0),
  };
  const cap = framework.cap;
  let rate: { value: Rational; below: string } | undefined;
  if (cap) {
    const out = outcome();
    const ratio = measureRatio(cap.measure, { text: cap.label }, ctx, out);
    if (ratio?.kind === "ratio") {
      const limit = capLimit(cap.limits, ratio.value);
      if (limit) {
        terms.ceiling = limit.max;
        rate = { value: ratio.value, below: limit.below };
      }
    } else if (ratio === null) {
      terms.ceiling = null;
      adjustments.push(
        ctx.msg.capUnknown(text(cap.label, ctx.locale), [
          ...out.missing.map((k) => ctx.label(k)),
          ...out.errors.map((e) => ctx.render(e)),
        ])
      );
    }
  }
  const settled = settleTotal(
    indicators.map((i) => i.score),
    indicators.map((i) => !!i.omitted),
    terms
  );
  const scaled = settled.uncapped ?? settled.total;
  if (settled.sum)
    adjustments.unshift(
      ctx.msg.totalScaled(
        formatPoints(Rational.fromNumber(terms.left)),
        formatPoints(settled.sum),
        formatPoints(scaled)
      )
    );
  if (settled.uncapped && cap && rate)
    adjustments.push(
      ctx.msg.totalCapped(
        text(cap.label, ctx.locale),
        formatPercent(rate.value),
        rate.below,
        formatPoints(settled.total),
        formatPoints(settled.uncapped)
      )
    );
  return { total: settled.total, complete: settled.complete, adjustments, terms };
}

function scoreIndicator(
  { level1, level2, indicator }: PlacedIndicator,
  ctx: RuleContext,
  rawOverride: OverrideInput | undefined,
  findings: Finding[]
): IndicatorResult {
  const msg = ctx.msg;
  const points = Rational.fromNumber(indicator.points);
  const {
    outcome: o,
    score: computed,
    explanation: computedText,
  } = computeIndicator(indicator, ctx);
  const about = { indicatorId: indicator.id };
  const override =
    rawOverride === undefined
      ? null
      : readOverride(rawOverride, points, msg, (why) =>
          findings.push({
            code: "overrideInvalid",
            kind: "input",
            ...about,
            params: { why },
          })
        );

  let explanation = computedText;
  if (override) {
    const s = formatPoints(Rational.fromNumber(override.score));
    explanation =
      msg.sentence([msg.overrideApplied(s, override.reason)]) +
      (computedText ? msg.computedWas(computedText) : "");
    if (computed === null) {
      findings.push({
        code: "overrideUnverifiable",
        kind: "claim",
        ...about,
        params: {
          score: s,
          reason: override.reason,
          inputs: o.missing,
          errors: o.errors,
        },
      });
    } else if (!computed.eq(Rational.fromNumber(override.score))) {
      findings.push({
        code: "overrideDiffers",
        kind: "claim",
        ...about,
        params: {
          score: s,
          computed: formatPoints(computed),
          reason: override.reason,
        },
      });
    }
  } else if (o.errors.length) {
    findings.push({
      code: "indicatorErrors",
      kind: "input",
      ...about,
      params: { errors: o.errors },
    });
  } else if (o.missing.length) {
    findings.push({
      code: "indicatorMissing",
      kind: "missing",
      ...about,
      params: { inputs: o.missing },
    });
  }
  for (const w of o.warnings)
    findings.push({
      code: "indicatorNote",
      kind: "note",
      ...about,
      params: { note: w },
    });

  const computedNumber = computed ? computed.toNumber() : null;
  const omitted = o.omitted && !override;
  return {
    id: indicator.id,
    level1: text(level1.name, "zh-CN"),
    level2: text(level2.name, "zh-CN"),
    name: text(indicator.name, "zh-CN"),
    max: indicator.points,
    computed: computedNumber,
    score: override ? override.score : computedNumber,
    explanation,
    shortfalls: computed ? o.shortfalls : [],
    missing: o.missing,
    warnings: o.warnings.map((w) => ctx.render(w)),
    errors: o.errors.map((e) => ctx.render(e)),
    override,
    ...(omitted && { omitted: true as const }),
  };
}

/** One indicator's rule on the inputs of `ctx`: its score rounded to 2 decimals (null when it cannot be computed) and its 扣分情况说明. */
export interface ComputedIndicator {
  outcome: Outcome;
  score: Rational | null;
  missingLabels: string[];
  explanation: string;
}

export function computeIndicator(indicator: IndicatorDef, ctx: RuleContext): ComputedIndicator {
  const o = evaluateRule(indicator.rule, Rational.fromNumber(indicator.points), ctx);
  const score = o.score && !o.missing.length && !o.errors.length ? o.score.round(2) : null;
  const missingLabels = o.missing.map((k) => ctx.label(k));
  return {
    outcome: o,
    score,
    missingLabels,
    explanation: explain(o, missingLabels, ctx),
  };
}

/**
 * What the score rests on. An indicator left unscored says only what it lacks: a rate worked out from the
 * figures it has (a 日常公用经费控制率 beside a missing 三公 figure) counts for nothing and is not shown.
 */
function explain(o: Outcome, missingLabels: string[], ctx: RuleContext): string {
  const msg = ctx.msg;
  const scored = !o.missing.length && !o.errors.length;
  if (o.omitted) return msg.sentence(o.text);
  const parts = scored ? [...o.text] : [];
  if (missingLabels.length) parts.push(msg.missingInputs(missingLabels));
  parts.push(...o.errors.map((e) => ctx.render(e)));
  return msg.sentence(parts);
}

function readOverride(
  raw: OverrideInput,
  points: Rational,
  msg: Messages,
  reject: (why: string) => void
): Override | null {
  const score = parseValue(raw?.score, { type: "score", max: points });
  if (score.kind !== "value") {
    reject(msg.overrideBadScore(String(raw?.score ?? ""), formatPoints(points)));
    return null;
  }
  const reason = typeof raw.reason === "string" ? raw.reason.trim() : "";
  if (!reason) {
    reject(msg.overrideNoReason());
    return null;
  }
  return { score: score.value.round(2).toNumber(), reason };
}
