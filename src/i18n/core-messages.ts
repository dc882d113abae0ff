import type { JsonProblem } from "../core/json-text";
/** Why an input value cannot be used: what the core found, for a sentence in the reader's language. */
export type ProblemCode =
  | "notNumber"
  | "negative"
  | "notInteger"
  | "percentNotAllowed"
  | "wrongUnit"
  | "magnitude"
  | "notYesNo"
  | "notChoice"
  | "aboveMax"
  | "notScalar"
  | "cellError";

export interface Problem {
  code: ProblemCode;
  raw: string;
  /** For a cell error: the cell that shows it, when known ("表1-3 支出!C7"). */
  cell?: string;
  max?: string;
  unit?: string;
  options?: readonly string[];
}

/**
 * Every sentence the core produces. Numbers arrive already formatted ("36.18%", "1.5"),
 * so each locale only arranges words.
 */
export interface Messages {
  list(items: string[]): string;
  sentence(parts: string[]): string;

  problem(label: string, p: Problem): string;
  percentLooksLikeFraction(label: string, value: string, asPercent: string): string;
  zeroDenominator(measure: string, denominator: string): string;
  numeratorExceeds(numerator: string, n: string, denominator: string, d: string): string;

  checklistItem(label: string, score: string, points: string): string;
  checklistItemMet(label: string, score: string): string;
  missingList(labels: string[]): string;
  checklistAllMet(score: string): string;
  deductPerItem(
    label: string,
    count: string,
    unit: string,
    deducted: string,
    score: string
  ): string;
  rate(label: string, pct: string, score: string): string;
  noneReceived(label: string, score: string): string;
  procurementOver(label: string, pct: string): string;
  linearWithin(label: string, pct: string, threshold: string, score: string): string;
  linearOver(
    label: string,
    pct: string,
    threshold: string,
    excess: string,
    deducted: string,
    score: string
  ): string;
  linearNotBelow(label: string, pct: string, threshold: string, score: string): string;
  linearUnder(
    label: string,
    pct: string,
    threshold: string,
    gap: string,
    deducted: string,
    score: string
  ): string;
  amountNone(label: string, score: string): string;
  amountWithin(
    label: string,
    amount: string,
    referenceLabel: string,
    reference: string,
    score: string
  ): string;
  amountAbove(
    label: string,
    amount: string,
    referenceLabel: string,
    reference: string,
    score: string
  ): string;
  coefficient(label: string, pct: string, points: string, score: string): string;
  choice(label: string, value: string, score: string): string;
  quarter(q: number, pct: string, score: string): string;
  quarterlyAverage(pct: string, score: string): string;
  kpiSummary(count: number, pct: string, score: string): string;
  kpiShortfall(name: string, pct: string): string;
  kpiFallback(score: string): string;
  kpiFewAspects(found: string[], min: number): string;
  kpiBothGiven(): string;
  kpiRowProblem(row: number, message: string): string;
  kpiNoName(): string;
  kpiField(row: number, field: "target" | "actual"): string;
  kpiBadDirection(raw: string): string;
  kpiZeroWeights(): string;
  kpiNotTable(): string;
  seriousViolation(): string;
  fallingWithin(label: string, actual: string, target: string, score: string): string;
  fallingOver(label: string, actual: string, target: string, excess: string, score: string): string;
  fallingRatio(label: string, actual: string, target: string, pct: string, score: string): string;
  fallingZeroTarget(label: string, actual: string, score: string): string;
  band(label: string, answer: string, from: string, to: string, score: string): string;
  bandOutside(answer: string, score: string, low: string, high: string): string;
  bandUnknown(label: string, answer: string): string;
  eitherOf(which: number, count: number): string;
  eitherOfBoth(): string;
  weightedPart(label: string, amount: string, score: string): string;
  weighted(parts: string[], score: string): string;
  weightsZero(labels: string): string;
  deviation(label: string, pct: string, at: string, deducted: string, score: string): string;
  gate(label: string): string;
  notApplicableFull(label: string, score: string): string;
  notApplicableOmitted(label: string, points: string): string;
  totalCapped(label: string, pct: string, below: string, max: string, total: string): string;
  totalScaled(left: string, sum: string, total: string): string;
  capUnknown(label: string, missing: string[]): string;
  /** Problem statements where points were lost: what falls short, never the points. */
  short: {
    item(label: string, partly: boolean): string;
    rate(label: string, pct: string, fullMarks: string): string;
    /** The condition for full marks, as the criteria write it: 满意度≥95%. */
    bound(label: string, when: "<" | "<=" | ">=" | ">", bound: string): string;
    count(label: string, count: string, unit: string): string;
    over(label: string, pct: string, threshold: string): string;
    under(label: string, pct: string, threshold: string): string;
    choice(label: string, value: string): string;
    partial(label: string, pct: string): string;
    procurementOver(label: string, pct: string): string;
    amountAbove(label: string, amount: string, referenceLabel: string, reference: string): string;
    /** The quarters behind schedule, together: their numbers (1–4) and rates. */
    quarters(qs: number[], pcts: string[]): string;
    quarterlyAverage(pct: string): string;
    seriousViolation(): string;
    fallingOver(label: string, actual: string, target: string): string;
    band(label: string, answer: string): string;
    deviation(label: string, pct: string, at: string): string;
    gate(label: string): string;
    totalCapped(label: string, pct: string, below: string): string;
  };
  classifiedUnit(score: string): string;
  classifiedUnitHint(): string;
  missingInputs(labels: string[]): string;
  /** What a rule or a KPI column is called where a sentence names it. */
  executionRate(): string;
  /** Units as a reader says them (万元, 人 …), and the unit of a yes/no answer. */
  units: Record<string, string> & { yesNo: string };
  kpiWeight(): string;

  overrideApplied(score: string, reason: string): string;
  computedWas(text: string): string;
  overrideNoReason(): string;
  overrideBadScore(raw: string, max: string): string;

  fileNotJson(line?: number, column?: number): string;
  /** A JSON file that cannot be read as it stands: not UTF-8, too large, nested too deep. */
  jsonProblem(p: JsonProblem): string;
  fileNotObject(): string;
  fileUnknownFields(fields: string[], known: string[]): string;
  fileUnknownFramework(id: string, known: string[]): string;
  fileFieldType(field: string, expected: string): string;
  fieldShapes: {
    inputs: string;
    kpis: string;
    overrides: string;
    unit: string;
    year: string;
    framework: string;
  };
}
