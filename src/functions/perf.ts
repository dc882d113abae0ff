import {
  computeIndicator,
  readFramework,
  type Framework,
  evaluateRule,
  getFramework,
  gradeFor,
  inputDef,
  measureRatio,
  parseValue,
  placedIndicators,
  quarterRate,
  ruleInputKeys,
  Rational,
  RuleContext,
  normalizeText,
  isMissingValue,
  type CompositeRule,
  type ComputedIndicator,
  type ContextOptions,
  type IndicatorDef,
  type InputDef,
  type Locale,
  type Outcome,
  type Rule,
} from "../core";
import {
  cellsOf,
  fail,
  ok,
  outcomeToCell,
  percentFromCell,
  plain,
  rowsOf,
  scalar,
  type CellResult,
} from "./cell-values";
import { catalog, LOCALES, text, type FunctionStrings, type Localized } from "../i18n";

/**
 * Every PERF.* function, host-free: Excel values in, a value or an Excel error out. Each binds its
 * parameters to a rule of the framework data and lets the scoring core do the rest.
 */

const framework = getFramework()!;
const indicators = placedIndicators(framework).map((p) => p.indicator);
const byId = new Map(indicators.map((i) => [i.id, i]));

function indicatorById(id: string): IndicatorDef {
  const found = byId.get(id);
  if (!found) throw new Error(`framework has no indicator ${id}`);
  return found;
}

function partOf(id: string, index: number): Rule {
  return (indicatorById(id).rule as CompositeRule).parts[index];
}

const fns = (locale: Locale) => catalog(locale).functions;

/** A text of the functions' catalog in every language, as a label the core can render. */
const bothLanguages = (pick: (words: FunctionStrings) => string): Localized =>
  Object.fromEntries(LOCALES.map((l) => [l, pick(fns(l))])) as Localized;

const param = (key: string, type: InputDef["type"], label: Localized): InputDef => ({
  key,
  type,
  label,
});
const own = (key: keyof FunctionStrings["params"], type: InputDef["type"]) =>
  param(
    key,
    type,
    bothLanguages((w) => w.params[key])
  );

const PARAMS = {
  actual: own("actual", "amount"),
  budget: own("budget", "amount"),
  spent: own("spent", "amount"),
  quarter: own("quarter", "count"),
  count: own("count", "count"),
};

function ruleLabelOf(key: keyof FunctionStrings["ruleLabels"]): Localized {
  return bothLanguages((w) => w.ruleLabels[key]);
}

function context(
  inputs: Record<string, unknown>,
  locale: Locale,
  options: ContextOptions = {},
  kpis?: unknown
) {
  return new RuleContext(inputs, kpis, locale, options);
}

function toCell(
  o: Outcome,
  ctx: RuleContext,
  value: (score: Rational) => number | string
): CellResult {
  return outcomeToCell(
    o,
    o.missing.map((k) => ctx.label(k)),
    ctx.locale,
    () => value(o.score ?? Rational.ZERO)
  );
}

function score(rule: Rule, points: Rational, ctx: RuleContext, scale = Rational.ONE): CellResult {
  const o = evaluateRule(rule, points, ctx);
  return toCell(o, ctx, (s) => s.mul(scale).round(2).toNumber());
}

function wholeIndicator(
  id: string,
  inputs: Record<string, unknown>,
  locale: Locale,
  kpis?: unknown
): CellResult {
  const ind = indicatorById(id);
  return score(ind.rule, Rational.fromNumber(ind.points), context(inputs, locale, {}, kpis));
}

/** An optional points argument: blank means the framework's own points. */
function pointsArg(raw: unknown, fallback: number, locale: Locale): Rational | CellResult {
  const p = parseValue(scalar(raw), { type: "score" });
  if (p.kind === "missing") return Rational.fromNumber(fallback);
  if (p.kind === "value" && !p.value.isZero()) return p.value;
  return fail("value", fns(locale).badPoints(String(scalar(raw))));
}

const isResult = (v: Rational | CellResult): v is CellResult => !(v instanceof Rational);

function ratio(
  num: unknown,
  den: unknown,
  ruleLabel: Localized,
  locale: Locale,
  defs: [InputDef, InputDef]
): CellResult {
  const ctx = context({ n: scalar(num), d: scalar(den) }, locale, {
    defs: { n: { ...defs[0], key: "n" }, d: { ...defs[1], key: "d" } },
  });
  const o: Outcome = {
    score: null,
    missing: [],
    errors: [],
    text: [],
    warnings: [],
  };
  const r = measureRatio({ numerator: ["n"], denominator: ["d"] }, text(ruleLabel, locale), ctx, o);
  return toCell(o, ctx, () => (r?.kind === "ratio" ? r.value.toNumber() : 0));
}

export function controlRate(actual: unknown, budget: unknown, locale: Locale): CellResult {
  return ratio(actual, budget, ruleLabelOf("control"), locale, [PARAMS.actual, PARAMS.budget]);
}

export function adjustRate(adjusted: unknown, scale: unknown, locale: Locale): CellResult {
  return ratio(adjusted, scale, ruleLabelOf("adjust"), locale, [
    inputDef("fundsAdjusted")!,
    inputDef("budgetScale")!,
  ]);
}

export function execRate(
  budget: unknown,
  spent: unknown,
  quarter: unknown,
  locale: Locale
): CellResult {
  const defs = {
    budget: PARAMS.budget,
    spent: PARAMS.spent,
    quarter: PARAMS.quarter,
  };
  const ctx = context(
    { budget: scalar(budget), spent: scalar(spent), quarter: scalar(quarter) },
    locale,
    { defs }
  );
  const o: Outcome = {
    score: null,
    missing: [],
    errors: [],
    text: [],
    warnings: [],
  };
  const b = ctx.number("budget", o);
  const s = ctx.number("spent", o);
  const q = ctx.number("quarter", o);
  if (q && (q.lt(Rational.ONE) || q.gt(Rational.int(4))))
    return fail("value", fns(locale).badQuarter(String(scalar(quarter))));
  if (b && b.isZero()) {
    o.errors.push(ctx.msg.zeroDenominator(fns(locale).ruleLabels.exec, ctx.label("budget")));
    o.zeroDenominator = true;
  }
  return toCell(o, ctx, () => quarterRate(s!, b!, q!.toNumber()).toNumber());
}

export function controlScore(
  actual: unknown,
  budget: unknown,
  points: unknown,
  locale: Locale
): CellResult {
  const rule = partOf("publicExpenseControl", 0);
  const max = Rational.fromNumber(rule.points ?? 0);
  const wanted = pointsArg(points, max.toNumber(), locale);
  if (isResult(wanted)) return wanted;
  const defs = {
    sanGongActual: { ...PARAMS.actual, key: "sanGongActual" },
    sanGongBudget: { ...PARAMS.budget, key: "sanGongBudget" },
  };
  const ctx = context({ sanGongActual: scalar(actual), sanGongBudget: scalar(budget) }, locale, {
    defs,
    ruleLabel: ruleLabelOf("control"),
  });
  return score(rule, max, ctx, wanted.div(max));
}

export function procurementScore(
  planned: unknown,
  actual: unknown,
  policy: unknown,
  locale: Locale
): CellResult {
  return wholeIndicator(
    "procurementExecution",
    {
      procurementPlanned: scalar(planned),
      procurementActual: scalar(actual),
      procurementPolicyImplemented: scalar(policy),
    },
    locale
  );
}

export function adjustScore(
  adjusted: unknown,
  scale: unknown,
  points: unknown,
  locale: Locale
): CellResult {
  const rule = partOf("financialCompliance", 1);
  const wanted = pointsArg(points, rule.points ?? 0, locale);
  if (isResult(wanted)) return wanted;
  return score(
    rule,
    wanted,
    context({ fundsAdjusted: scalar(adjusted), budgetScale: scalar(scale) }, locale)
  );
}

export function assetScore(inUse: unknown, total: unknown, locale: Locale): CellResult {
  return wholeIndicator(
    "fixedAssetUtilization",
    { fixedAssetsInUse: scalar(inUse), fixedAssetsTotal: scalar(total) },
    locale
  );
}

export function staffScore(onPayroll: unknown, authorized: unknown, locale: Locale): CellResult {
  return wholeIndicator(
    "payrollStaffControl",
    { staffOnPayroll: scalar(onPayroll), staffAuthorized: scalar(authorized) },
    locale
  );
}

export function contractStaffScore(
  contract: unknown,
  onPayroll: unknown,
  locale: Locale
): CellResult {
  return wholeIndicator(
    "contractStaffControl",
    { contractStaff: scalar(contract), staffOnPayroll: scalar(onPayroll) },
    locale
  );
}

export function execScore(
  budget: unknown,
  q1: unknown,
  q2: unknown,
  q3: unknown,
  q4: unknown,
  locale: Locale
): CellResult {
  const [spentQ1, spentQ2, spentQ3, spentQ4] = [q1, q2, q3, q4].map(scalar);
  return wholeIndicator(
    "budgetExecution",
    { executionBudget: scalar(budget), spentQ1, spentQ2, spentQ3, spentQ4 },
    locale
  );
}

export function keyWorkScore(missed: unknown, locale: Locale): CellResult {
  return wholeIndicator("keyTasks", { keyTasksMissed: scalar(missed) }, locale);
}

export function timelinessScore(planned: unknown, onTime: unknown, locale: Locale): CellResult {
  return wholeIndicator(
    "projectTimeliness",
    { projectsPlanned: scalar(planned), projectsOnTime: scalar(onTime) },
    locale
  );
}

export function disclosureScore(
  budget: unknown,
  finalAccounts: unknown,
  classified: unknown,
  locale: Locale
): CellResult {
  return wholeIndicator(
    "disclosure",
    {
      budgetDisclosure: scalar(budget),
      finalAccountsDisclosure: scalar(finalAccounts),
      classifiedUnit: scalar(classified),
    },
    locale
  );
}

export function petitionScore(
  channel: unknown,
  received: unknown,
  replied: unknown,
  onTime: unknown,
  locale: Locale
): CellResult {
  const inputs = {
    petitionChannel: scalar(channel),
    petitionsReceived: scalar(received),
    petitionsReplied: scalar(replied),
    petitionsRepliedOnTime: scalar(onTime),
  };
  return wholeIndicator("petitions", inputs, locale);
}

export function satisfactionScore(satisfaction: unknown, locale: Locale): CellResult {
  return wholeIndicator(
    "satisfaction",
    {
      satisfaction: percentFromCell(scalar(satisfaction), inputDef("satisfaction")!),
    },
    locale
  );
}

export function kpiScore(table: unknown, points: unknown, locale: Locale): CellResult {
  const ind = indicatorById("effectiveness");
  const wanted = pointsArg(points, ind.points, locale);
  if (isResult(wanted)) return wanted;
  const rows = kpiRows(table);
  if (!rows.length) return fail("na", fns(locale).emptyKpiTable());
  const blank = mayBeBlankRow(rows);
  if (blank) return fail("na", fns(locale).kpiZeroPair(String(plain(blank[1]) ?? "")));
  return score(ind.rule, wanted, context({}, locale, {}, rows));
}

/** Sheet rows of a KPI table; a first row whose target and actual are words is a header. */
function kpiRows(table: unknown): unknown[][] {
  const rows = rowsOf(table).filter((r) => !emptyRow(r));
  const isWord = (c: unknown) =>
    typeof c === "string" && parseValue(c, { type: "quantity" }).kind === "problem";
  return rows.length && isWord(rows[0][2]) && isWord(rows[0][3]) ? rows.slice(1) : rows;
}

/**
 * A row whose target and actual are both the number 0: what desktop Excel passes for two blank cells, and
 * a pair the KPI rule counts as met. A real pair of zeros comes as text ("0"), as the live sheet writes it.
 */
function mayBeBlankRow(rows: unknown[][]): unknown[] | undefined {
  return rows.find((r) => plain(r[2]) === 0 && plain(r[3]) === 0);
}

/**
 * A row with no text and no figure but 0: an empty row, as desktop Excel passes one (blank cells as 0).
 * A KPI row always has a name, so nothing real is dropped.
 */
function emptyRow(row: unknown[]): boolean {
  return row.every((c) => isMissingValue(c) || c === 0);
}

export function checklist(values: unknown, points: unknown, locale: Locale): CellResult {
  const m = fns(locale);
  const vs = cellsOf(values);
  const ps = cellsOf(points);
  if (ps.length !== 1 && ps.length !== vs.length) return fail("value", m.pointsShape());
  const inputs: Record<string, unknown> = {};
  const defs: Record<string, InputDef> = {};
  const items: { key: string; points: number }[] = [];
  let total = Rational.ZERO;
  for (let i = 0; i < vs.length; i++) {
    const rawPoints = ps.length === 1 ? ps[0] : ps[i];
    // A row with neither points nor an answer is not an item (desktop Excel passes its blank cells as 0).
    if (emptyRow([rawPoints, vs[i]])) continue;
    const p = pointsArg(rawPoints, 0, locale);
    if (isResult(p) || p.isZero())
      return isResult(p) ? p : fail("value", m.badPoints(String(rawPoints)));
    const key = `item${i + 1}`;
    inputs[key] = vs[i];
    defs[key] = param(
      key,
      "judgement",
      bothLanguages((w) => w.item(i + 1))
    );
    items.push({ key, points: p.toNumber() });
    total = total.add(p);
  }
  return score({ kind: "checklist", items }, total, context(inputs, locale, { defs }));
}

export function deduct(points: unknown, count: unknown, per: unknown, locale: Locale): CellResult {
  const max = pointsArg(points, 0, locale);
  if (isResult(max)) return max;
  const each = pointsArg(per, 0, locale);
  if (isResult(each)) return each;
  return score(
    { kind: "deductPerItem", key: "count", per: each.toNumber() },
    max,
    context({ count: scalar(count) }, locale, {
      defs: { count: PARAMS.count },
    })
  );
}

/** A framework as the generic functions look things up in it: indicators by name, inputs by label. */
interface Indexed {
  framework: Framework;
  byName: Map<string, IndicatorDef>;
  needs: Map<string, string[]>;
  labels: Map<string, InputDef>;
}

function indexOf(fw: Framework): Indexed {
  const all = placedIndicators(fw).map((p) => p.indicator);
  const needs = new Map(all.map((i) => [i.id, ruleInputKeys(i.rule)]));
  return {
    framework: fw,
    // Indicators by their name, id or English name as a user may type them.
    byName: new Map(
      all.flatMap((i) =>
        [...Object.values(i.name), i.id].map((n) => [normalizeText(n).toLowerCase(), i] as const)
      )
    ),
    needs,
    labels: new Map(
      [...new Set([...needs.values()].flat())].flatMap((key) => {
        const def = inputDef(key)!;
        return Object.values(def.label).map(
          (label) => [normalizeText(label).toLowerCase(), def] as [string, InputDef]
        );
      })
    ),
  };
}

const DEFAULT = indexOf(framework);
const storedIndexes = new Map<string, Indexed | CellResult>();

/**
 * The framework a generic function scores with: the workbook's stored framework when the formula passes
 * its range (the score sheet does), else the built-in default. Parsed once per distinct text.
 */
function frameworkArg(range: unknown, locale: Locale): Indexed | CellResult {
  if (range === undefined || range === null) return DEFAULT;
  const text = cellsOf(range)
    .filter((v): v is string => typeof v === "string" && v.startsWith("|"))
    .map((v) => v.slice(1))
    .join("");
  if (!text) return DEFAULT;
  let known = storedIndexes.get(text);
  if (!known) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    const read = readFramework(data, locale);
    known = read.ok
      ? indexOf(read.framework)
      : fail("value", fns(locale).badFramework(read.problems[0]?.message ?? ""));
    if (storedIndexes.size >= 8) storedIndexes.clear();
    storedIndexes.set(text, known);
  }
  return known;
}

const isIndexed = (x: Indexed | CellResult): x is Indexed => "byName" in x;

function findIndicator(name: unknown, index: Indexed): IndicatorDef | undefined {
  return index.byName.get(normalizeText(String(scalar(name) ?? "")).toLowerCase());
}

function resolveKey(text: string, index: Indexed): InputDef | undefined {
  const t = normalizeText(text);
  return inputDef(t) ?? index.labels.get(t) ?? index.labels.get(t.toLowerCase());
}

/**
 * Where each input key sits in a column of keys. A sheet passes the same key column on every call, so
 * it is read once per distinct column, not once per call (42 calls each recalculation of a score sheet).
 */
const keyColumns: { keys: unknown[]; index: Indexed; positions: Map<string, number> }[] = [];
const MAX_REMEMBERED = 64;

function keyPositions(keys: unknown[][], count: number, index: Indexed): Map<string, number> {
  const known = keyColumns.find(
    (c) => c.index === index && c.keys.length === count && sameCells(keys, c.keys)
  );
  if (known) return known.positions;
  const flat = keys.flat().map(plain);
  const positions = new Map<string, number>();
  flat.forEach((k, i) => {
    const def = typeof k === "string" ? resolveKey(k, index) : undefined;
    if (def) positions.set(def.key, i);
  });
  if (keyColumns.length >= 8) keyColumns.shift();
  keyColumns.push({ keys: flat, index, positions });
  return positions;
}

function sameCells(rows: unknown[][], flat: unknown[]): boolean {
  let i = 0;
  for (const row of rows) for (const cell of row) if (cell !== flat[i++]) return false;
  return true;
}

/** A range as Excel passes it (rows of cells), without copying; anything else as a 1×1 range. */
function matrix(v: unknown): unknown[][] {
  return Array.isArray(v) && v.every(Array.isArray) ? (v as unknown[][]) : [[v]];
}

const cellCount = (rows: unknown[][]) => rows.reduce((n, r) => n + r.length, 0);

/** The inputs an indicator reads, from a column of keys (or their labels) beside a column of values. */
function keyedInputs(
  ind: IndicatorDef,
  keys: unknown,
  values: unknown,
  index: Indexed
): { inputs: Record<string, unknown> } | { mismatch: [number, number] } {
  const ks = matrix(keys);
  const vs = matrix(values);
  const width = vs[0]?.length ?? 0;
  const [kCount, vCount] = [cellCount(ks), cellCount(vs)];
  if (kCount !== vCount) return { mismatch: [kCount, vCount] };
  const positions = keyPositions(ks, kCount, index);
  const inputs: Record<string, unknown> = {};
  for (const key of index.needs.get(ind.id)!) {
    const at = positions.get(key);
    if (at === undefined) continue;
    const v = plain(vs[Math.floor(at / width)][at % width]);
    const def = inputDef(key)!;
    inputs[key] = def.type === "percent" ? percentFromCell(v, def) : v;
  }
  return { inputs };
}

/**
 * The last results by indicator and the values it read: PERF.EXPLAIN follows PERF.SCORE over the same
 * cells, and an indicator whose inputs did not change need not be scored again.
 */
const computedCache = new Map<string, ComputedIndicator>();

function indicatorCall(
  name: unknown,
  keys: unknown,
  values: unknown,
  kpis: unknown,
  stored: unknown,
  locale: Locale
) {
  const index = frameworkArg(stored, locale);
  if (!isIndexed(index)) return index;
  const ind = findIndicator(name, index);
  if (!ind) return fail("value", fns(locale).unknownIndicator(String(scalar(name))));
  const keyed = keyedInputs(ind, keys, values, index);
  if ("mismatch" in keyed) return fail("value", fns(locale).shapeMismatch(...keyed.mismatch));
  const rows =
    kpis === undefined || kpis === null || kpis === "" || ind.rule.kind !== "kpiTable"
      ? undefined
      : kpiRows(kpis);
  const table = rows && rows.length ? rows : undefined;
  const blank = table && mayBeBlankRow(table);
  if (blank) return fail("na", fns(locale).kpiZeroPair(String(plain(blank[1]) ?? "")));
  const memo = `${index.framework.id}|${ind.id}|${locale}|${JSON.stringify(keyed.inputs)}|${table ? JSON.stringify(table) : ""}`;
  let computed = computedCache.get(memo);
  if (!computed) {
    computed = computeIndicator(ind, context(keyed.inputs, locale, {}, table));
    if (computedCache.size >= MAX_REMEMBERED) computedCache.clear();
    computedCache.set(memo, computed);
  }
  return { computed };
}

export function scoreIndicator(
  name: unknown,
  keys: unknown,
  values: unknown,
  kpis: unknown,
  stored: unknown,
  locale: Locale
): CellResult {
  const r = indicatorCall(name, keys, values, kpis, stored, locale);
  if ("ok" in r) return r;
  return outcomeToCell(r.computed.outcome, r.computed.missingLabels, locale, () =>
    r.computed.score!.toNumber()
  );
}

export function explain(
  name: unknown,
  keys: unknown,
  values: unknown,
  kpis: unknown,
  stored: unknown,
  locale: Locale
): CellResult {
  const r = indicatorCall(name, keys, values, kpis, stored, locale);
  return "ok" in r ? r : ok(r.computed.explanation);
}

export function grade(total: unknown, stored: unknown, locale: Locale): CellResult {
  const index = frameworkArg(stored, locale);
  if (!isIndexed(index)) return index;
  const framework = index.framework;
  const p = parseValue(scalar(total), {
    type: "score",
    max: Rational.fromNumber(framework.total),
  });
  if (p.kind === "missing") return fail("na", fns(locale).missingTotal());
  if (p.kind !== "value") return fail("value", fns(locale).badPoints(String(scalar(total))));
  const g = gradeFor(p.value.toNumber(), framework)!;
  return ok(text(g.grade, locale));
}
