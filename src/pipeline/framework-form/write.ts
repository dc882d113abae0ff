import {
  kindName,
  placedIndicators,
  RULE_KINDS,
  VALUE_TYPES,
  type Framework,
  type Rule,
} from "../../core";
import { catalog, type Locale } from "../../i18n";
import { emptyPlan, type CellPlan, type SheetPlan } from "../sheets/plan";
import { validation } from "../sheets/validation";
import { encodeRule, localizedCell, partRows } from "../rule-kinds";

/** The tree's columns, in the order of the form's headers. */
export const TREE = {
  l1: 1,
  l1p: 2,
  l2: 3,
  l2p: 4,
  name: 5,
  points: 6,
  description: 7,
  criteria: 8,
  id: 9,
  kind: 10,
  partPoints: 11,
  label: 12,
  measure: 13,
  first: 14,
  second: 15,
  params: 16,
} as const;
/** The row of each sheet's headers; the rows above hold its title and guide. */
export const HEADER_ROW = 3;

/**
 * A framework as the workbook a bureau writes and sends: 基本信息, 指标体系 (one row per indicator, a row
 * per part of a composite below it), 输入项 and 评分等级, with drop-downs for the rule kinds, measures and
 * input types. readFrameworkForm reads it back to the same framework.
 */
export function planFrameworkForm(framework: Framework, locale: Locale = "zh-CN"): SheetPlan[] {
  return [
    info(framework, locale),
    tree(framework, locale),
    inputs(framework, locale),
    grades(framework, locale),
  ];
}

type Put = (row: number, col: number, cell: Omit<CellPlan, "row" | "col">) => void;

function sheet(name: string, widths: number[], title: string, guide?: string) {
  const plan = emptyPlan(name);
  const put: Put = (row, col, cell) => plan.cells.push({ row, col, ...cell });
  plan.columnWidths = widths;
  put(1, 1, { value: title, style: "title" });
  plan.merges.push({ top: 1, left: 1, bottom: 1, right: widths.length });
  if (guide) {
    put(2, 1, { value: guide, style: "note" });
    plan.merges.push({ top: 2, left: 1, bottom: 2, right: widths.length });
    plan.rowHeights[2] = 60;
  }
  plan.freezeRows = HEADER_ROW;
  return { plan, put };
}

function info(framework: Framework, locale: Locale): SheetPlan {
  const w = catalog(locale).frameworkForm;
  const { plan, put } = sheet(w.sheets.info, [14, 80], w.info.title, w.info.guide);
  const rows: [string, string | number][] = [
    [w.info.id, framework.id],
    [w.info.name, framework.title["zh-CN"]],
    [w.info.englishName, framework.title["en-US"] ?? ""],
    [w.info.total, framework.total],
    [w.info.source, framework.source],
    ...capRows(framework, locale),
  ];
  rows.forEach(([label, value], i) => {
    put(HEADER_ROW + i, 1, { value: label, style: "label" });
    put(HEADER_ROW + i, 2, { value, style: "input" });
  });
  plan.freezeRows = 0;
  return plan;
}

/**
 * A cap on the total as four rows of 基本信息: what it is called, how its rate is measured, the inputs
 * ("numerator/denominator", or one key), and each bound with the highest total below it.
 */
function capRows(framework: Framework, locale: Locale): [string, string][] {
  const cap = framework.cap;
  if (!cap) return [];
  const w = catalog(locale).frameworkForm;
  const m = cap.measure;
  const [measure, data] =
    "percent" in m
      ? [w.measures.percent, m.percent]
      : "current" in m
        ? [w.measures.change, `${m.current.join("+")}/${m.previous.join("+")}`]
        : [w.measures.ratio, `${m.numerator.join("+")}/${m.denominator.join("+")}`];
  const sep = locale === "zh-CN" ? "；" : "; ";
  return [
    [w.info.capLabel, localizedCell(cap.label)],
    [w.info.capMeasure, measure],
    [w.info.capData, data],
    [w.info.capLimits, cap.limits.map((l) => `${w.info.below}${l.below}=${l.max}`).join(sep)],
  ];
}

function tree(framework: Framework, locale: Locale): SheetPlan {
  const w = catalog(locale).frameworkForm;
  const { plan, put } = sheet(
    w.sheets.tree,
    [10, 6, 10, 6, 18, 6, 36, 48, 14, 12, 8, 16, 8, 22, 22, 44],
    w.info.title,
    w.tree.paramsPrompt
  );
  w.tree.headers.forEach((h, i) => put(HEADER_ROW, i + 1, { value: h, style: "header" }));
  let row = HEADER_ROW + 1;
  const ruleRow = (rule: Rule, at: number) => {
    const c = encodeRule(rule, locale);
    put(at, TREE.kind, { value: c.kind, style: "input" });
    if (c.partPoints !== undefined)
      put(at, TREE.partPoints, { value: c.partPoints, style: "input" });
    if (c.label) put(at, TREE.label, { value: c.label, style: "wrap" });
    if (c.measure) put(at, TREE.measure, { value: c.measure, style: "input" });
    if (c.first) put(at, TREE.first, { value: c.first, style: "input" });
    if (c.second) put(at, TREE.second, { value: c.second, style: "input" });
    if (c.params) put(at, TREE.params, { value: c.params, style: "wrap" });
  };
  placedIndicators(framework).forEach(({ level1, level2, indicator }, n, all) => {
    if (n === 0 || all[n - 1].level1 !== level1) {
      put(row, TREE.l1, { value: localizedCell(level1.name), style: "level" });
      put(row, TREE.l1p, { value: level1.points, style: "number" });
    }
    if (n === 0 || all[n - 1].level2 !== level2) {
      put(row, TREE.l2, { value: localizedCell(level2.name), style: "level" });
      put(row, TREE.l2p, { value: level2.points, style: "number" });
    }
    put(row, TREE.name, { value: localizedCell(indicator.name), style: "level" });
    put(row, TREE.points, { value: indicator.points, style: "number" });
    put(row, TREE.description, { value: indicator.description.join("\n"), style: "wrap" });
    put(row, TREE.criteria, { value: indicator.criteria.join("\n"), style: "wrap" });
    put(row, TREE.id, { value: indicator.id, style: "key" });
    const rule = indicator.rule as Rule | undefined;
    if (rule) {
      // The indicator's own rule is worth its points: its part-points cell stays empty.
      ruleRow({ ...rule, points: undefined } as Rule, row);
      for (const part of partRows(rule)) ruleRow(part, ++row);
    }
    row++;
  });
  const last = Math.max(row + 30, 60);
  plan.validations.push(
    validation(
      {
        top: HEADER_ROW + 1,
        left: TREE.kind,
        bottom: last,
        right: TREE.kind,
        kind: "list",
        options: RULE_KINDS.map((k) => kindName(k, locale)),
      },
      locale
    ),
    validation(
      {
        top: HEADER_ROW + 1,
        left: TREE.measure,
        bottom: last,
        right: TREE.measure,
        kind: "list",
        options: Object.values(w.measures),
      },
      locale
    )
  );
  plan.printTitleRows = [HEADER_ROW, HEADER_ROW];
  return plan;
}

function inputs(framework: Framework, locale: Locale): SheetPlan {
  const w = catalog(locale).frameworkForm;
  const { plan, put } = sheet(
    w.sheets.inputs,
    [24, 30, 30, 10, 8, 40, 10, 8, 24, 30, 24],
    w.sheets.inputs
  );
  w.inputs.headers.forEach((h, i) => put(HEADER_ROW, i + 1, { value: h, style: "header" }));
  (framework.inputs ?? []).forEach((d, i) => {
    const row = HEADER_ROW + 1 + i;
    const cells: (string | number | undefined)[] = [
      d.key,
      d.label["zh-CN"],
      d.label["en-US"],
      w.inputs.types[d.type],
      d.unit,
      d.source && localizedCell(d.source),
      d.decided ? w.inputs.yes : undefined,
      d.max,
      d.options?.map((o) => o["zh-CN"]).join("、"),
      d.labels?.rows.join("、"),
      d.labels?.columns?.join("、"),
    ];
    cells.forEach((value, c) => value !== undefined && put(row, c + 1, { value, style: "input" }));
  });
  const last = HEADER_ROW + Math.max(40, (framework.inputs?.length ?? 0) + 20);
  plan.validations.push(
    validation(
      {
        top: HEADER_ROW + 1,
        left: 4,
        bottom: last,
        right: 4,
        kind: "list",
        options: VALUE_TYPES.map((t) => w.inputs.types[t]),
      },
      locale
    ),
    validation(
      {
        top: HEADER_ROW + 1,
        left: 7,
        bottom: last,
        right: 7,
        kind: "list",
        options: [w.inputs.yes],
      },
      locale
    )
  );
  return plan;
}

function grades(framework: Framework, locale: Locale): SheetPlan {
  const w = catalog(locale).frameworkForm;
  const { plan, put } = sheet(w.sheets.grades, [16, 20, 10], w.sheets.grades);
  w.grades.headers.forEach((h, i) => put(HEADER_ROW, i + 1, { value: h, style: "header" }));
  framework.grades.forEach((g, i) => {
    put(HEADER_ROW + 1 + i, 1, { value: g.grade["zh-CN"], style: "input" });
    if (g.grade["en-US"]) put(HEADER_ROW + 1 + i, 2, { value: g.grade["en-US"], style: "input" });
    put(HEADER_ROW + 1 + i, 3, { value: g.min, style: "input" });
  });
  return plan;
}
