import type { KpiTableRule } from "../framework";
import { formatPercent, formatPoints } from "../format";
import { text } from "../../i18n";
import { isMissingValue, normalizeText, parseValue } from "../parse";
import { Rational } from "../rational";
import type { RuleContext } from "./context";
import { note, type Note } from "./note";
import { isBlocked, outcome, type Outcome } from "./outcome";
import type { KindDef } from "./kind";

/** One row of the unit's own KPI table (效果性). */
export interface KpiRow {
  aspect?: unknown;
  name?: unknown;
  target?: unknown;
  actual?: unknown;
  direction?: unknown;
  weight?: unknown;
}

/** Column order when a row comes as a sheet row (a 2-D range) rather than an object. */
export const KPI_COLUMNS = ["aspect", "name", "target", "actual", "direction", "weight"] as const;

interface ReadRow {
  aspect: string;
  name: string;
  completion: Rational;
  weight: Rational;
}

/**
 * Score = points × Σ weight × completion / Σ weight, where completion is min(1, actual/target)
 * for "higher is better" rows and min(1, target/actual) for "lower is better" ones.
 * Without a table, the evaluator's own score (the fallback input) is used.
 */
export function kpiTable(rule: KpiTableRule, points: Rational, ctx: RuleContext): Outcome {
  const out = outcome();
  const rows = tableRows(ctx.kpis);
  if (rows === "invalid") {
    out.errors.push(note("kpiNotTable"));
    return out;
  }
  if (rows.length === 0) return fallback(rule, points, ctx, out);
  if (ctx.isGiven(rule.fallback)) out.warnings.push(note("kpiBothGiven"));

  const read = rows
    .map((row, i) => readRow(row, i + 1, ctx, out))
    .filter((r): r is ReadRow => r !== null);
  if (isBlocked(out)) return out;
  const weightSum = read.reduce((s, r) => s.add(r.weight), Rational.ZERO);
  if (weightSum.isZero()) {
    out.errors.push(note("kpiZeroWeights"));
    return out;
  }
  const achieved = read
    .reduce((s, r) => s.add(r.weight.mul(r.completion)), Rational.ZERO)
    .div(weightSum);
  out.score = points.mul(achieved);
  out.text.push(ctx.msg.kpiSummary(read.length, formatPercent(achieved), formatPoints(out.score)));
  for (const r of read)
    if (r.completion.lt(Rational.ONE)) {
      out.text.push(ctx.msg.kpiShortfall(r.name, formatPercent(r.completion)));
      out.shortfalls.push(ctx.msg.kpiShortfall(r.name, formatPercent(r.completion)));
    }

  // A row may name its aspect in either language.
  const aspects = rule.aspects.filter((a) =>
    read.some((r) => Object.values(a).some((name) => normalizeText(name ?? "") === r.aspect))
  );
  if (aspects.length < rule.minAspects)
    out.warnings.push(
      note("kpiFewAspects", { list: aspects.map((a) => text(a, ctx.locale)) }, rule.minAspects)
    );
  return out;
}

function fallback(rule: KpiTableRule, points: Rational, ctx: RuleContext, out: Outcome): Outcome {
  const score = ctx.number(rule.fallback, out, points);
  if (score) {
    out.score = score;
    out.text.push(ctx.msg.kpiFallback(formatPoints(score)));
  }
  return out;
}

/** Rows as objects; sheet rows (arrays) are mapped by column; wholly blank rows are dropped. */
function tableRows(kpis: unknown): KpiRow[] | "invalid" {
  if (kpis === undefined || kpis === null) return [];
  if (!Array.isArray(kpis)) return "invalid";
  const rows: KpiRow[] = [];
  for (const row of kpis) {
    if (Array.isArray(row)) rows.push(Object.fromEntries(KPI_COLUMNS.map((c, i) => [c, row[i]])));
    else if (row && typeof row === "object") rows.push(row as KpiRow);
    else return "invalid";
  }
  return rows.filter((r) => KPI_COLUMNS.some((c) => !isBlank(r[c])));
}

/** A blank, a dash or the add-in's missing mark: KPI sheets arrive with all three. */
const isBlank = isMissingValue;

/**
 * A weight or direction left unset: blank, or 0 — the form a blank cell takes in desktop Excel's custom
 * functions. So a weight of 0 counts as 1 (delete the row to leave a KPI out) and direction 0 as “>=”.
 */
const unset = (v: unknown) => isBlank(v) || v === 0 || v === "0";

function readRow(row: KpiRow, n: number, ctx: RuleContext, out: Outcome): ReadRow | null {
  const problems: Note[] = [];
  // A name is text (or a number written as one): a list or an object is no name, however it prints.
  const name =
    typeof row.name === "string" || typeof row.name === "number" ? String(row.name).trim() : "";
  if (!name) problems.push(note("kpiNoName"));
  const direction = readDirection(row.direction);
  if (!direction) problems.push(note("kpiBadDirection", String(row.direction)));
  const target = quantity(row.target, `kpis[${n}].target`, ctx, out, problems);
  const actual = quantity(row.actual, `kpis[${n}].actual`, ctx, out, problems);
  const weight = unset(row.weight) ? Rational.ONE : quantity(row.weight, "", ctx, out, problems);
  for (const p of problems) out.errors.push(note("kpiRowProblem", n, { note: p }));
  if (!direction || !target || !actual || !weight || problems.length) return null;
  return {
    aspect: isBlank(row.aspect) ? "" : normalizeText(String(row.aspect)),
    name,
    completion: completion(direction, target, actual),
    weight,
  };
}

function quantity(
  raw: unknown,
  key: string,
  ctx: RuleContext,
  out: Outcome,
  problems: Note[]
): Rational | null {
  const p = parseValue(raw, { type: "quantity" });
  if (p.kind === "value") return p.value;
  if (p.kind === "missing") out.missing.push(key);
  if (p.kind === "problem")
    problems.push(
      note("problem", key ? { key } : { note: note("kpiWeight") }, { problem: p.problem })
    );
  return null;
}

function readDirection(raw: unknown): ">=" | "<=" | null {
  if (unset(raw)) return ">=";
  const t = normalizeText(String(raw))
    .replace(/[＞]/g, ">")
    .replace(/[＜]/g, "<")
    .replace(/[＝]/g, "=");
  if ([">=", "≥", ">", "越大越好", "正向"].includes(t)) return ">=";
  if (["<=", "≤", "<", "越小越好", "反向"].includes(t)) return "<=";
  return null;
}

/** A zero target (or a zero actual where lower is better) is fully met: the capped ratio's limit is 1. */
function completion(direction: ">=" | "<=", target: Rational, actual: Rational): Rational {
  const [num, den] = direction === ">=" ? [actual, target] : [target, actual];
  return den.isZero() ? Rational.ONE : num.div(den).min(Rational.ONE);
}

export const kpiTableKind: KindDef<KpiTableRule> = {
  names: { "zh-CN": "个性化指标表", "en-US": "KPI table" },
  evaluate: kpiTable,
  keys: (rule) => [rule.fallback],
  shape(c) {
    c.key("fallback");
    c.number("minAspects");
    if (!Array.isArray(c.rule.aspects)) c.problem(`${c.path}.aspects`, c.words.needsList);
    else c.rule.aspects.forEach((a, i) => c.localized(a, `${c.path}.aspects[${i}]`));
  },
  validate: (rule, _points, c) => c.key(rule.fallback),
};
