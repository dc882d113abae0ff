import { Rational, readQuantity, type Nature, type SelfEvalResult } from "../../core";
import { catalog, text, type Locale } from "../../i18n";
import { address } from "../a1";
import {
  cellText,
  emptyPlan,
  uniqueSheetName,
  type CellPlan,
  type SheetPlan,
} from "../sheets/plan";
import { validation } from "../sheets/validation";
import type { CellValue } from "../snapshot";
import { executionFormula, gradeFormula, rateFormula, rowFormula, totalFormula } from "./formulas";

/** Columns of the form, as the 一体化 system lays it out (A–I). */
const COL = {
  level1: 1,
  level2: 2,
  name: 3,
  nature: 4,
  target: 5,
  actual: 6,
  points: 7,
  score: 8,
  reason: 9,
};
const WIDTHS = [12, 14, 26, 13, 14, 14, 8, 9, 36];
const SHEET_NAME_LIMIT = 31;

export interface SelfEvalSheet {
  plan: SheetPlan;
  /** Where its figures are, for the summary's formulas. */
  cells: { budget: string; spent: string; rate: string; total: string; grade: string };
}

/**
 * The 自评表 of one project (or of the whole department) in the system's layout, every score a live
 * formula, qualitative rows' scores left to the evaluator (yellow, checked against the row's points), and
 * the review's findings under the table.
 */
export function planSelfEvalSheet(
  result: SelfEvalResult,
  existing: string[],
  locale: Locale = "zh-CN"
): SelfEvalSheet {
  const w = catalog(locale).selfEval;
  const s = w.sheet;
  const { table, form } = result;
  const plan = emptyPlan(uniqueSheetName(sheetName(s.name(table.name)), existing));
  const put = (
    row: number,
    col: number,
    value: CellPlan["value"],
    style: CellPlan["style"],
    extra: Partial<CellPlan> = {}
  ) =>
    plan.cells.push({
      row,
      col,
      ...(value !== undefined && value !== "" && { value }),
      style,
      ...extra,
    });
  const merge = (top: number, left: number, bottom: number, right: number) =>
    plan.merges.push({ top, left, bottom, right });

  put(1, 1, s.title[table.form], "title");
  merge(1, 1, 1, 9);
  put(2, 1, table.year ? s.year(table.year) : text(form.title, locale), "subtitle");
  merge(2, 1, 2, 9);
  let r = 3;
  put(r, 1, table.form === "project" ? s.projectName : s.unitName, "header");
  merge(r, 1, r, 2);
  put(r, 3, cellText(table.name), "text");
  merge(r, 3, r, 9);
  r++;
  put(r, 1, s.department, "header");
  merge(r, 1, r, 2);
  put(r, 3, table.department ?? "", "text");
  merge(r, 3, r, 5);
  put(r, 6, s.unit, "header");
  put(r, 7, table.unit ?? "", "text");
  merge(r, 7, r, 9);

  // Funds block: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, in columns C–H.
  r++;
  const fundsTop = r;
  put(r, 1, s.funds, "header");
  s.fundsHeaders.forEach((h, i) => put(r, 3 + i, h, "header"));
  put(r, 9, "", "header");
  r++;
  const fundsRow = r;
  put(r, 1, s.fundsTotal, "level");
  const b = address(r, 4);
  const sp = address(r, 5);
  const amount = (v: unknown) => {
    const q = readQuantity(v);
    return q.kind === "number" ? q.value.toNumber() : null;
  };
  // A total the system left blank or at 0 is its parts' sum, kept live over the rows below.
  const lines = table.funds.lines ?? [];
  const summed = (col: number, value: unknown) =>
    result.execution.fromLines
      ? put(r, col, amount(value) ?? 0, "number", {
          formula: `SUM(${address(r + 1, col)}:${address(r + lines.length, col)})`,
          numberFormat: "#,##0.00",
        })
      : put(r, col, amount(value), "input", { numberFormat: "#,##0.00" });
  summed(3, table.funds.initial);
  summed(4, result.execution.fromLines ? result.execution.budget?.toNumber() : table.funds.budget);
  summed(5, result.execution.fromLines ? result.execution.spent?.toNumber() : table.funds.spent);
  put(r, 7, result.execution.rate?.toNumber() ?? "", "number", {
    formula: rateFormula(b, sp),
    numberFormat: "0.00%",
  });
  // Where a row of the unit's scores execution, the funds row scores nothing of its own.
  const inRows = result.execution.inRows;
  put(r, 6, inRows ? "—" : form.execution.points, "number");
  put(r, 8, inRows ? "—" : (result.execution.score?.toNumber() ?? ""), "total", {
    ...(!inRows && { formula: executionFormula(b, sp, address(r, 6)) }),
    numberFormat: "0.00",
  });
  put(r, 9, "", "text");
  for (const line of table.funds.lines ?? []) {
    r++;
    put(r, 1, line.label, "level");
    put(r, 3, amount(line.initial), "input", { numberFormat: "#,##0.00" });
    put(r, 4, amount(line.budget), "input", { numberFormat: "#,##0.00" });
    put(r, 5, amount(line.spent), "input", { numberFormat: "#,##0.00" });
    for (const c of [6, 7, 8, 9]) put(r, c, "", "text");
  }
  for (let row = fundsTop; row <= r; row++) merge(row, 1, row, 2);

  r++;
  put(r, 1, s.goals, "header");
  merge(r, 1, r + 1, 2);
  put(r, 3, s.expected, "header");
  merge(r, 3, r, 5);
  put(r, 6, s.achieved, "header");
  merge(r, 6, r, 9);
  put(r + 1, 3, cellText(table.goals?.expected ?? ""), "wrap");
  merge(r + 1, 3, r + 1, 5);
  put(r + 1, 6, cellText(table.goals?.actual ?? ""), "wrap");
  merge(r + 1, 6, r + 1, 9);
  plan.rowHeights[r + 1] = 48;
  r += 2;

  const headerRow = r;
  s.headers.forEach((h, i) => put(r, 1 + i, h, "header"));
  plan.rowHeights[r] = 30;
  const scoreCells: string[] = inRows ? [] : [address(fundsRow, 8)];
  const firstRow = r + 1;
  table.rows.forEach((row, i) => {
    r++;
    const scored = result.rows[i];
    put(r, COL.level1, row.level1, "level");
    put(r, COL.level2, row.level2, "level");
    put(r, COL.name, cellText(row.name), "wrap");
    const nature = scored.nature;
    put(r, COL.nature, natureText(nature, locale), "text");
    const points = readQuantity(row.points);
    put(
      r,
      COL.points,
      points.kind === "number" ? points.value.toNumber() : shown(row.points),
      "input",
      { numberFormat: "0.##" }
    );
    const score = scored.score?.toNumber() ?? "";
    // A quantitative row is written as the rules compared it: numbers in one unit, the sign in the format.
    if (nature && nature !== "qualitative" && scored.figures) {
      const { target: t, actual: a, unit } = scored.figures;
      put(r, COL.target, t.toNumber(), "input", {
        numberFormat: quantityFormat(t, unit, sign(nature)),
      });
      put(r, COL.actual, a.toNumber(), "input", { numberFormat: quantityFormat(a, unit, "") });
      const cells = {
        target: address(r, COL.target),
        actual: address(r, COL.actual),
        points: address(r, COL.points),
      };
      put(r, COL.score, score, "total", {
        formula: rowFormula(nature, cells, form),
        numberFormat: "0.00",
      });
    } else {
      put(r, COL.target, shown(row.target), "text");
      put(r, COL.actual, shown(row.actual), "input");
      // A qualitative score is the evaluator's: kept as given, and held to 0…分值 by the sheet.
      put(r, COL.score, nature === "qualitative" ? (readNumber(row.score) ?? "") : score, "input", {
        numberFormat: "0.00",
      });
      if (nature === "qualitative" && points.kind === "number")
        plan.validations.push(
          validation(
            {
              top: r,
              left: COL.score,
              bottom: r,
              right: COL.score,
              kind: "decimal",
              min: 0,
              max: points.value.toNumber(),
            },
            locale,
            w.sheet.scoreInput
          )
        );
    }
    put(r, COL.reason, cellText(String(shown(row.reason))), "wrap");
    scoreCells.push(address(r, COL.score));
  });
  mergeRuns(
    plan,
    firstRow,
    COL.level1,
    table.rows.map((x) => x.level1)
  );
  mergeRuns(
    plan,
    firstRow,
    COL.level2,
    table.rows.map((x) => `${x.level1}\u0000${x.level2}`)
  );

  r++;
  const totalRow = r;
  put(r, 1, s.total, "total");
  merge(r, 1, r, 6);
  put(r, 7, form.total, "total");
  const totalCell = address(r, 8);
  put(r, 8, result.total?.toNumber() ?? "", "total", {
    formula: totalFormula(scoreCells, address(fundsRow, 7), form),
    numberFormat: "0.00",
  });
  put(r, 9, result.grade ?? "", "total", { formula: gradeFormula(totalCell, form, locale) });

  r += 2;
  put(r, 1, s.findings, "section");
  const messages = [
    ...result.execution.errors,
    ...result.rows.flatMap((x, i) => x.errors.map((e) => `${table.rows[i].name}：${e}`)),
    ...result.findings.map((f) => f.message),
  ];
  for (const m of messages.length ? messages : [s.noFindings]) {
    r++;
    put(r, 1, cellText(m), "note");
    merge(r, 1, r, 9);
  }
  r += 2;
  put(r, 1, s.rules(text(form.title, locale)), "note");
  merge(r, 1, r, 9);
  for (const rule of form.rules) {
    r++;
    put(r, 1, cellText(text(rule, locale)), "note");
    merge(r, 1, r, 9);
    plan.rowHeights[r] = 28;
  }
  r++;
  put(r, 1, s.source(form.source), "note");
  merge(r, 1, r, 9);
  plan.rowHeights[r] = 28;

  plan.columnWidths = WIDTHS;
  plan.freezeRows = 0;
  plan.printTitleRows = [headerRow, headerRow];
  plan.printAreas = [{ top: 1, left: 1, bottom: r, right: 9 }];
  plan.landscape = false;
  plan.footer = s.footer;
  return {
    plan,
    cells: {
      budget: address(fundsRow, 4),
      spent: address(fundsRow, 5),
      rate: address(fundsRow, 7),
      total: totalCell,
      grade: address(totalRow, 9),
    },
  };
}

function natureText(nature: Nature | null, locale: Locale): string {
  if (!nature) return "";
  return nature === "qualitative" ? catalog(locale).selfEval.sheet.qualitative : sign(nature);
}

const sign = (n: Nature) => (n === ">=" ? "≥" : n === "<=" ? "≤" : n === "=" ? "=" : "");

/** "≥"0.00% or "≤"0"天": the number stays a number, the form's sign and unit are the format's. */
export function quantityFormat(value: Rational, unit: string, prefix: string): string {
  const percent = unit === "%";
  const shownValue = percent ? value.mul(Rational.int(100)) : value;
  let places = 0;
  while (places < 4 && !shownValue.round(places).eq(shownValue)) places++;
  const digits = places ? `0.${"0".repeat(places)}` : "0";
  const lead = prefix ? `"${prefix}"` : "";
  if (percent) return `${lead}${digits}%`;
  const tail = unit ? `"${unit.replace(/"/g, "")}"` : "";
  return `${lead}${unit ? "#,##" : ""}${digits}${tail}`;
}

function mergeRuns(plan: SheetPlan, first: number, col: number, keys: string[]) {
  let start = 0;
  for (let i = 1; i <= keys.length; i++)
    if (i === keys.length || keys[i] !== keys[start]) {
      if (i - start > 1) {
        plan.merges.push({ top: first + start, left: col, bottom: first + i - 1, right: col });
        // Only a merge's top-left cell keeps a value.
        plan.cells = plan.cells.filter(
          (c) => !(c.col === col && c.row > first + start && c.row <= first + i - 1)
        );
      }
      start = i;
    }
}

function readNumber(v: unknown): number | null {
  const q = readQuantity(v);
  return q.kind === "number" ? q.value.toNumber() : null;
}

function shown(v: unknown): CellValue {
  if (v === undefined || v === null) return "";
  return typeof v === "number" ? v : String(v);
}

/** A sheet name Excel takes: no []:*?/\ and at most 31 characters. */
function sheetName(wanted: string): string {
  return wanted.replace(/[[\]:*?/\\]/g, "_").slice(0, SHEET_NAME_LIMIT - 4);
}
