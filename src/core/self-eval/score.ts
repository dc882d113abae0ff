import { formatPercent, formatPoints } from "../format";
import { gradeFor } from "../grade";
import { isMissingValue } from "../parse";
import { Rational } from "../rational";
import { parseBound } from "../rules/tiers";
import { capLimit, settleTotal } from "../total";
import { catalog, text, type Locale } from "../../i18n";
import type { SelfEvalForm } from "./form";
import { readQuantity } from "./quantity";
import { scoreRow, type RowScore } from "./row";
import type { SelfEvalTable } from "./table";

export interface ExecutionScore {
  /** What execution is worth beside the rows: the form's points, or 0 where a row scores it. */
  points: Rational;
  /** The rows carry the form's points: execution is one of them. */
  inRows?: boolean;
  /** The 年度资金总额 row was blank or 0: the amounts are the sums of its parts. */
  fromLines?: boolean;
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
    | "fundsFromLines"
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
  checkTotals(table, form, execution, rows, findings, locale);
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
  const g = gradeFor(total.toNumber(), form);
  return g && text(g.grade, locale);
}

/**
 * 预算执行率 = 全年执行数 / 全年预算数, worth its points × the rate, at most its points. When the unit's
 * rows alone carry all the form's points, execution is one of them (a 预算执行率 row, as some regions lay the
 * form out) and is not scored twice. A 年度资金总额 row left blank or at 0 by the system above filled parts
 * (其中：财政拨款, 上年结转, 其他资金) is their sum.
 */
export function scoreExecution(
  table: SelfEvalTable,
  form: SelfEvalForm,
  locale: Locale
): ExecutionScore {
  const w = catalog(locale).selfEval;
  const inRows = rowsCarryTotal(table, form);
  const out: ExecutionScore = {
    points: inRows ? Rational.ZERO : Rational.fromNumber(form.execution.points),
    budget: null,
    spent: null,
    rate: null,
    score: null,
    missing: [],
    errors: [],
    ...(inRows && { inRows }),
  };
  const amounts = (["budget", "spent"] as const).map((field) => {
    const column = w.columns[field];
    const total = amount(table.funds[field]);
    const parts = (table.funds.lines ?? []).map((l) => amount(l[field]));
    const partsSum =
      parts.every((q) => q.kind !== "problem") && parts.some((q) => q.kind === "number")
        ? sumOf(parts)
        : undefined;
    if (
      (total.kind === "missing" || (total.kind === "number" && total.value.isZero())) &&
      partsSum &&
      !partsSum.value.isZero()
    ) {
      out.fromLines = true;
      return partsSum;
    }
    if (total.kind === "missing") out.missing.push(column);
    if (total.kind === "problem") out.errors.push(w.badAmount(column, String(table.funds[field])));
    return total;
  });
  const [budget, spent] = amounts;
  if (budget.kind !== "number" || spent.kind !== "number") return out;
  if (budget.unit !== spent.unit) {
    out.errors.push(w.amountUnits(String(table.funds.budget), String(table.funds.spent)));
    return out;
  }
  [out.budget, out.spent] = [budget.value, spent.value];
  if (out.budget.isZero()) {
    out.errors.push(w.zeroBudget);
    return out;
  }
  out.rate = out.spent.div(out.budget);
  out.score = out.points.mul(out.rate.min(Rational.ONE)).round(2);
  return out;
}

type Amount =
  { kind: "number"; value: Rational; unit: string } | { kind: "missing" } | { kind: "problem" };

/** An amount as the funds block prints it: a number, in 万元 (“150万”, “150万元”) or plain (the form's unit). */
function amount(raw: unknown): Amount {
  const q = readQuantity(raw);
  if (q.kind === "missing") return q;
  if (q.kind !== "number" || q.value.lt(Rational.ZERO) || q.comparison) return { kind: "problem" };
  if (q.unit === "万" || q.unit === "万元") return { kind: "number", value: q.value, unit: "万元" };
  if (q.unit === "") return { kind: "number", value: q.value, unit: "" };
  if (q.unit === "元")
    return { kind: "number", value: q.value.div(Rational.int(10000)), unit: "万元" };
  return { kind: "problem" };
}

/** The parts' sum, when they are all in one unit; blank parts add nothing. */
function sumOf(parts: Amount[]): Extract<Amount, { kind: "number" }> | undefined {
  const numbers = parts.filter(
    (p): p is Extract<Amount, { kind: "number" }> => p.kind === "number"
  );
  if (new Set(numbers.map((n) => n.unit)).size !== 1) return undefined;
  return {
    kind: "number",
    unit: numbers[0].unit,
    value: numbers.reduce((s, n) => s.add(n.value), Rational.ZERO),
  };
}

/** The unit's rows are worth the whole form on their own: execution is scored among them, not beside. */
function rowsCarryTotal(table: SelfEvalTable, form: SelfEvalForm): boolean {
  const points = table.rows.map((r) => readQuantity(r.points));
  if (!points.length || points.some((q) => q.kind !== "number")) return false;
  const sum = points.reduce((s, q) => s.add((q as { value: Rational }).value), Rational.ZERO);
  return sum.eq(Rational.fromNumber(form.total));
}

/** The most the total may be at this execution rate; undefined while the rate is unknown; no cap: Infinity. */
function capOf(form: SelfEvalForm, rate: Rational | null): number | undefined {
  if (!form.cap) return Infinity;
  if (!rate) return undefined;
  return capLimit(form.cap, rate)?.max ?? form.total;
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
  if (execution.fromLines) findings.push({ code: "fundsFromLines", message: w.fundsFromLines });
  // Where a row scores execution, the funds row's 分值 and 得分 are the form's whole (鄂州's layout).
  const printedScore = readQuantity(execution.inRows ? undefined : table.funds.score);
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
  execution: ExecutionScore,
  rows: RowScore[],
  findings: SelfEvalFinding[],
  locale: Locale
) {
  const w = catalog(locale).selfEval;
  const points = rows.map((r) => r.points);
  if (points.every((p) => p)) {
    const sum = points.reduce<Rational>((s, p) => s.add(p!), execution.points);
    if (!sum.eq(Rational.fromNumber(form.total)))
      findings.push({
        code: "pointsDoNotAdd",
        message: w.pointsDoNotAdd(show(sum), String(form.total)),
      });
  }
  const printed = printedTotal(table, execution);
  if (!printed) return;
  if (printed.score.gt(Rational.fromNumber(form.total)))
    findings.push({
      code: "totalAbovePoints",
      message: w.totalAbovePoints(show(printed.score), String(form.total)),
    });
  const parts = [
    ...(printed.rowsOnly ? [] : [table.funds.score]),
    ...table.rows.map((r) => r.score),
  ].map(readQuantity);
  if (parts.every((q) => q.kind === "number")) {
    const sum = parts.reduce((s, q) => s.add((q as { value: Rational }).value), Rational.ZERO);
    if (!sum.round(2).eq(printed.score.round(2)))
      findings.push({
        code: "totalDiffers",
        message: w.totalDiffers(show(printed.score), show(sum)),
      });
  }
}

/**
 * The total the unit gave: its 总分 (or 合计) row, else the funds row's 得分 where that row holds the whole
 * form. A 合计 worth just the rows' points (四川: 绩效指标 90 分) totals the rows alone; `whole` adds the
 * execution score given, to stand beside the rules' total.
 */
export function printedTotal(
  table: SelfEvalTable,
  execution: Pick<ExecutionScore, "inRows">
): { score: Rational; rowsOnly: boolean; whole?: Rational } | undefined {
  const score = readQuantity(
    table.total?.score ?? (execution.inRows ? table.funds.score : undefined)
  );
  if (score.kind !== "number") return undefined;
  const points = readQuantity(table.total?.points);
  const rowPoints = table.rows.map((r) => readQuantity(r.points));
  const rowsSum = rowPoints.every((q) => q.kind === "number")
    ? rowPoints.reduce((s, q) => s.add((q as { value: Rational }).value), Rational.ZERO)
    : undefined;
  if (execution.inRows) return { score: score.value, rowsOnly: true, whole: score.value };
  const rowsOnly = points.kind === "number" && !!rowsSum && points.value.eq(rowsSum);
  if (!rowsOnly) return { score: score.value, rowsOnly, whole: score.value };
  const funds = readQuantity(table.funds.score);
  return {
    score: score.value,
    rowsOnly,
    ...(funds.kind === "number" && { whole: score.value.add(funds.value) }),
  };
}

/** No 偏差原因: blank, a dash, or 无. */
const blank = (v: unknown) => isMissingValue(v) || (typeof v === "string" && v.trim() === "无");
const show = formatPoints;
const distance = (a: Rational, b: Rational) => (a.gt(b) ? a.sub(b) : b.sub(a));
const pct = formatPercent;

const isBlankRow = (r: SelfEvalTable["rows"][number]) =>
  [r.target, r.actual, r.points, r.score].every((v) => readQuantity(v).kind === "missing");
