import {
  FUNCTIONAL_CLASSES,
  functionalKey,
  inputDef,
  type FunctionalPeriod,
  type InputDef,
} from "../../../core";
import table from "./wording.json";

const PART = "part:";

/** The words tables use for each input, normalized once, and how well a label matches them. */

export interface Spec {
  rows: string[];
  columns?: string[];
  exclude?: string[];
  generic?: string[];
  /** Words of the table's title or row labels that let a generic 合计 stand for the item; "department" for the unit's whole budget. */
  context?: string[] | "department";
  pair?: boolean;
  sum?: string[][];
  /**
   * How a sentence states the figure where its table words would not (计划实施项目12个，按期完成10个): the
   * words, and the item an earlier part of the same sentence must name for them to count (项目, 信访).
   */
  sentence?: { rows: string[]; after?: string[]; document?: string[] };
  /** Words that, stated in the same table or sentence, make this wording mean something else (实有 beside 离退休). */
  unless?: string[];
  /** A part read only from tables (a 调增 column), never from a sentence. */
  tablesOnly?: boolean;
  /** Words the table's title must hold for the wording to count (部门整体: a project's 自评表 is no department's). */
  within?: string[];
}

/** "（一）“三公”经费合计（万元）" → 三公经费合计 with unit 万元; numbering, quotes, spaces and widths do not matter. */
export function normalizeLabel(text: string): {
  label: string;
  unit?: string;
  percent: boolean;
} {
  let t = text.normalize("NFKC").replace(/[\s\u3000]+/g, "");
  t = t.replace(/["'“”‘’「」『』〝〞]/g, "");
  t = t.replace(
    /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.](?!\d)|[①-⑳])/,
    ""
  );
  t = t
    .replace(/^其中[:：]?/, "")
    .replace(/[:：]$/, "")
    .replace(/^(?:\d{4}年度?(?![末底初])|\d{4}-|本年度?)(?=.)/, "");
  let unit: string | undefined;
  t = t.replace(/\((万元|元|千元|亿元|人|个|件|份|%)\)/, (_, u: string) => ((unit = u), ""));
  const percent = /%$/.test(t) || unit === "%";
  if (/%$/.test(t)) t = t.slice(0, -1);
  return { label: t, unit: unit === "%" ? undefined : unit, percent };
}

/** Labels repeat down a table (the unit's name in every row of an export): each is normalized once. */
const normalized = new Map<string, string>();
const NORMALIZED_KEPT = 200_000;

export function norm(s: string): string {
  let n = normalized.get(s);
  if (n === undefined) {
    if (normalized.size >= NORMALIZED_KEPT) normalized.clear();
    normalized.set(s, (n = normalizeLabel(s).label));
  }
  return n;
}

/**
 * Every word a label must contain to name anything for these specs (items, measures, generic totals,
 * exclusions, vetoes), indexed by first character: a label that contains none of them names no input,
 * and all such labels read alike.
 */
export function wordIndex(specs: readonly [string, Spec][]): (label: string) => boolean {
  let found = indexes.get(specs);
  if (found) return found;
  const byFirst = new Map<string, string[]>();
  const words = [
    ...specs.flatMap(([, s]) => [
      ...s.rows,
      ...(s.columns ?? []),
      ...(s.generic ?? []),
      ...(s.exclude ?? []),
    ]),
    ...WORDS.veto,
    ...WORDS.spent,
  ];
  for (const w of new Set(words.filter(Boolean)))
    byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w]);
  found = (label: string) => {
    if (WORDS.periods.test(label)) return true;
    for (let i = 0; i < label.length; i++)
      for (const w of byFirst.get(label[i]) ?? []) if (label.startsWith(w, i)) return true;
    return false;
  };
  indexes.set(specs, found);
  return found;
}
const indexes = new WeakMap<readonly [string, Spec][], (label: string) => boolean>();

const RATE_NAME = /(率|比例|占比|进度)$/;

/** A synonym joined to another item (公务用车购置及运行费): the row is their sum, not the part. */
const JOINED = /^[及和与、]/;
/** People counted (在职人员) and money spent on them (在职人员经费) share their first words. */
const PEOPLE = /(人员|人数|编制|在职|离退休|离休|退休)$/;
const MONEY_AFTER = /^(经费|费|工资|支出|补助|福利|资金|金额)/;

/**
 * 1 for the same label; 0.75 for a short label that contains the synonym — not a sentence that
 * mentions it, not a rate named after it (编外人员控制率 is not 编外人员), not two items joined, and not
 * money named after people (编外人员经费 is not 编外人员).
 */
export function matchScore(label: string, synonyms: readonly string[]): number {
  let best = 0;
  for (const s of synonyms) {
    if (label === s) return 1;
    const at = label.indexOf(s);
    if (
      at >= 0 &&
      label.length <= s.length + 4 &&
      !(RATE_NAME.test(label) && !RATE_NAME.test(s)) &&
      !JOINED.test(label.slice(at + s.length)) &&
      !(PEOPLE.test(s) && MONEY_AFTER.test(label.slice(at + s.length)))
    )
      best = 0.75;
  }
  return best;
}

/** Whether any word of a list names the label, exactly or inside it. */
export const mentions = (label: string, words: readonly string[]) =>
  words.some((w) => label.includes(w));

const clean = (xs: string[] | undefined) => xs?.map(norm);

/** The wording a framework gives its own inputs, as specs beside the table's. */
export function specsOf(defs: readonly InputDef[]): [string, Spec][] {
  return defs.flatMap((d) =>
    d.labels ? [[d.key, { rows: clean(d.labels.rows)!, columns: clean(d.labels.columns) }]] : []
  );
}

export const WORDS = {
  veto: table.words.veto.map(norm),
  progress: table.words.progress.map(norm),
  schedule: table.words.schedule.map(norm),
  quarters: table.words.quarters.map((q) => q.map(norm)),
  opening: table.words.opening.map(norm),
  departmentTables: table.words.departmentTables,
  /** A project's own forms: their funds and indicators are the project's, never the department's. */
  projectForms: table.words.projectForms.map(norm),
  /** What an indicator row says of itself (定量指标, 是否核心指标: 否): no label of its figures. */
  attributes: table.words.attributes.map(norm),
  /** Categories of staff a unit states its counts for one by one (行政编制, 事业编制). */
  staffCategories: table.words.staffCategories,
  /** Rows of money carried over from last year: a total beside them may or may not hold it. */
  carryOver: table.words.carryOver.map(norm),
  partTables: table.words.partTables,
  departmentParts: table.words.departmentParts.map((p) => p.map(norm)),
  notes: table.words.notes,
  notQuarters: table.words.notQuarters.map(norm),
  periods: new RegExp(table.words.periods),
  yearWide: table.words.yearWide.map(norm),
  spent: table.words.spentMeasures.map(norm),
  /** Words that make a figure in a sentence another figure than the measure (追加, 比上年, 其中 …). */
  changes: table.words.changes,
};

type RawSpec = Omit<Spec, "context"> & { context?: string[] | string };
type RawPart = RawSpec & { type: "amount" | "count" };

const RAW_PARTS = Object.fromEntries(
  Object.entries(table.parts).filter(([key]) => key.startsWith(PART))
) as Record<string, RawPart>;

/** Figures read only to be combined into an input: their keys never leave the reader. */
export const isPart = (key: string) => key.startsWith(PART);

/** What an input or a part counts: amount, count, percent … */
export const kindOf = (key: string): string | undefined =>
  inputDef(key)?.type ?? RAW_PARTS[key]?.type;

export interface Combination {
  plus: string[];
  minus?: string[];
  /** Each part counted whole: a 调减 written as −30 adds 30 to the adjustments. */
  absolute?: boolean;
  /** The parts taken away must be stated as parts of the first (其中：…离退休): otherwise no one knows. */
  partsOf?: boolean;
  /** The way holds only where none of these is stated as a part at the same place. */
  noneOf?: string[];
  /** …and where the first part is not said to include these (实有人数52人（含离退休人员）). */
  notIncluding?: string[];
}

/** Inputs made of parts stated in one row of one table, or one sentence (调增 + 调减, 实有 − 离退休). */
export const COMBINED = Object.fromEntries(
  Object.entries(table.combined).filter(([key]) => !key.startsWith("//"))
) as Record<string, Combination[]>;

export const SPECS: readonly [string, Spec][] = (() => {
  const specs: [string, Spec][] = [];
  const entries = { ...(table.inputs as Record<string, RawSpec | RawSpec[]>), ...RAW_PARTS };
  for (const [key, entry] of Object.entries(entries)) {
    for (const spec of Array.isArray(entry) ? entry : [entry]) {
      specs.push([
        key,
        {
          ...spec,
          rows: clean(spec.rows)!,
          columns: clean(spec.columns),
          exclude: clean(spec.exclude),
          generic: clean(spec.generic),
          context: spec.context === "department" ? "department" : (spec.context as string[]),
          sum: spec.sum?.map((p) => p.map(norm)),
          ...(spec.sentence && {
            sentence: {
              ...spec.sentence,
              rows: spec.sentence.rows.map(norm),
              after: spec.sentence.after?.map(norm),
            },
          }),
          unless: clean(spec.unless),
        },
      ]);
    }
  }
  table.words.quarters.forEach((words, i) => {
    const quarter = words.map(norm);
    // 全年预算 beside the quarter columns is a budget, not the fourth quarter's spending.
    // A progress bulletin says it in words: 截至3月底，全局累计支出436.90万元.
    specs.push([
      `spentQ${i + 1}`,
      {
        rows: quarter,
        columns: table.words.spentMeasures.map(norm),
        exclude: WORDS.notQuarters,
        sentence: { rows: table.words.spentInSentences, after: table.words.quarterEnds[i] },
      },
    ]);
    specs.push([
      `executionRateQ${i + 1}`,
      {
        rows: quarter,
        columns: table.words.rateMeasures.map(norm),
        exclude: [...WORDS.notQuarters, ...WORDS.progress],
      },
    ]);
  });
  // 表1-2: each functional class (by name, or code and name) against the period columns.
  const periods = table.words.functionalPeriods as Record<FunctionalPeriod, string[]>;
  for (const c of FUNCTIONAL_CLASSES) {
    const rows = Object.values(c.label).flatMap((l) => [norm(l), norm(`${c.code}${l}`)]);
    for (const [period, words] of Object.entries(periods) as [FunctionalPeriod, string[]][])
      specs.push([
        functionalKey(c.code, period),
        {
          rows,
          columns: words.map(norm),
          exclude: Object.entries(periods)
            .filter(([p]) => p !== period)
            .flatMap(([, w]) => w.map(norm)),
        },
      ]);
  }
  return specs;
})();

/**
 * Inputs worked out from two others of the same scope: their difference, where both stand in one row of
 * one table and the second is headed by one of `measures` (调整预算数: 全年预算 may hold 上年结转, which is no
 * adjustment).
 */
export const DERIVED: Record<string, { difference: string[]; measures: string[] }> = table.derived;
