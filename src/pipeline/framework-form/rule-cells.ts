import type { Comparison, Measure, Rule } from "../../core";
import { catalog, LOCALES, type Locale, type Localized } from "../../i18n";

/**
 * A rule as the cells of one row of the framework form (计分方式 … 参数), and back. Parameters are
 * clauses "name=value" separated by “；”, and flags, in either language: a bureau clerk writes
 * “≥90%=5；≥80%=4；其他=0” or “界限=100%；每档=1%；每档扣分=0.5”.
 */
export interface RuleCells {
  kind: string;
  partPoints?: number;
  label?: string;
  measure?: string;
  first?: string;
  second?: string;
  params?: string;
}

/** Where a problem of a rule's cells is, as a column of the form. */
export type RuleColumn = "kind" | "measure" | "first" | "second" | "params";

export type Decoded = { ok: true; rule: Rule } | { ok: false; column: RuleColumn; message: string };

type FormParams = ReturnType<typeof catalog>["frameworkForm"]["params"];

const SYMBOL: Record<Comparison, string> = { ">=": "≥", "<=": "≤", ">": ">", "<": "<" };

/** The rule's cells in `locale`; a composite's parts are rows of their own (see write.ts). */
export function encodeRule(rule: Rule, locale: Locale): RuleCells {
  const w = catalog(locale).frameworkForm;
  const p = w.params;
  const kind = catalog(locale).frameworkFile.kinds[rule.kind];
  const label = "label" in rule ? localizedCell(rule.label) : undefined;
  const base: RuleCells = {
    kind,
    ...(rule.points !== undefined && { partPoints: rule.points }),
    ...(label && { label }),
  };
  const join = (clauses: (string | false | undefined)[]) =>
    clauses.filter((c): c is string => !!c).join(locale === "zh-CN" ? "；" : "; ");
  const measured = (m: Measure) => {
    if ("percent" in m) return { measure: w.measures.percent, first: m.percent };
    if ("current" in m)
      return {
        measure: w.measures.change,
        first: m.current.join("+"),
        second: m.previous.join("+"),
      };
    return {
      measure: w.measures.ratio,
      first: m.numerator.join("+"),
      second: m.denominator.join("+"),
    };
  };
  const flags = (m: Measure) =>
    "numerator" in m ? [m.atMostDenominator && p.atMost, m.whenNoneReceived && p.noneMet] : [];
  switch (rule.kind) {
    case "tiers":
      return {
        ...base,
        ...measured(rule.measure),
        params: join([
          ...rule.tiers.map((t) => `${SYMBOL[t.when]}${t.bound}=${t.score}`),
          `${p.otherwise}=${rule.otherwise}`,
          ...flags(rule.measure),
        ]),
      };
    case "linearDeduction":
      return {
        ...base,
        ...measured(rule.measure),
        params: join([
          `${p.threshold}=${rule.threshold}`,
          `${p.step}=${rule.step ?? "1%"}`,
          `${p.per}=${rule.perPercentPoint}`,
          `${p.direction}=${rule.direction === "below" ? p.below : p.above}`,
          rule.steps && rule.steps !== "exact" && `${p.partStep}=${p[rule.steps]}`,
          ...flags(rule.measure),
        ]),
      };
    case "proportional":
      return {
        ...base,
        ...measured(rule.measure),
        params: join([rule.above === "zero" && `${p.overZero}=0`, ...flags(rule.measure)]),
      };
    case "checklist":
      return { ...base, params: join(rule.items.map((i) => `${i.key}=${i.points}`)) };
    case "deductPerItem":
      return { ...base, first: rule.key, params: `${p.perItem}=${rule.per}` };
    case "choice":
      return {
        ...base,
        first: rule.key,
        params: join(Object.entries(rule.values).map(([v, n]) => `${v}=${n}`)),
      };
    case "amountCases":
      return {
        ...base,
        first: rule.key,
        second: rule.reference,
        params: join([
          `${p.none}=${rule.none}`,
          `${p.within}=${rule.within}`,
          `${p.over}=${rule.above}`,
        ]),
      };
    case "coefficient":
      return { ...base, first: rule.key };
    case "quarterlyExecution":
    case "kpiTable": {
      // The kind and the points have cells of their own; the rest of the rule is its parameters.
      const rest = Object.fromEntries(
        Object.entries(rule).filter(([field]) => field !== "kind" && field !== "points")
      );
      return { ...base, params: JSON.stringify(rest) };
    }
    case "composite":
      return {
        ...base,
        params: join([
          rule.zeroIf && `${p.zeroIf}=${rule.zeroIf}`,
          rule.fullIf && `${p.fullIf}=${rule.fullIf}`,
        ]),
      };
  }
}

/** The words of every language for a thing, so the form reads in either. */
const any = <T>(pick: (l: Locale) => T): T[] => LOCALES.map(pick);
const is = (word: string, pick: (l: Locale) => string) =>
  any(pick).some((w) => w.toLowerCase() === word.trim().toLowerCase());

export function kindOf(word: string): Rule["kind"] | undefined {
  const t = word.trim();
  for (const l of LOCALES)
    for (const [kind, name] of Object.entries(catalog(l).frameworkFile.kinds))
      if (name.toLowerCase() === t.toLowerCase() || kind === t) return kind as Rule["kind"];
  return undefined;
}

const keysOf = (cell: string | undefined) =>
  (cell ?? "")
    .split(/[+＋、,，]/)
    .map((k) => k.trim())
    .filter(Boolean);

const COMPARISONS: [RegExp, Comparison][] = [
  [/^(≥|>=|＞=|≧)/, ">="],
  [/^(≤|<=|＜=|≦)/, "<="],
  [/^(>|＞)/, ">"],
  [/^(<|＜)/, "<"],
];

/** Reads a row's rule cells; a composite comes back without parts (the caller adds the rows below). */
export function decodeRule(cells: RuleCells, locale: Locale): Decoded {
  const w = catalog(locale).frameworkForm;
  const kind = kindOf(cells.kind);
  if (!kind) return { ok: false, column: "kind", message: w.problems.unknownKind(cells.kind) };
  const fail = (column: RuleColumn, message: string): Decoded => ({ ok: false, column, message });
  const clauses: { name: string; value?: string; raw: string }[] = (cells.params ?? "")
    .split(/[;；]/)
    .map((c) => c.trim())
    .filter(Boolean)
    .map((raw) => {
      const m = /^(.+?)\s*[=＝]\s*(.+)$/.exec(raw);
      return m ? { name: m[1].trim(), value: m[2].trim(), raw } : { name: raw, raw };
    });
  const used = new Set<string>();
  const take = (pick: (p: FormParams) => string) => {
    const c = clauses.find(
      (x) => x.value !== undefined && is(x.name, (l) => pick(catalog(l).frameworkForm.params))
    );
    if (c) used.add(c.raw);
    return c?.value;
  };
  const flag = (pick: (p: FormParams) => string) => {
    const c = clauses.find(
      (x) => x.value === undefined && is(x.name, (l) => pick(catalog(l).frameworkForm.params))
    );
    if (c) used.add(c.raw);
    return !!c;
  };
  const number = (v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(
      v
        .replace(/[,，]/g, "")
        .replace(/[０-９．]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    );
    return Number.isFinite(n) ? n : NaN;
  };
  const label = cells.label ? { label: localizedOf(cells.label) } : {};
  const points = cells.partPoints !== undefined ? { points: cells.partPoints } : {};

  let measure: Measure | undefined;
  const measured = ["tiers", "linearDeduction", "proportional"].includes(kind);
  if (measured) {
    const m = cells.measure ?? "";
    if (is(m, (l) => catalog(l).frameworkForm.measures.percent))
      measure = { percent: keysOf(cells.first)[0] };
    else if (is(m, (l) => catalog(l).frameworkForm.measures.change))
      measure = { current: keysOf(cells.first), previous: keysOf(cells.second) };
    else if (is(m, (l) => catalog(l).frameworkForm.measures.ratio))
      measure = {
        numerator: keysOf(cells.first),
        denominator: keysOf(cells.second),
        ...(flag((p) => p.atMost) && { atMostDenominator: true }),
        ...(flag((p) => p.noneMet) && { whenNoneReceived: "met" as const }),
      };
    else return fail("measure", w.problems.unknownMeasure(m));
  }

  let rule: Rule;
  switch (kind) {
    case "tiers": {
      const tiers: { when: Comparison; bound: string; score: number }[] = [];
      let otherwise: number | undefined;
      for (const c of clauses) {
        if (used.has(c.raw) || c.value === undefined) continue;
        if (is(c.name, (l) => catalog(l).frameworkForm.params.otherwise)) {
          otherwise = number(c.value);
          used.add(c.raw);
          continue;
        }
        const cmp = COMPARISONS.find(([re]) => re.test(c.name));
        if (!cmp) continue;
        tiers.push({
          when: cmp[1],
          bound: c.name.replace(cmp[0], "").trim(),
          score: number(c.value)!,
        });
        used.add(c.raw);
      }
      if (otherwise === undefined) return fail("params", w.problems.tierGap);
      rule = { kind, ...points, ...label, measure: measure!, tiers, otherwise } as Rule;
      break;
    }
    case "linearDeduction": {
      const direction = take((p) => p.direction);
      const part = take((p) => p.partStep);
      const step = take((p) => p.step);
      const words = (pick: (p: FormParams) => string) => (v: string | undefined) =>
        !!v && is(v, (l) => pick(catalog(l).frameworkForm.params));
      rule = {
        kind,
        ...points,
        ...label,
        measure: measure!,
        threshold: take((p) => p.threshold) ?? "",
        perPercentPoint: take((p) => p.per) ?? "",
        ...(step && step !== "1%" && { step }),
        ...(words((p) => p.below)(direction) && { direction: "below" as const }),
        ...(words((p) => p.started)(part) && { steps: "started" as const }),
        ...(words((p) => p.full)(part) && { steps: "full" as const }),
      } as Rule;
      break;
    }
    case "proportional":
      rule = {
        kind,
        ...points,
        ...label,
        measure: measure!,
        ...(take((p) => p.overZero) === "0" && { above: "zero" as const }),
      } as Rule;
      break;
    case "checklist":
      rule = {
        kind,
        ...points,
        items: clauses
          .filter((c) => c.value !== undefined)
          .map((c) => (used.add(c.raw), { key: c.name, points: number(c.value)! })),
      };
      break;
    case "deductPerItem":
      rule = {
        kind,
        ...points,
        key: keysOf(cells.first)[0] ?? "",
        per: number(take((p) => p.perItem)) ?? NaN,
      };
      break;
    case "choice":
      rule = {
        kind,
        ...points,
        key: keysOf(cells.first)[0] ?? "",
        values: Object.fromEntries(
          clauses
            .filter((c) => c.value !== undefined)
            .map((c) => (used.add(c.raw), [c.name, number(c.value)!]))
        ),
      };
      break;
    case "amountCases":
      rule = {
        kind,
        ...points,
        key: keysOf(cells.first)[0] ?? "",
        reference: keysOf(cells.second)[0] ?? "",
        none: number(take((p) => p.none)) ?? NaN,
        within: number(take((p) => p.within)) ?? NaN,
        above: number(take((p) => p.over)) ?? NaN,
      };
      break;
    case "coefficient":
      rule = { kind, ...points, key: keysOf(cells.first)[0] ?? "" };
      break;
    case "quarterlyExecution":
    case "kpiTable":
      try {
        rule = { ...(JSON.parse(cells.params ?? "") as object), kind, ...points } as Rule;
      } catch {
        return fail("params", w.problems.badJson);
      }
      return { ok: true, rule };
    case "composite": {
      const zeroIf = take((p) => p.zeroIf);
      const fullIf = take((p) => p.fullIf);
      rule = { kind, ...points, parts: [], ...(zeroIf && { zeroIf }), ...(fullIf && { fullIf }) };
      break;
    }
  }
  const unread = clauses.find((c) => !used.has(c.raw));
  if (unread) return fail("params", w.problems.badParam(unread.raw));
  const bad = JSON.stringify(rule).match(/null/);
  if (bad) return fail("params", w.problems.badNumber(cells.params ?? ""));
  return { ok: true, rule };
}

/** Text in both languages in one cell: the Chinese on the first line, the English (if any) on the second. */
export function localizedCell(value: Localized): string {
  return value["en-US"] && value["en-US"] !== value["zh-CN"]
    ? `${value["zh-CN"]}\n${value["en-US"]}`
    : value["zh-CN"];
}

export function localizedOf(cell: string): Localized {
  const [zh, ...en] = cell.split(/\r?\n/);
  const english = en.join(" ").trim();
  return { "zh-CN": zh.trim(), ...(english && { "en-US": english }) };
}
