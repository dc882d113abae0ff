import {
  computeIndicator,
  getFramework,
  gradeFor,
  inputDef,
  normalizeText,
  parseValue,
  placedIndicators,
  Rational,
  readFramework,
  ruleInputKeys,
  text,
  type ComputedIndicator,
  type Framework,
  type IndicatorDef,
  type InputDef,
  type Locale,
} from "../core";
import { catalog } from "../i18n";
import {
  cellsOf,
  fail,
  ok,
  outcomeToCell,
  percentFromCell,
  plain,
  scalar,
  type CellResult,
} from "./cell-values";
import { context, fns } from "./context";
import { kpiRows, mayBeBlankRow } from "./tables";

/**
 * The generic functions the score sheet writes: any indicator by name over a column of keys and a
 * column of values (the data block), with the framework stored in the workbook when it passes its range.
 */

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

const DEFAULT = indexOf(getFramework()!);
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
  [name, keys, values, kpis, stored]: unknown[],
  locale: Locale
): CellResult {
  const r = indicatorCall(name, keys, values, kpis, stored, locale);
  if ("ok" in r) return r;
  // An item left out shows the sheet's word for it, which the total skips and scales for.
  if (r.computed.outcome.omitted) return ok(catalog(locale).sheets.score.notApplicable);
  return outcomeToCell(r.computed.outcome, r.computed.missingLabels, locale, () =>
    r.computed.score!.toNumber()
  );
}

export function explain([name, keys, values, kpis, stored]: unknown[], locale: Locale): CellResult {
  const r = indicatorCall(name, keys, values, kpis, stored, locale);
  return "ok" in r ? r : ok(r.computed.explanation);
}

export function grade([total, stored]: unknown[], locale: Locale): CellResult {
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
