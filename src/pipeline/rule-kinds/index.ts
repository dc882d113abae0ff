import {
  kindName,
  Rational,
  RULE_KINDS,
  type IndicatorDef,
  type Measure,
  type Rule,
} from "../../core";
import { catalog, LOCALES, type Locale } from "../../i18n";
import { amountCases } from "./amount-cases";
import { band } from "./band";
import { deviation } from "./deviation";
import { eitherOf } from "./either-of";
import { falling } from "./falling";
import { gate } from "./gate";
import { notApplicable } from "./not-applicable";
import { weighted } from "./weighted";
import { checklist } from "./checklist";
import { choice } from "./choice";
import { coefficient } from "./coefficient";
import { composite } from "./composite";
import { deductPerItem } from "./deduct-per-item";
import {
  isWord,
  keysOf,
  localizedCell,
  localizedOf,
  type Clause,
  type Decoded,
  type FormReader,
  type FormWriter,
  type RuleCells,
} from "./form";
import { guard, type Expr, type PortableCells } from "./formula";
import type { PipelineKind, PipelineRegistry } from "./kind";
import { kpiTable } from "./kpi-table";
import { linearDeduction } from "./linear-deduction";
import { proportional } from "./proportional";
import { quarterlyExecution } from "./quarterly-execution";
import { tiers } from "./tiers";

export type { PortableCells } from "./formula";
export { localizedCell, localizedOf, type RuleCells, type RuleColumn } from "./form";

/** Every rule kind's sheet formula and form row, once; a kind of the core without its entry does not compile. */
export const PIPELINE_KINDS = {
  tiers,
  linearDeduction,
  proportional,
  checklist,
  deductPerItem,
  choice,
  amountCases,
  coefficient,
  quarterlyExecution,
  kpiTable,
  composite,
  falling,
  band,
  eitherOf,
  weighted,
  deviation,
  gate,
  notApplicable,
} satisfies PipelineRegistry<Rule>;

/** A rule's entry; TypeScript cannot correlate the entry with the rule, so the one cast is here. */
function entry<R extends Rule>(rule: R): PipelineKind<R> {
  return PIPELINE_KINDS[rule.kind] as unknown as PipelineKind<R>;
}

/** An indicator's score as a native Excel formula over the data block, rounded as the sheet shows it. */
export function portableFormula(indicator: IndicatorDef, cells: PortableCells): string {
  const { expr, missing } = ruleFormula(
    indicator.rule,
    Rational.fromNumber(indicator.points),
    cells
  );
  const value = guard(missing, expr);
  // An item that may be left out shows a word there, which ROUND would turn into #VALUE!.
  return mayBeOmitted(indicator.rule) ? `IFERROR(ROUND(${value},2),${value})` : `ROUND(${value},2)`;
}

/** Whether a rule may leave its indicator out (不适用, 不参与评分), here or in a part. */
export const mayBeOmitted = (rule: Rule): boolean =>
  (rule.kind === "notApplicable" && rule.then === "omit") || partRows(rule).some(mayBeOmitted);

function ruleFormula(rule: Rule, points: Rational, cells: PortableCells): Expr {
  return entry(rule).formula(rule, points, cells, ruleFormula);
}

/** Rules written as rows of their own below the rule's row (a composite's parts). */
export function partRows(rule: Rule): Rule[] {
  return entry(rule).parts?.(rule) ?? [];
}

/** The rule's cells in `locale`; parts are rows of their own (see framework-form/write.ts). */
export function encodeRule(rule: Rule, locale: Locale): RuleCells {
  const words = catalog(locale).frameworkForm;
  const params = words.params;
  const label = "label" in rule && rule.label ? localizedCell(rule.label) : undefined;
  const writer: FormWriter = {
    words,
    params,
    base: {
      kind: kindName(rule.kind, locale),
      ...(rule.points !== undefined && { partPoints: rule.points }),
      ...(label && { label }),
    },
    join: (clauses) =>
      clauses.filter((c): c is string => !!c).join(locale === "zh-CN" ? "；" : "; "),
    measured(m: Measure) {
      if ("percent" in m) return { measure: words.measures.percent, first: m.percent };
      if ("current" in m)
        return {
          measure: words.measures.change,
          first: m.current.join("+"),
          second: m.previous.join("+"),
        };
      return {
        measure: words.measures.ratio,
        first: m.numerator.join("+"),
        second: m.denominator.join("+"),
      };
    },
    flags: (m) =>
      "numerator" in m
        ? [m.atMostDenominator && params.atMost, m.whenNoneReceived && params.noneMet]
        : [],
  };
  return entry(rule).encode(rule, writer);
}

/** The kind a form's cell names, in either language or by its key. */
export function kindOf(word: string): Rule["kind"] | undefined {
  const t = word.trim().toLowerCase();
  return RULE_KINDS.find(
    (kind) => kind.toLowerCase() === t || LOCALES.some((l) => kindName(kind, l).toLowerCase() === t)
  );
}

/** Reads a row's rule cells; a rule with parts comes back without them (the caller adds the rows below). */
export function decodeRule(cells: RuleCells, locale: Locale): Decoded {
  const words = catalog(locale).frameworkForm;
  const kind = kindOf(cells.kind);
  if (!kind) return { ok: false, column: "kind", message: words.problems.unknownKind(cells.kind) };
  const clauses: Clause[] = (cells.params ?? "")
    .split(/[;；]/)
    .map((c) => c.trim())
    .filter(Boolean)
    .map((raw) => {
      const m = /^(.+?)\s*[=＝]\s*(.+)$/.exec(raw);
      return m ? { name: m[1].trim(), value: m[2].trim(), raw } : { name: raw, raw };
    });
  const used = new Set<string>();
  const named = (name: string, pick: Parameters<FormReader["take"]>[0]) =>
    isWord(name, (l) => pick(catalog(l).frameworkForm.params));
  const reader: FormReader = {
    cells,
    words,
    clauses,
    base: cells.partPoints !== undefined ? { points: cells.partPoints } : {},
    label: cells.label ? { label: localizedOf(cells.label) } : {},
    take(pick) {
      const c = clauses.find((x) => x.value !== undefined && named(x.name, pick));
      if (c) used.add(c.raw);
      return c?.value;
    },
    flag(pick) {
      const c = clauses.find((x) => x.value === undefined && named(x.name, pick));
      if (c) used.add(c.raw);
      return !!c;
    },
    use: (c) => void used.add(c.raw),
    is: (word, pick) => word !== undefined && named(word, pick),
    number(v) {
      if (v === undefined) return undefined;
      const n = Number(
        v
          .replace(/[,，]/g, "")
          .replace(/[０-９．]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      );
      return Number.isFinite(n) ? n : NaN;
    },
    keys: (cell) => keysOf(cells[cell]),
  };
  const def: PipelineKind<Rule> = PIPELINE_KINDS[kind] as unknown as PipelineKind<Rule>;
  if (def.measured) {
    const m = cells.measure ?? "";
    const is = (pick: (w: typeof words.measures) => string) =>
      isWord(m, (l) => pick(catalog(l).frameworkForm.measures));
    if (is((w) => w.percent)) reader.measure = { percent: keysOf(cells.first)[0] };
    else if (is((w) => w.change))
      reader.measure = { current: keysOf(cells.first), previous: keysOf(cells.second) };
    else if (is((w) => w.ratio))
      reader.measure = {
        numerator: keysOf(cells.first),
        denominator: keysOf(cells.second),
        ...(reader.flag((p) => p.atMost) && { atMostDenominator: true }),
        ...(reader.flag((p) => p.noneMet) && { whenNoneReceived: "met" as const }),
      };
    else return { ok: false, column: "measure", message: words.problems.unknownMeasure(m) };
  }
  const rule = def.decode(reader);
  if (!("kind" in rule)) return { ok: false, ...rule };
  const unread = clauses.find((c) => !used.has(c.raw));
  if (unread) return { ok: false, column: "params", message: words.problems.badParam(unread.raw) };
  if (JSON.stringify(rule).includes("null"))
    return { ok: false, column: "params", message: words.problems.badNumber(cells.params ?? "") };
  return { ok: true, rule };
}
