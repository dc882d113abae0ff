import { formatPoints } from "../format";
import { gradeFor } from "../grade";
import { Rational } from "../rational";
import { parseBound } from "../rules/tiers";
import { settleTotal } from "../total";
import { catalog, text, type Locale } from "../../i18n";
import type { SelfEvalForm } from "./form";
import { readQuantity } from "./quantity";
import { scoreRow, type RowScore } from "./row";
import type { SelfEvalTable } from "./table";

export interface ExecutionScore {
  points: Rational;
  budget: Rational | null;
  spent: Rational | null;
  rate: Rational | null;
  score: Rational | null;
  missing: string[];
  errors: string[];
}

/** What a reviewer is told about a filled-in form: a row or a block that the rules do not bear out. */
export interface SelfEvalFinding {
  code:
    | "missingReason"
    | "printedDiffers"
    | "aboveRowPoints"
    | "totalDiffers"
    | "pointsDoNotAdd"
    | "executionReason"
    | "rateDiffers"
    | "executionDiffers"
    | "totalAbovePoints";
  /** The row (0-based, in the table's order) it is about, when it is about one. */
  row?: number;
  message: string;
}

export interface SelfEvalResult {
  form: SelfEvalForm;
  /** The table scored: its rows without the blank ones, in order (findings' `row` counts these). */
  table: SelfEvalTable;
  execution: ExecutionScore;
  rows: RowScore[];
  /** Execution and rows, capped where the form caps; null until every row scores. */
  total: Rational | null;
  /** The sum before the cap held it down. */
  uncapped?: Rational;
  grade: string | null;
  findings: SelfEvalFinding[];
}

/**
 * Scores a filled-in 自评表 by a form's rules: the execution row, every target row, the total (capped by the
 * execution rate where the form says so) and its grade; and lists where the printed form disagrees.
 */
export function scoreSelfEval(
  given: SelfEvalTable,
  form: SelfEvalForm,
  locale: Locale = "zh-CN"
): SelfEvalResult {
  // A row printed with nothing in it (a 生态效益 line the project has no target for) is no indicator.
  const table = { ...given, rows: given.rows.filter((r) => !isBlankRow(r)) };
  const w = catalog(locale).selfEval;
  const execution = scoreExecution(table, form, locale);
  const rows = table.rows.map((row) => scoreRow(row, form, locale));
  const findings: SelfEvalFinding[] = [];
  const scores = [execution.score, ...rows.map((r) => r.score)].map((s) => s?.toNumber() ?? null);
  const ceiling = capOf(form, execution.rate);
  const settled = settleTotal(
    scores,
    scores.map(() => false),
    {
      max: form.total,
      left: 0,
      ...(form.cap && { ceiling: ceiling === undefined ? null : ceiling }),
    }
  );
  const total = settled.complete ? settled.total : null;

  table.rows.forEach((row, i) => {
    const r = rows[i];
    const name = row.name || w.rowNumber(i + 1);
    if (r.deviates && blank(row.reason))
      findings.push({ code: "missingReason", row: i, message: w.missingReason(name) });
    const printed = readQuantity(row.score);
    if (printed.kind !== "number") return;
    if (r.points && printed.value.gt(r.points))
      findings.push({
        code: "aboveRowPoints",
        row: i,
        message: w.aboveRowPoints(name, show(printed.value), show(r.points)),
      });
    else if (r.score && r.nature !== "qualitative" && !printed.value.round(2).eq(r.score))
      findings.push({
        code: "printedDiffers",
        row: i,
        message: w.printedDiffers(name, show(printed.value), show(r.score)),
      });
  });
  checkExecution(table, form, execution, findings, locale);
  checkTotals(table, form, rows, findings, locale);
  return {
    form,
    table,
    execution,
    rows,
    total,
    ...(settled.uncapped && total && { uncapped: settled.uncapped }),
    grade: total ? (gradeOf(total, form, locale) ?? null) : null,
    findings,
  };
}

function gradeOf(total: Rational, form: SelfEvalForm, locale: Locale): string | undefined {
  const g = gradeFor(total.toNumber(), { grades: form.grades } as Parameters<typeof gradeFor>[1]);
  return g && text(g.grade, locale);
}

/** 预算执行率 = 全年执行数 / 全年预算数, worth its points × the rate, at most its points. */
export function scoreExecution(
  table: SelfEvalTable,
  form: SelfEvalForm,
  locale: Locale
): ExecutionScore {
  const w = catalog(locale).selfEval;
  const points = Rational.fromNumber(form.execution.points);
  const out: ExecutionScore = {
    points,
    budget: null,
    spent: null,
    rate: null,
    score: null,
    missing: [],
    errors: [],
  };
  for (const [field, column] of [
    ["budget", w.columns.budget],
    ["spent", w.columns.spent],
  ] as const) {
    const q = readQuantity(table.funds[field]);
    if (q.kind === "missing") out.missing.push(column);
    else if (q.kind !== "number" || q.value.lt(Rational.ZERO) || !["", "万元"].includes(q.unit))
      out.errors.push(w.badAmount(column, String(table.funds[field])));
    else out[field] = q.value;
  }
  if (!out.budget || !out.spent) return out;
  if (out.budget.isZero()) {
    out.errors.push(w.zeroBudget);
    return out;
  }
  out.rate = out.spent.div(out.budget);
  out.score = points.mul(out.rate.min(Rational.ONE)).round(2);
  return out;
}

/** The most the total may be at this execution rate; undefined while the rate is unknown; no cap: Infinity. */
function capOf(form: SelfEvalForm, rate: Rational | null): number | undefined {
  if (!form.cap) return Infinity;
  if (!rate) return undefined;
  const under = form.cap
    .filter((c) => rate.lt(parseBound(c.below)!))
    .sort((a, b) => a.max - b.max)[0];
  return under ? under.max : form.total;
}

function checkExecution(
  table: SelfEvalTable,
  form: SelfEvalForm,
  execution: ExecutionScore,
  findings: SelfEvalFinding[],
  locale: Locale
) {
  const w = catalog(locale).selfEval;
  const rate = execution.rate;
  const printedRate = readQuantity(table.funds.rate);
  if (rate && printedRate.kind === "number") {
    const value =
      printedRate.unit === "%" || printedRate.value.le(Rational.int(2))
        ? printedRate.value
        : printedRate.value.div(Rational.int(100));
    if (distance(value, rate).gt(Rational.of(1n, 10000n)))
      findings.push({ code: "rateDiffers", message: w.rateDiffers(pct(value), pct(rate)) });
  }
  const printedScore = readQuantity(table.funds.score);
  if (
    execution.score &&
    printedScore.kind === "number" &&
    !printedScore.value.round(2).eq(execution.score)
  )
    findings.push({
      code: "executionDiffers",
      message: w.executionDiffers(show(printedScore.value), show(execution.score)),
    });
  const below = form.execution.reasonBelow && parseBound(form.execution.reasonBelow);
  if (rate && below && rate.lt(below) && blank(table.funds.reason))
    findings.push({ code: "executionReason", message: w.executionReason(pct(rate), pct(below)) });
}

function checkTotals(
  table: SelfEvalTable,
  form: SelfEvalForm,
  rows: RowScore[],
  findings: SelfEvalFinding[],
  locale: Locale
) {
  const w = catalog(locale).selfEval;
  const points = rows.map((r) => r.points);
  if (points.every((p) => p)) {
    const sum = points.reduce<Rational>(
      (s, p) => s.add(p!),
      Rational.fromNumber(form.execution.points)
    );
    if (!sum.eq(Rational.fromNumber(form.total)))
      findings.push({
        code: "pointsDoNotAdd",
        message: w.pointsDoNotAdd(show(sum), String(form.total)),
      });
  }
  const printedTotal = readQuantity(table.total?.score);
  if (printedTotal.kind !== "number") return;
  if (printedTotal.value.gt(Rational.fromNumber(form.total)))
    findings.push({
      code: "totalAbovePoints",
      message: w.totalAbovePoints(show(printedTotal.value), String(form.total)),
    });
  const parts = [table.funds.score, ...table.rows.map((r) => r.score)].map(readQuantity);
  if (parts.every((q) => q.kind === "number")) {
    const sum = parts.reduce((s, q) => s.add((q as { value: Rational }).value), Rational.ZERO);
    if (!sum.round(2).eq(printedTotal.value.round(2)))
      findings.push({
        code: "totalDiffers",
        message: w.totalDiffers(show(printedTotal.value), show(sum)),
      });
  }
}

const blank = (v: unknown) =>
  v === null ||
  v === undefined ||
  String(v).trim() === "" ||
  /^[—–\-－/／无]+$/.test(String(v).trim());
const show = formatPoints;
const distance = (a: Rational, b: Rational) => (a.gt(b) ? a.sub(b) : b.sub(a));
const pct = (r: Rational) => `${r.mul(Rational.int(100)).toFixed(2)}%`;

const isBlankRow = (r: SelfEvalTable["rows"][number]) =>
  [r.name, r.target, r.actual, r.points, r.score].every((v) => readQuantity(v).kind === "missing");
