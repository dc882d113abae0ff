import { catalog, type Locale, type Localized } from "../i18n";
import type { Framework, Measure, Rule, TotalCap } from "./framework";
import { parseBound } from "./rules/tiers";
import type { ShapeCheck } from "./rules/kind";
import { isRuleKind, kindName, KINDS, RULE_KINDS } from "./rules/registry";
import { placedIndicators } from "./framework";
import { renderFinding } from "./findings";
import { isCatalogKey, registerInputs, type InputDef } from "./inputs";
import type { ValueType } from "./parse";
import { validateFramework, type FrameworkIssue } from "./validate";

/** A problem of a framework file, where it is (a JSON path) and, for a rule's problem, which indicator. */
export interface FrameworkProblem {
  path: string;
  message: string;
  indicatorId?: string;
}

export type FrameworkRead =
  | { ok: true; framework: Framework; notes: FrameworkIssue[] }
  | { ok: false; problems: FrameworkProblem[]; unfinished: boolean };

export const VALUE_TYPES: readonly ValueType[] = [
  "amount",
  "count",
  "percent",
  "judgement",
  "flag",
  "choice",
  "score",
];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** The longest text a framework may give a name, an answer or a grade: Excel's limit for text in a formula. */
const MAX_TEXT = 255;

/**
 * Reads a framework from its JSON form (docs/framework-format.md) and checks everything a bureau can get
 * wrong: the shape, unknown rule kinds, keys used but not declared, inputs without a label, tiers out of
 * order or above the points, parts and totals that do not add up. A framework with problems never
 * scores; a template without points or rules is `unfinished`. On success the framework's own inputs are
 * registered, and the printed inconsistencies the source itself has come back as notes.
 */
export function readFramework(json: unknown, locale: Locale = "zh-CN"): FrameworkRead {
  const words = catalog(locale).frameworkFile;
  const problems: FrameworkProblem[] = [];
  let unfinished = false;
  const problem = (path: string, message: string, indicatorId?: string) =>
    problems.push({ path, message, ...(indicatorId && { indicatorId }) });

  if (!isObj(json))
    return { ok: false, problems: [{ path: "$", message: words.notObject }], unfinished };
  // Rules get default labels below: work on a copy, never on the caller's object.
  const file = JSON.parse(JSON.stringify(json)) as Obj;
  /** A text the sheets show or compare in formulas (a name, an answer, a grade): data, never formula syntax. */
  const data = (t: string, path: string): string => {
    const control = [...t].some((c) => c < " " && !"\r\n\t".includes(c));
    if (control || t.includes('"') || /^[=+\-@]/.test(t)) problem(path, words.notData);
    else if (t.length > MAX_TEXT) problem(path, words.tooLong(MAX_TEXT));
    return t;
  };
  const localized = (v: unknown, path: string): Localized | undefined => {
    if (isText(v)) return { "zh-CN": data(v.trim(), path) };
    if (isObj(v) && isText(v["zh-CN"]))
      return {
        "zh-CN": data(v["zh-CN"].trim(), `${path}.zh-CN`),
        ...(isText(v["en-US"]) && { "en-US": data(v["en-US"].trim(), `${path}.en-US`) }),
      };
    problem(path, words.needsText);
    return undefined;
  };
  const lines = (v: unknown): string[] =>
    typeof v === "string"
      ? v === ""
        ? []
        : v.split(/\r?\n/)
      : Array.isArray(v)
        ? v.map(String)
        : [];

  if (!isText(file.id) || !/^[A-Za-z0-9][\w.-]*$/.test(file.id)) problem("id", words.badId);
  const title = localized(file.title, "title");
  if (!isNum(file.total) || file.total <= 0) problem("total", words.needsPositive);

  const inputs: InputDef[] = [];
  if (file.inputs !== undefined && !Array.isArray(file.inputs)) problem("inputs", words.needsList);
  (Array.isArray(file.inputs) ? file.inputs : []).forEach((raw, i) => {
    const path = `inputs[${i}]`;
    if (!isObj(raw)) return problem(path, words.notObject);
    if (!isText(raw.key) || !/^[A-Za-z][A-Za-z0-9_]*$/.test(raw.key))
      return problem(`${path}.key`, words.badKey(String(raw.key ?? "")));
    if (isCatalogKey(raw.key)) return problem(`${path}.key`, words.catalogKey(raw.key));
    if (inputs.some((d) => d.key === raw.key))
      return problem(`${path}.key`, words.duplicateKey(raw.key));
    if (!VALUE_TYPES.includes(raw.type as ValueType))
      return problem(`${path}.type`, words.badType(String(raw.type ?? ""), [...VALUE_TYPES]));
    if (!isText(raw.label) && !(isObj(raw.label) && isText(raw.label["zh-CN"])))
      return problem(`${path}.label`, words.inputNeedsLabel(raw.key));
    const label = localized(raw.label, `${path}.label`)!;
    inputs.push({
      key: raw.key,
      type: raw.type as ValueType,
      label,
      ...(isText(raw.unit) && { unit: raw.unit }),
      ...(raw.source !== undefined && { source: localized(raw.source, `${path}.source`) }),
      ...(Array.isArray(raw.options) && {
        options: raw.options.map((o, j) => localized(o, `${path}.options[${j}]`)!),
      }),
      ...(isNum(raw.max) && { max: raw.max }),
      ...(raw.decided === true && { decided: true }),
      ...(labelsOf(raw.labels, `${path}.labels`) ?? {}),
      ...(raw.optional === true && { optional: true }),
    });
  });
  function labelsOf(
    v: unknown,
    path: string
  ): { labels: NonNullable<InputDef["labels"]> } | undefined {
    if (v === undefined) return undefined;
    const texts = (x: unknown) =>
      Array.isArray(x) && x.every(isText)
        ? (x as string[]).map((t, i) => data(t, `${path}[${i}]`))
        : undefined;
    const rows = texts(isObj(v) ? v.rows : v);
    const columns = isObj(v) && v.columns !== undefined ? texts(v.columns) : undefined;
    if (!rows || (isObj(v) && v.columns !== undefined && !columns)) {
      problem(path, words.badLabels);
      return undefined;
    }
    return { labels: { rows, ...(columns && { columns }) } };
  }
  const declared = (key: string) => isCatalogKey(key) || inputs.some((d) => d.key === key);

  const grades = (Array.isArray(file.grades) ? file.grades : []).flatMap((g, i) => {
    const path = `grades[${i}]`;
    if (!isObj(g) || !isNum(g.min)) {
      problem(`${path}.min`, words.needsNumber);
      return [];
    }
    const grade = localized(g.grade, `${path}.grade`);
    return grade ? [{ min: g.min, grade }] : [];
  });
  if (!Array.isArray(file.grades) || !grades.length) problem("grades", words.needsGrades);
  else if (!grades.some((g) => g.min <= 0)) problem("grades", words.gradesFromZero);

  const cap = file.cap === undefined ? undefined : capOf(file.cap, "cap");
  /** A ceiling on the total by a rate: its label, its measure, and bounds each with the highest total below it. */
  function capOf(v: unknown, path: string): TotalCap | undefined {
    if (!isObj(v)) return void problem(path, words.notObject);
    const label = localized(v.label, `${path}.label`);
    measureAt(v.measure, `${path}.measure`);
    if (!Array.isArray(v.limits) || !v.limits.length) problem(`${path}.limits`, words.needsList);
    const limits = (Array.isArray(v.limits) ? v.limits : []).map((l, i) => {
      const at = `${path}.limits[${i}]`;
      const o = isObj(l) ? l : {};
      if (!isText(o.below) || !parseBound(o.below)) problem(`${at}.below`, words.needsBound);
      if (!isNum(o.max) || o.max < 0) problem(`${at}.max`, words.needsPoints);
      else if (isNum(file.total) && o.max > file.total) problem(`${at}.max`, words.capAboveTotal);
      return { below: String(o.below ?? ""), max: Number(o.max) };
    });
    return label && { label, measure: v.measure as Measure, limits };
  }

  const ids = new Set<string>();
  if (!Array.isArray(file.levels) || !file.levels.length) problem("levels", words.needsList);
  const levels = (Array.isArray(file.levels) ? file.levels : []).map((l1, a) => {
    const p1 = `levels[${a}]`;
    const o1 = isObj(l1) ? l1 : {};
    const points1 = pointsOf(o1.points, `${p1}.points`);
    const children = (Array.isArray(o1.children) ? o1.children : []).map((l2, b) => {
      const p2 = `${p1}.children[${b}]`;
      const o2 = isObj(l2) ? l2 : {};
      const indicators = (Array.isArray(o2.indicators) ? o2.indicators : []).map((ind, c) => {
        const p3 = `${p2}.indicators[${c}]`;
        const o3 = isObj(ind) ? ind : {};
        const id = isText(o3.id) ? o3.id : `i${a + 1}_${b + 1}_${c + 1}`;
        if (ids.has(id)) problem(`${p3}.id`, words.duplicateId(id), id);
        ids.add(id);
        const points = pointsOf(o3.points, `${p3}.points`, id);
        if (o3.rule === undefined || o3.rule === null) {
          unfinished = true;
          problem(`${p3}.rule`, words.noRule, id);
        }
        const name = localized(o3.name, `${p3}.name`) ?? { "zh-CN": id };
        if (o3.rule !== undefined && o3.rule !== null)
          checkRule(o3.rule, `${p3}.rule`, id, name, true);
        return {
          id,
          name,
          points,
          description: lines(o3.description),
          criteria: lines(o3.criteria),
          rule: o3.rule as Rule,
        };
      });
      if (!indicators.length) problem(`${p2}.indicators`, words.needsList);
      return {
        name: localized(o2.name, `${p2}.name`) ?? { "zh-CN": "" },
        points: pointsOf(o2.points, `${p2}.points`),
        indicators,
      };
    });
    if (!children.length) problem(`${p1}.children`, words.needsList);
    return { name: localized(o1.name, `${p1}.name`) ?? { "zh-CN": "" }, points: points1, children };
  });

  function pointsOf(v: unknown, path: string, id?: string): number {
    if (v === undefined || v === null || v === "") {
      unfinished = true;
      problem(path, words.noPoints, id);
      return 0;
    }
    if (!isNum(v) || v < 0) problem(path, words.needsPoints, id);
    return isNum(v) ? v : 0;
  }

  function keyOf(k: unknown, where: string, id?: string) {
    if (!isText(k)) problem(where, words.needsKey, id);
    else if (!declared(k)) problem(where, words.undeclared(k), id);
  }
  function keysOf(v: unknown, where: string, id?: string) {
    if (!Array.isArray(v) || !v.length) return void problem(where, words.needsKeys, id);
    v.forEach((k, i) => keyOf(k, `${where}[${i}]`, id));
  }
  /** A ratio of sums of inputs, one input in percent, or a change between two sums. */
  function measureAt(m: unknown, where: string, id?: string) {
    if (!isObj(m)) return void problem(where, words.needsMeasure, id);
    if ("percent" in m) keyOf(m.percent, `${where}.percent`, id);
    else if ("current" in m)
      (keysOf(m.current, `${where}.current`, id), keysOf(m.previous, `${where}.previous`, id));
    else
      (keysOf(m.numerator, `${where}.numerator`, id),
        keysOf(m.denominator, `${where}.denominator`, id));
  }

  /** The rule's shape by kind; `whole` is the indicator's own rule, which may be worth its points. */
  function checkRule(r: unknown, path: string, id: string, name: Localized, whole: boolean): void {
    if (!isObj(r)) return void problem(path, words.notObject, id);
    if (!isRuleKind(r.kind)) {
      const known = RULE_KINDS.map((k) => [k, kindName(k, locale)] as const);
      return void problem(`${path}.kind`, words.unknownKind(String(r.kind ?? ""), known), id);
    }
    if (!whole && !isNum(r.points)) problem(`${path}.points`, words.partNeedsPoints, id);
    const at = (field: string) => `${path}.${field}`;
    const keyAt = (k: unknown, where: string) => keyOf(k, where, id);
    const scoreAt = (v: unknown, where: string) => {
      if (!isNum(v)) problem(where, words.needsNumber, id);
      else if (v < 0) problem(where, words.negativeScore, id);
    };
    const check: ShapeCheck = {
      rule: r,
      path,
      words,
      problem: (where, message) => problem(where, message, id),
      key: (field) => keyAt(r[field], at(field)),
      keyAt,
      keys: (field) => keysOf(r[field], at(field), id),
      number: (field) => {
        if (!isNum(r[field])) problem(at(field), words.needsNumber, id);
      },
      score: (field) => scoreAt(r[field], at(field)),
      scoreAt,
      bound: (field) => {
        if (!isText(r[field])) problem(at(field), words.needsBound, id);
      },
      oneOf: (field, allowed, message) => {
        if (r[field] !== undefined && !allowed.includes(String(r[field])))
          problem(at(field), message, id);
      },
      list: (field) => {
        if (!Array.isArray(r[field]) || !(r[field] as unknown[]).length)
          problem(at(field), words.needsList, id);
        return Array.isArray(r[field]) ? (r[field] as unknown[]) : [];
      },
      data: (t, where) => void data(t, where),
      localized: (v, where) => void localized(v, where),
      measure: () => measureAt(r.measure, at("measure"), id),
      label: () => {
        r.label = r.label === undefined ? name : localized(r.label, at("label"));
      },
      part: (p, where) => checkRule(p, where, id, name, false),
    };
    KINDS[r.kind].shape(check);
  }

  if (problems.length) return { ok: false, problems, unfinished };
  const framework: Framework = {
    id: file.id as string,
    title: title!,
    source: isText(file.source) ? file.source : "",
    total: file.total as number,
    grades,
    levels,
    ...(inputs.length && { inputs }),
    ...(cap && { cap }),
  };
  registerInputs(inputs);
  // Arithmetic and rule checks need the whole tree; mistakes in the data stop it, printed inconsistencies are notes.
  const issues = validateFramework(framework);
  const paths = new Map(
    placedIndicators(framework).map(({ indicator }, n) => [indicator.id, pathOf(framework, n)])
  );
  const wrong = issues.filter((i) => i.severity === "data");
  if (wrong.length)
    return {
      ok: false,
      unfinished: false,
      problems: wrong.map((i) => ({
        path: (i.indicatorId && paths.get(i.indicatorId)) || "total",
        message: renderFinding(i, framework, locale),
        ...(i.indicatorId && { indicatorId: i.indicatorId }),
      })),
    };
  return { ok: true, framework, notes: issues.filter((i) => i.severity === "source") };
}

function pathOf(framework: Framework, n: number): string {
  let seen = 0;
  for (const [a, l1] of framework.levels.entries())
    for (const [b, l2] of l1.children.entries())
      for (const c of l2.indicators.keys()) {
        if (seen === n) return `levels[${a}].children[${b}].indicators[${c}]`;
        seen++;
      }
  return "levels";
}
