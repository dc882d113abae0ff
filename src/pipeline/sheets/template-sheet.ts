import {
  capInputKeys,
  inputDef,
  KPI_COLUMNS,
  MISSING_WORD,
  placedIndicators,
  REPORT_INPUTS,
  FUNCTIONAL_CLASSES,
  FUNCTIONAL_PERIODS,
  functionalKey,
  type FunctionalClass,
  ruleInputKeys,
  unitText,
  type Framework,
  type InputDef,
  type KpiTableRule,
} from "../../core";
import { catalog, LOCALES, text, type Locale } from "../../i18n";
import { sheetName } from "./names";
import { emptyPlan, uniqueSheetName, type CellPlan, type SheetPlan, type Validation } from "./plan";
import { validation } from "./validation";
import type { CellValue } from "../snapshot";

/**
 * The 绩效基础数据 sheet: one row per input key (label, unit, value, source note, key), then the
 * KPI table of 效果性, the evaluator's own scores with reasons, and the figures only the report reads. The reader (locate/template.ts)
 * finds its parts by these header words, in either language, so a user may move rows about.
 */

export type TemplateWords = ReturnType<typeof catalog>["sheets"]["template"];

/** The header words of the template in every language, for the reader. */
export const TEMPLATE_WORDS: readonly TemplateWords[] = LOCALES.map(
  (l) => catalog(l).sheets.template
);

export const KPI_ROWS = 12;
/** Blank rows of the 表1-2 area for the unit's functional classes. */
export const FUNCTIONAL_ROWS = 8;
export const DIRECTIONS = [">=", "<="];

/** Where the value cell of each input sits among the template's columns. */
export const TEMPLATE_COLUMNS = { key: 7, value: 5 } as const;

const FORMATS: Partial<Record<InputDef["type"], string>> = {
  amount: "#,##0.00",
  count: "0",
  percent: "0.00%",
  score: "0.00",
};

/** The 数据来源 note of an input's row: where its figure is usually found. */
export function sourceNote(def: InputDef, locale: Locale): string {
  const W = catalog(locale).sheets.template;
  if (def.source) return text(def.source, locale);
  if (def.type === "judgement") return W.judgementNote;
  return def.type === "choice" ? unitText(def, locale) : W.yesNoNote;
}

/** Whether a row's note says its figure was adopted from a cell (采用：…), in any language the sheet was written in. */
export function isAdoptedNote(note: string | undefined): boolean {
  return !!note && TEMPLATE_WORDS.some((w) => note.startsWith(w.adoptedMark));
}

/** A value, or a formula with its result, shown in its own format where it is not the input's usual one (0.00"分"). */
type Fill = CellValue | { formula: string; result?: CellValue; numberFormat?: string };

/** What to write into the template's value cells (the sample workbook fills them with formulas). */
export interface TemplateFill {
  unit?: Fill;
  year?: Fill;
  inputs?: Record<string, Fill>;
  kpis?: CellValue[][];
  overrides?: Record<string, { score: number; reason: string }>;
}

/** The template as a plan, empty or filled, in the user's language. */
export function planTemplateSheet(
  framework: Framework,
  existing: string[],
  fill: TemplateFill = {},
  locale: Locale = "zh-CN"
): SheetPlan {
  const W = catalog(locale).sheets.template;
  const prompts = catalog(locale).sheets.validation;
  const plan = emptyPlan(uniqueSheetName(sheetName("template", locale), existing));
  const cells = plan.cells;
  const put = (row: number, col: number, cell: Omit<CellPlan, "row" | "col">) =>
    cells.push({ row, col, ...cell });
  plan.columnWidths = [6, 22, 40, 10, 16, 44, 26];
  plan.landscape = true;

  put(1, 1, { value: W.title, style: "title" });
  plan.merges.push({ top: 1, left: 1, bottom: 1, right: 7 });
  put(2, 1, { value: W.guide, style: "note" });
  plan.merges.push({ top: 2, left: 1, bottom: 2, right: 7 });
  plan.rowHeights[2] = 50;
  put(3, 2, { value: W.unit, style: "label" });
  put(3, 3, { ...valueCell(fill.unit), style: "input" });
  put(3, 4, { value: W.year, style: "label" });
  put(3, 5, { ...valueCell(fill.year), style: "input", numberFormat: "0" });

  /** One input's row: number, label, unit, value (缺少 until filled), where it is found, key. */
  const inputRow = (row: number, n: number, def: InputDef) => {
    put(row, 1, { value: n, style: "text" });
    put(row, 3, { value: text(def.label, locale), style: "wrap" });
    put(row, 4, { value: unitText(def, locale), style: "text" });
    put(row, TEMPLATE_COLUMNS.value, {
      ...valueCell(fill.inputs?.[def.key] ?? MISSING_WORD[locale]),
      style: "input",
      numberFormat: formatOf(fill.inputs?.[def.key]) ?? FORMATS[def.type],
    });
    put(row, 6, { value: sourceNote(def, locale), style: "note" });
    put(row, TEMPLATE_COLUMNS.key, { value: def.key, style: "key" });
    plan.validations.push(validationFor(def, row, locale));
  };

  let row = 5;
  put(row, 1, { value: W.inputsSection, style: "section" });
  plan.merges.push({ top: row, left: 1, bottom: row, right: 7 });
  row++;
  W.inputHeaders.forEach((h, i) => put(row, i + 1, { value: h, style: "header" }));
  plan.freezeRows = row;
  row++;

  const seen = new Set<string>();
  let n = 0;
  for (const { indicator } of placedIndicators(framework)) {
    const keys = ruleInputKeys(indicator.rule).filter((k) => !seen.has(k));
    keys.forEach((k) => seen.add(k));
    if (!keys.length) continue;
    const first = row;
    for (const key of keys) {
      n++;
      inputRow(row++, n, inputDef(key)!);
    }
    put(first, 2, { value: text(indicator.name, locale), style: "wrap" });
    if (row - 1 > first) plan.merges.push({ top: first, left: 2, bottom: row - 1, right: 2 });
  }
  // What only the cap on the total reads (a 预算执行率 no indicator uses), under the cap's own name.
  const capKeys = capInputKeys(framework);
  if (framework.cap && capKeys.length) {
    const first = row;
    for (const key of capKeys) inputRow(row++, ++n, inputDef(key)!);
    put(first, 2, { value: text(framework.cap.label, locale), style: "wrap" });
    if (row - 1 > first) plan.merges.push({ top: first, left: 2, bottom: row - 1, right: 2 });
  }

  row++;
  put(row, 1, { value: W.kpiSection, style: "section" });
  plan.merges.push({ top: row, left: 1, bottom: row, right: 7 });
  row++;
  W.kpiHeaders.forEach((h, i) => put(row, i + 1, { value: h, style: "header" }));
  row++;
  const kpiRule = placedIndicators(framework).find((p) => p.indicator.rule.kind === "kpiTable")
    ?.indicator.rule as KpiTableRule | undefined;
  const aspects = (kpiRule?.aspects ?? []).map((a) => text(a, locale));
  const kpiValues = fill.kpis ?? [];
  for (let i = 0; i < KPI_ROWS; i++) {
    for (let c = 0; c < KPI_COLUMNS.length; c++) {
      const v = kpiValues[i]?.[c];
      put(row + i, c + 1, {
        ...(v !== undefined && { value: v }),
        style: "input",
        ...((c === 2 || c === 3) && { numberFormat: "#,##0.00" }),
      });
    }
  }
  const kpiRows = { top: row, bottom: row + KPI_ROWS - 1 };
  plan.validations.push(
    validation(
      { ...kpiRows, left: 1, right: 1, kind: "list", options: aspects },
      locale,
      prompts.aspects(aspects)
    ),
    validation({ ...kpiRows, left: 3, right: 4, kind: "decimal", min: 0 }, locale),
    validation(
      { ...kpiRows, left: 5, right: 5, kind: "list", options: DIRECTIONS },
      locale,
      prompts.directions
    ),
    validation({ ...kpiRows, left: 6, right: 6, kind: "decimal", min: 0 }, locale, prompts.weight)
  );
  row += KPI_ROWS + 1;

  put(row, 1, { value: W.overridesSection, style: "section" });
  plan.merges.push({ top: row, left: 1, bottom: row, right: 7 });
  row++;
  W.overrideHeaders.forEach((h, i) => put(row, i + 2, { value: h, style: "header" }));
  plan.merges.push({ top: row, left: 5, bottom: row, right: 7 });
  row++;
  const overrides = fill.overrides ?? {};
  for (const { indicator } of placedIndicators(framework)) {
    const o = overrides[indicator.name["zh-CN"]] ?? overrides[indicator.id];
    put(row, 2, { value: text(indicator.name, locale), style: "wrap" });
    put(row, 3, { value: indicator.points, style: "number" });
    put(row, 4, {
      ...(o ? { value: o.score } : {}),
      style: "input",
      numberFormat: "0.00",
    });
    put(row, 5, { ...(o ? { value: o.reason } : {}), style: "input" });
    plan.merges.push({ top: row, left: 5, bottom: row, right: 7 });
    plan.validations.push(
      validation(
        {
          top: row,
          left: 4,
          bottom: row,
          right: 4,
          kind: "decimal",
          min: 0,
          max: indicator.points,
        },
        locale,
        prompts.ownScore(indicator.points)
      )
    );
    row++;
  }
  row++;
  put(row, 1, { value: W.reportSection, style: "section" });
  plan.merges.push({ top: row, left: 1, bottom: row, right: 7 });
  row++;
  W.inputHeaders.forEach((h, i) => put(row, i + 1, { value: h, style: "header" }));
  row++;
  for (const def of REPORT_INPUTS) {
    n++;
    inputRow(row++, n, def);
  }

  row++;
  put(row, 1, { value: W.functionalSection, style: "section" });
  plan.merges.push({ top: row, left: 1, bottom: row, right: 7 });
  row++;
  W.functionalHeaders.forEach((h, i) => put(row, i + 2, { value: h, style: "header" }));
  row++;
  const given = (c: FunctionalClass) =>
    FUNCTIONAL_PERIODS.some((p) => fill.inputs?.[functionalKey(c.code, p.key)] !== undefined);
  const filled = FUNCTIONAL_CLASSES.filter(given);
  const classRows = { top: row, bottom: row + Math.max(FUNCTIONAL_ROWS, filled.length) - 1 };
  for (; row <= classRows.bottom; row++) {
    const c = filled[row - classRows.top];
    put(row, 2, { ...(c && { value: text(c.label, locale) }), style: "input" });
    FUNCTIONAL_PERIODS.forEach((p, j) =>
      put(row, 3 + j, {
        ...(c && valueCell(fill.inputs?.[functionalKey(c.code, p.key)])),
        style: "input",
        numberFormat: FORMATS.amount,
      })
    );
  }
  // No drop-down for the class: Excel refuses a typed list over 255 characters (the English names are
  // longer); the reader takes a class by its name or its code.
  plan.validations.push(
    validation({ ...classRows, left: 3, right: 5, kind: "decimal", min: 0 }, locale)
  );
  plan.printAreas = [{ top: 1, left: 1, bottom: row - 1, right: 7 }];
  plan.footer = catalog(locale).sheets.score.footer;
  return plan;
}

const formatOf = (v: Fill | undefined) =>
  typeof v === "object" && v !== null && "formula" in v ? v.numberFormat : undefined;

function valueCell(v: Fill | undefined): Pick<CellPlan, "value" | "formula"> {
  if (v === undefined) return {};
  return typeof v === "object" && v !== null
    ? { formula: v.formula, ...(v.result !== undefined && { value: v.result }) }
    : { value: v };
}

function validationFor(def: InputDef, row: number, locale: Locale): Validation {
  const at = {
    top: row,
    left: TEMPLATE_COLUMNS.value,
    bottom: row,
    right: TEMPLATE_COLUMNS.value,
  };
  const { answers } = catalog(locale).sheets;
  const yesNo = [answers.yes, answers.no];
  switch (def.type) {
    case "judgement":
      return validation(
        { ...at, kind: "list", options: yesNo, lenient: true },
        locale,
        catalog(locale).sheets.validation.judgement
      );
    case "flag":
      return validation({ ...at, kind: "list", options: yesNo }, locale);
    case "choice":
      return validation(
        {
          ...at,
          kind: "list",
          options: (def.options ?? []).map((o) => text(o, locale)),
        },
        locale
      );
    case "count":
      return validation({ ...at, kind: "whole", min: 0 }, locale);
    case "percent":
      return validation(
        {
          ...at,
          kind: "decimal",
          min: 0,
          ...(def.max !== undefined && { max: def.max / 100 }),
        },
        locale
      );
    default:
      return validation({ ...at, kind: "decimal", min: 0 }, locale);
  }
}
