import { catalog, type Locale } from "../../i18n";
import {
  parseBound,
  placedIndicators,
  renderFinding,
  text,
  type Framework,
  type ScoreResult,
} from "../../core";
import { wrappedLines } from "../../util/text-width";
import { address, columnName } from "../a1";
import type { LocatedInputs } from "../locate/located";
import { BLOCK, BLOCK_WIDTHS, planBlock, type FormulaMode } from "./data-block";
import { sheetName } from "./names";
import { emptyPlan, uniqueSheetName, type CellPlan, type SheetPlan } from "./plan";
import { mayBeOmitted, portableFormula, type PortableCells } from "../rule-kinds";
import { measure, num } from "../rule-kinds/formula";
import { excelString } from "./formula-text";

/**
 * The 绩效自评评分表 sheet as a plan: the framework table as the report prints it (levels and points
 * in merged cells, description, criteria, score, deduction note), the total and grade, the audit
 * findings and, apart, the framework table's own inconsistencies; beside the table the data block every
 * score formula reads, each value tied to the cell it came from.
 */
export type { FormulaMode } from "./data-block";
export const FORMULA_MODES: readonly FormulaMode[] = ["live", "portable", "values"];
/**
 * What a file written outside Excel (the command line, the browser) can hold. Excel saves an add-in's
 * function as `_xldudf_PERF_SCORE(…)` in a dynamic-array cell tied to the add-in's web extension part;
 * a file that says `PERF.SCORE(…)` would show #NAME? until retyped, so live formulas are written only
 * by the add-in inside Excel.
 */
export const FILE_MODES: readonly FormulaMode[] = ["portable", "values"];

/** The table's columns; the sheet is this wide when printed. */
export const COL = {
  l1: 1,
  l1p: 2,
  l2: 3,
  l2p: 4,
  name: 5,
  pts: 6,
  desc: 7,
  criteria: 8,
  score: 9,
  note: 10,
  computed: 11,
} as const;
const WIDTHS = [10, 6, 10, 6, 16, 6, 36, 52, 9, 40, 10];
const FIRST_ROW = 5;

export interface ScoreSheetInput {
  framework: Framework;
  result: ScoreResult;
  located: LocatedInputs;
  mode: FormulaMode;
  existingSheets: string[];
  locale?: Locale;
  /** The stored framework's range, which live formulas pass when the framework is not the built-in default. */
  frameworkRange?: string;
}

export function planScoreSheet({
  framework,
  result,
  located,
  mode,
  existingSheets,
  locale = "zh-CN",
  frameworkRange,
}: ScoreSheetInput): SheetPlan {
  const words = catalog(locale).sheets.score;
  const plan = emptyPlan(uniqueSheetName(sheetName("score", locale), existingSheets));
  const put = (row: number, col: number, cell: Omit<CellPlan, "row" | "col">) =>
    plan.cells.push({ row, col, ...cell });
  const placed = placedIndicators(framework);
  const last = FIRST_ROW + placed.length - 1;
  plan.columnWidths = [...WIDTHS];
  Object.entries(BLOCK_WIDTHS).forEach(([c, w]) => (plan.columnWidths[Number(c) - 1] = w));

  const block = planBlock({
    plan,
    put,
    framework,
    located,
    mode,
    result,
    locale,
    firstRow: FIRST_ROW,
  });

  put(1, 1, {
    value: words.title(result.unit ?? "", result.year !== undefined ? String(result.year) : ""),
    style: "title",
  });
  plan.merges.push({ top: 1, left: 1, bottom: 1, right: COL.computed });
  plan.rowHeights[1] = 28;
  put(2, 1, {
    value: words.basis(text(framework.title, locale), words.modes[mode]),
    style: "subtitle",
  });
  plan.merges.push({ top: 2, left: 1, bottom: 2, right: COL.computed });

  const headers: [number, string, number?][] = [
    [COL.l1, words.level1, COL.l1p],
    [COL.l2, words.level2, COL.l2p],
    [COL.name, words.indicator, COL.pts],
    [COL.desc, words.description],
    [COL.criteria, words.criteria],
    [COL.score, words.score],
    [COL.note, words.note],
    [COL.computed, words.computed],
  ];
  for (const [col, header, to] of headers) {
    put(3, col, { value: header, style: "header" });
    plan.merges.push(
      to
        ? { top: 3, left: col, bottom: 3, right: to }
        : { top: 3, left: col, bottom: 4, right: col }
    );
    if (to) {
      put(4, col, { value: words.name, style: "header" });
      put(4, to, { value: words.points, style: "header" });
    }
  }
  for (let c = COL.desc; c <= COL.computed; c++) put(4, c, { style: "header" });
  plan.freezeRows = 4;
  plan.printTitleRows = [3, 4];
  plan.anchors = {};

  const ownNote = overrideNote(locale);
  const texts = placed.map(({ indicator }, i) => ({
    description: indicator.description.join("\n"),
    criteria: indicator.criteria.join("\n"),
    note: result.indicators[i].explanation,
  }));
  texts.forEach((t, i) => {
    const lines = Math.max(
      wrappedLines(t.description, WIDTHS[COL.desc - 1]),
      wrappedLines(t.criteria, WIDTHS[COL.criteria - 1]),
      wrappedLines(t.note, WIDTHS[COL.note - 1])
    );
    plan.rowHeights[FIRST_ROW + i] = Math.max(30, Math.min(409, lines * 14.5 + 6));
  });
  const breaks = pageBreaks(plan, placed.length);
  plan.rowBreaks = breaks.map((i) => FIRST_ROW + i);
  placed.forEach(({ level1, level2, indicator }, i) => {
    const row = FIRST_ROW + i;
    const r = result.indicators[i];
    plan.anchors![indicator.id] = row;
    // A level's merged cell ends at a page break and starts again on the next page, named again.
    for (const [level, nameCol, pointsCol] of [
      [level1, COL.l1, COL.l1p],
      [level2, COL.l2, COL.l2p],
    ] as const) {
      const same = (j: number) =>
        (nameCol === COL.l1 ? placed[j].level1 : placed[j].level2) === level;
      if (i > 0 && same(i - 1) && !breaks.includes(i)) continue;
      let n = 1;
      while (i + n < placed.length && same(i + n) && !breaks.includes(i + n)) n++;
      const name = text(level.name, locale);
      put(row, nameCol, {
        value: i > 0 && same(i - 1) ? words.continued(name) : name,
        style: "level",
      });
      put(row, pointsCol, { value: level.points, style: "number" });
      plan.merges.push(
        { top: row, left: nameCol, bottom: row + n - 1, right: nameCol },
        { top: row, left: pointsCol, bottom: row + n - 1, right: pointsCol }
      );
    }
    // The framework's own text stays as published, whatever the sheet's language.
    const name = text(indicator.name, locale);
    put(row, COL.name, { value: name, style: "level" });
    put(row, COL.pts, { value: indicator.points, style: "number" });
    put(row, COL.desc, { value: texts[i].description, style: "wrap" });
    put(row, COL.criteria, { value: texts[i].criteria, style: "wrap" });

    const computedAt = address(row, COL.computed);
    const kpi = indicator.rule.kind === "kpiTable" && block.kpi ? block.kpi.range : undefined;
    const tail = frameworkRange ? `,${kpi ?? '""'},${frameworkRange}` : kpi ? `,${kpi}` : "";
    const call = (fn: string) =>
      `PERF.${fn}(${excelString(name)},${block.keys},${block.values}${tail})`;
    const style = r.override !== null ? "override" : "number";
    // Without data the computed cell shows the dash; other errors (a source showing #REF!) still show.
    const shown = (v: number | null) =>
      v !== null ? v : r.omitted ? words.notApplicable : words.notComputed;
    const dash = excelString(words.notComputed);
    if (mode === "values")
      put(row, COL.computed, {
        value: shown(r.computed),
        numberFormat: "0.00",
        style: "number",
      });
    else
      put(row, COL.computed, {
        formula: `IFNA(${mode === "live" ? call("SCORE") : portableFormula(indicator, block.portable)},${dash})`,
        value: shown(r.computed),
        numberFormat: "0.00",
        style: "number",
      });
    const own = block.overrides.get(indicator.id);
    if (mode === "values")
      put(row, COL.score, { value: shown(r.score), numberFormat: "0.00", style });
    else
      put(row, COL.score, {
        formula: own ? own.score : computedAt,
        value: shown(r.score),
        numberFormat: "0.00",
        style,
      });

    // The evaluator's reason stays in its cell: Excel refuses text constants over 255 characters in a formula.
    if (mode === "live")
      put(row, COL.note, {
        formula: `${own ? ownNote(own.score, own.reason) : ""}${call("EXPLAIN")}`,
        value: r.explanation,
        style: "wrap",
      });
    else put(row, COL.note, { value: r.explanation, style: "wrap" });
  });

  const total = last + 1;
  planTotals(plan, put, framework, result, mode, locale, total, block.portable);
  const legend = words.legend(columnName(BLOCK.first));
  put(total + 2, COL.l1, { value: legend, style: "note" });
  plan.merges.push({ top: total + 2, left: COL.l1, bottom: total + 2, right: COL.computed });
  const legendWidth = WIDTHS.reduce((sum, w) => sum + w, 0);
  plan.rowHeights[total + 2] = Math.max(30, wrappedLines(legend, legendWidth) * 13 + 6);
  let row = total + 4;
  const findings = result.findings.filter((f) => f.kind !== "framework");
  const notes = result.findings.filter((f) => f.kind === "framework");
  row = listFindings(
    plan,
    put,
    words.findings(findings.length),
    findings.map((f) => renderFinding(f, framework, locale)),
    row
  );
  if (notes.length)
    row = listFindings(
      plan,
      put,
      words.frameworkNotes(notes.length),
      notes.map((f) => renderFinding(f, framework, locale)),
      row + 1
    );
  plan.printAreas = [
    { top: 1, left: 1, bottom: Math.max(row - 1, total + 2), right: COL.computed },
  ];
  plan.footer = words.footer;
  return plan;
}

/** A4 landscape inside the margins the hosts set (0.4" left and right, 0.5" top and bottom), in points. */
const PAGE = { width: 841.9 - 57.6, height: 595.3 - 72 };
/** Points a row is assumed to take when the plan does not set its height. */
const DEFAULT_ROW = 20;

/**
 * Where pages start, as indicator indexes: each page holds whole indicator rows and as many as fit once
 * the table is scaled to the page's width (the hosts fit one page wide), with room to spare for
 * renderers whose fonts run taller.
 */
function pageBreaks(plan: SheetPlan, count: number): number[] {
  const sheetWidth = WIDTHS.reduce((sum, w) => sum + (w * 7 + 5) * 0.75, 0);
  const scale = Math.min(1, PAGE.width / sheetWidth);
  const height = (row: number) => plan.rowHeights[row] ?? DEFAULT_ROW;
  const capacity = (PAGE.height / scale) * 0.9;
  const titles = height(3) + height(4);
  const breaks: number[] = [];
  let used = height(1) + height(2) + titles;
  for (let i = 0; i < count; i++) {
    const h = height(FIRST_ROW + i);
    if (used + h > capacity && i > 0) {
      breaks.push(i);
      used = titles;
    }
    used += h;
  }
  return breaks;
}

function planTotals(
  plan: SheetPlan,
  put: (row: number, col: number, cell: Omit<CellPlan, "row" | "col">) => void,
  framework: Framework,
  result: ScoreResult,
  mode: FormulaMode,
  locale: Locale,
  total: number,
  portable: PortableCells
): void {
  const words = catalog(locale).sheets.score;
  const n = result.indicators.length;
  const scores = `${address(FIRST_ROW, COL.score)}:${address(FIRST_ROW + n - 1, COL.score)}`;
  const points = `${address(FIRST_ROW, COL.pts)}:${address(FIRST_ROW + n - 1, COL.pts)}`;
  const computed = `${address(FIRST_ROW, COL.computed)}:${address(FIRST_ROW + n - 1, COL.computed)}`;
  put(total, COL.l1, { value: words.total, style: "total" });
  plan.merges.push({
    top: total,
    left: COL.l1,
    bottom: total,
    right: COL.criteria,
  });
  put(total + 1, COL.l1, { value: words.grade, style: "total" });
  plan.merges.push({
    top: total + 1,
    left: COL.l1,
    bottom: total + 1,
    right: COL.criteria,
  });
  const grades = [...framework.grades].sort((a, b) => b.min - a.min);
  const gradeText = (g: (typeof grades)[number]) => excelString(text(g.grade, locale));
  const gradeFormula = grades
    .slice(0, -1)
    .reduceRight(
      (rest, g) => `IF(${address(total, COL.score)}>=${g.min},${gradeText(g)},${rest})`,
      gradeText(grades[grades.length - 1])
    );
  const grade = grades.find((g) => text(g.grade, "zh-CN") === result.grade);
  const gradeShown = grade ? text(grade.grade, locale) : words.noGrade;
  const unscored = result.indicators.filter((i) => i.score === null && !i.omitted).length;
  const ownOnly = result.indicators.filter(
    (i) => i.computed === null && i.score !== null && !i.omitted
  ).length;
  const completeness =
    (unscored === 0
      ? words.allScored(n) + (ownOnly ? words.ownOnly(String(ownOnly)) : "")
      : words.unscored(String(unscored))) +
    (result.adjustments ?? []).map((a) => `；${a}`).join("");
  if (mode === "values") {
    put(total, COL.score, {
      value: result.total,
      numberFormat: "0.00",
      style: "total",
    });
    put(total, COL.note, { value: completeness, style: "total" });
    put(total + 1, COL.score, { value: gradeShown, style: "total" });
  } else {
    const t = totalFormulas(framework, scores, points, portable, locale);
    // Items left out count as settled; a framework without such items keeps the plain COUNT.
    const settled = (range: string) =>
      t.canOmit ? `(COUNT(${range})+COUNTIF(${range},${t.na}))` : `COUNT(${range})`;
    const done = settled(scores);
    put(total, COL.score, {
      formula: t.total,
      value: result.total,
      numberFormat: "0.00",
      style: "total",
    });
    put(total, COL.note, {
      formula: `IF(${done}=${n},${excelString(words.allScored(n))}&IF(${settled(computed)}<${n},${joined(words.ownOnly, `${n}-${settled(computed)}`)},""),${joined(words.unscored, `${n}-${done}`)})${t.notes}`,
      value: completeness,
      style: "total",
    });
    put(total + 1, COL.score, {
      formula: `IF(OR(${done}<${n}${t.unsettled ? `,${t.unsettled}` : ""}),${excelString(words.noGrade)},${gradeFormula})`,
      value: gradeShown,
      style: "total",
    });
  }
  put(total, COL.computed, { style: "total" });
  const bands = grades.map((g, i) =>
    i === grades.length - 1
      ? words.gradeBelow(grades[i - 1].min, text(g.grade, locale))
      : words.gradeBand(g.min, text(g.grade, locale))
  );
  put(total + 1, COL.note, { value: words.bands(bands), style: "total" });
  put(total + 1, COL.computed, { style: "total" });
}

/**
 * The total as a formula, as the core works it out: the scores' sum (SUMIF over "<1E+307" skips the dash
 * and any error of unscored rows in every spreadsheet engine); scaled to the framework's total when items
 * are left out as not applicable; held under the cap of a rate. A rate that cannot be worked out leaves
 * the sum and the grade unsettled. The notes say, as the figures change, which of these applied.
 */
function totalFormulas(
  framework: Framework,
  scores: string,
  points: string,
  portable: PortableCells,
  locale: Locale
) {
  const words = catalog(locale).sheets.score;
  const na = excelString(words.notApplicable);
  const sum = `SUMIF(${scores},"<1E+307")`;
  const canOmit = placedIndicators(framework).some(({ indicator }) => mayBeOmitted(indicator.rule));
  const left = `SUMIF(${scores},${na},${points})`;
  const T = framework.total;
  const scaled = canOmit ? `IF(${left}>0,ROUND(${sum}*${T}/(${T}-${left}),2),${sum})` : sum;
  let notes = canOmit ? `&IF(${left}>0,${excelString(`；${words.scaled}`)},"")` : "";
  if (!framework.cap) return { na, canOmit, total: scaled, notes, unsettled: "" };
  const m = measure(framework.cap.measure, portable);
  const ceilings = framework.cap.limits.map(
    (l) => `IF(${m.ratio}<${num(parseBound(l.below)!)},${l.max},1E+307)`
  );
  const cap = `IF(OR(${m.missing.join(",")}),NA(),MIN(${ceilings.join(",")}))`;
  const label = text(framework.cap.label, locale);
  notes +=
    `&IF(ISERROR(${cap}),${excelString(`；${words.capUnknown(label)}`)},` +
    `IF(${cap}<${scaled},${excelString(`；${words.capped(label)}`)},""))`;
  return {
    na,
    canOmit,
    total: `IFERROR(MIN(${scaled},${cap}),${scaled})`,
    notes,
    unsettled: `ISERROR(${cap})`,
  };
}

function listFindings(
  plan: SheetPlan,
  put: (row: number, col: number, cell: Omit<CellPlan, "row" | "col">) => void,
  title: string,
  lines: string[],
  row: number
): number {
  put(row, COL.l1, { value: title, style: "section" });
  plan.merges.push({
    top: row,
    left: COL.l1,
    bottom: row,
    right: COL.computed,
  });
  row++;
  lines.forEach((line, i) => {
    const numbered = `${i + 1}. ${line}`;
    put(row, COL.l1, { value: numbered, style: "wrap" });
    plan.merges.push({
      top: row,
      left: COL.l1,
      bottom: row,
      right: COL.computed,
    });
    plan.rowHeights[row] = Math.max(
      18,
      wrappedLines(
        numbered,
        WIDTHS.reduce((a, b) => a + b, 0)
      ) *
        14.5 +
        4
    );
    row++;
  });
  return row;
}

/** A sentence of the catalog as a formula, with a cell's value put where the sentence has its figure. */
function joined(sentence: (figure: string) => string, expression: string): string {
  const [before, after] = sentence("\u0000").split("\u0000");
  return [before && excelString(before), expression, after && excelString(after)]
    .filter(Boolean)
    .join("&");
}

/**
 * The note of an overridden indicator as a formula: the core's own sentence (评价人确定得 3 分（理由：…）。
 * 按数据计算：…), with the score and the reason read from their cells.
 */
function overrideNote(locale: Locale): (score: string, reason: string) => string {
  const msg = catalog(locale).core;
  const [s, r, x] = ["\u0001", "\u0002", "\u0003"];
  const sentence = msg.sentence([msg.overrideApplied(s, r)]) + msg.computedWas(x);
  const quote = (t: string) => (t ? `${excelString(t)}&` : "");
  return (score, reason) => {
    const [a, rest] = sentence.split(s);
    const [b, rest2] = rest.split(r);
    const [c] = rest2.split(x);
    return `${quote(a)}${score}&${quote(b)}${reason}&${quote(c)}`;
  };
}
