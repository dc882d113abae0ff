import { JSON_LIMITS } from "../../core/json-text";
import type { Messages, Problem } from "../core-messages";
import { quote } from "../quote";

/** Units as the tables write them (万元) and as an English reader says them. */
const UNITS: Record<string, string> & { yesNo: string } = {
  万元: "10k yuan",
  元: "yuan",
  人: "persons",
  个: "items",
  项: "items",
  件: "cases",
  分: "points",
  yesNo: "yes/no",
};

function problem(label: string, p: Problem): string {
  const raw = p.raw;
  switch (p.code) {
    case "notNumber":
      return `${label}: ${quote(raw)} is not a number`;
    case "negative":
      return `${label} cannot be negative (${raw})`;
    case "notInteger":
      return `${label} must be a whole number (${raw})`;
    case "percentNotAllowed":
      return `${label} must be an amount or a count, not a percentage (${raw})`;
    case "wrongUnit":
      return p.unit
        ? `${label} must be in ${UNITS[p.unit] ?? p.unit} (${raw})`
        : `${label} must be a plain number (${raw})`;
    case "magnitude":
      return `${label} ${quote(raw)} carries a magnitude word that changes the number, so it cannot be matched with the other value: enter the number only and put the unit in the KPI name (e.g. “Visitors (10,000)” with 244.62)`;
    case "notYesNo":
      return p.max
        ? `${label} must be yes or no, or a score from 0 to ${p.max} (${raw})`
        : `${label} must be yes or no (${raw})`;
    case "notChoice":
      return `${label} must be one of ${(p.options ?? []).join(", ")} (${raw})`;
    case "aboveMax":
      return `${label}: cannot exceed ${p.max} (entered ${raw})`;
    case "notScalar":
      return `${label}: value not recognised (${raw})`;
    case "cellError":
      return p.cell
        ? `${label}: its source cell ${p.cell} shows an error value; check that cell`
        : `${label}: the cell shows the error value ${raw}; check that cell`;
  }
}

const s = (n: string) => (n === "1" ? "" : "s");

export const enUS: Messages = {
  list: (items) => items.map((x) => `${quote(x)}`).join(", "),
  sentence: (parts) => (parts.length ? parts.join("; ") + "." : ""),

  problem,
  percentLooksLikeFraction: (label, value, asPercent) =>
    `${label} taken as ${value}%; if you meant ${asPercent}%, enter ${asPercent} or “${asPercent}%”`,
  zeroDenominator: (measure, denominator) =>
    `${denominator} is 0, so the ${measure} cannot be computed`,
  numeratorExceeds: (numerator, n, denominator, d) =>
    `${numerator} (${n}) cannot exceed ${denominator} (${d})`,

  checklistItem: (label, score, points) =>
    score === "0"
      ? `${quote(label)} not met, −${points} point${s(points)}`
      : `${quote(label)} partly met, ${score} of ${points}`,
  checklistItemMet: (label, score) => `${quote(label)} met, ${score} point${s(score)}`,
  missingList: (labels) => `missing ${enUS.list(labels)}`,
  checklistAllMet: (score) => `all items met, ${score} point${s(score)}`,
  deductPerItem: (label, count, _unit, deducted, score) =>
    count === "0"
      ? `${label}: 0, ${score} points`
      : `${label}: ${count}, −${deducted}, ${score} point${s(score)}`,
  rate: (label, pct, score) => `${label} ${pct}, ${score} point${s(score)}`,
  noneReceived: (label, score) =>
    `no petitions received, ${label} counts as met, ${score} point${s(score)}`,
  procurementOver: (label, pct) => `${label} ${pct}: actual above plan, 0 points`,
  linearWithin: (label, pct, threshold, score) =>
    `${label} ${pct}, within ${threshold}, ${score} point${s(score)}`,
  linearOver: (label, pct, threshold, excess, deducted, score) =>
    `${label} ${pct}, ${excess} percentage points over ${threshold}, −${deducted}, ${score} point${s(score)}`,
  linearNotBelow: (label, pct, threshold, score) =>
    `${label} is ${pct}, not below ${threshold}: ${score} points`,
  linearUnder: (label, pct, threshold, gap, deducted, score) =>
    `${label} is ${pct}, ${gap} percentage points below ${threshold}: ${deducted} deducted, ${score} points`,
  amountNone: (label, score) => `no ${label}: ${score} points`,
  amountWithin: (label, amount, referenceLabel, reference, score) =>
    `${label} is ${amount}, within ${referenceLabel} (${reference}): ${score} points`,
  amountAbove: (label, amount, referenceLabel, reference, score) =>
    `${label} is ${amount}, above ${referenceLabel} (${reference}): ${score} points`,
  coefficient: (label, pct, points, score) =>
    `${label} is ${pct} of ${points} points: ${score} points`,
  choice: (label, value, score) => `${label}: ${value}, ${score} point${s(score)}`,
  quarter: (q, pct, score) => `Q${q} execution rate ${pct}, ${score} point${s(score)}`,
  quarterlyAverage: (pct, score) =>
    `annual average execution rate ${pct}, ${score} point${s(score)}`,
  kpiSummary: (count, pct, score) =>
    `${count} KPIs, weighted completion ${pct}, ${score} point${s(score)}`,
  kpiShortfall: (name, pct) => `${quote(name)} completed ${pct}`,
  kpiFallback: (score) => `no KPI table given, evaluator's score ${score}`,
  kpiFewAspects: (found, min) =>
    `KPIs cover only ${found.length} aspect(s) (${found.join(", ") || "none"}); the framework asks for at least ${min}`,
  kpiBothGiven: () => "a KPI table is given, so the entered effectiveness score is not used",
  kpiRowProblem: (row, message) => `KPI row ${row}: ${message}`,
  kpiNoName: () => "the KPI name is missing",
  kpiField: (row, field) => `the ${field} of KPI row ${row}`,
  kpiBadDirection: (raw) =>
    `direction must be “>=” (higher is better) or “<=” (lower is better), not ${quote(raw)}`,
  kpiZeroWeights: () => "the KPI weights add up to 0",
  kpiNotTable: () =>
    "the KPI table must be a list of rows (aspect, name, target, actual, direction, weight)",
  fallingWithin: (label, actual, target, score) =>
    `${label} ${actual}, not above the target ${target} (lower is better): ${score} points`,
  fallingOver: (label, actual, target, excess, score) =>
    `${label} ${actual}, ${excess} above the target ${target} (lower is better, 0 at twice the target): ${score} points`,
  fallingRatio: (label, actual, target, pct, score) =>
    `${label} ${actual} against a target of ${target} (lower is better), target/actual ${pct}: ${score} points`,
  fallingZeroTarget: (label, actual, score) =>
    `${label}: target 0, actual ${actual}: ${score} points`,
  band: (label, answer, from, to, score) =>
    `${label} rated ${quote(answer)} (${from} to ${to} of the points): ${score} points as given`,
  bandOutside: (answer, score, low, high) =>
    `the score ${score} is outside ${low}–${high}, the range of ${quote(answer)}`,
  bandUnknown: (label, answer) => `${label} is ${quote(answer)}, not one of this indicator's bands`,
  eitherOf: (which, count) => `one of ${count}, scored by option ${which}: `,
  eitherOfBoth: () => "more than one of the alternatives is given; the first is scored",
  weightedPart: (label, amount, score) => `${label} ${amount} (10k yuan): ${score}`,
  weighted: (parts, score) => `weighted by amount: ${parts.join("; ")}; ${score} points`,
  weightsZero: (labels) => `${labels} add up to 0: nothing to weight by`,
  deviation: (label, pct, at, deducted, score) =>
    `${label} ${pct}, at or beyond ${at}: ${deducted} deducted for deviation, ${score} points`,
  gate: (label) => `${quote(label)} is yes: vetoed, this indicator scores 0`,
  notApplicableFull: (label, score) =>
    `${quote(label)} is yes: not applicable, full ${score} points`,
  notApplicableOmitted: (label, points) =>
    `${quote(label)} is yes: not applicable, left out; its ${points} points are spread over the others (total scaled)`,
  totalScaled: (left, sum, total) =>
    `indicators worth ${left} do not apply and are left out; the others add up to ${sum}, scaled to ${total}`,
  capUnknown: (label, missing) =>
    `${missing.join(", ")} missing: whether the ${label} caps the total is unknown, so no grade yet`,
  totalCapped: (label, pct, below, max, total) =>
    `${label} ${pct}, below ${below}: the total is capped at ${max} (indicators add up to ${total})`,
  seriousViolation: () =>
    "a serious violation occurred (over-scope spending, false entries, misappropriation), so this indicator scores 0",
  short: {
    item: (label, partly) =>
      partly ? `${quote(label)} only partly met` : `${quote(label)} not met`,
    rate: (label, pct, fullMarks) => `${label} ${pct}, short of full marks (${fullMarks})`,
    bound: (label, when, bound) =>
      `${label} ${{ "<": "<", "<=": "≤", ">=": "≥", ">": ">" }[when]} ${bound}`,
    count: (label, count) => `${label}: ${count}`,
    over: (label, pct, threshold) => `${label} ${pct}, above ${threshold}`,
    under: (label, pct, threshold) => `${label} ${pct}, below ${threshold}`,
    choice: (label, value) => `${label}: ${quote(value)}`,
    partial: (label, pct) => `${label} ${pct}, short of 100%`,
    procurementOver: (label, pct) => `${label} ${pct}: actual above plan`,
    amountAbove: (label, amount, referenceLabel, reference) =>
      `${label} ${amount}, above ${referenceLabel} (${reference})`,
    quarters: (qs, pcts) =>
      `${qs.map((q, i) => `Q${q} ${pcts[i]}`).join(", ")}: execution behind schedule`,
    quarterlyAverage: (pct) => `annual average execution rate ${pct}, short of 100%`,
    seriousViolation: () =>
      "spending beyond scope or standard, false entries, or funds withheld, diverted or misappropriated",
    fallingOver: (label, actual, target) => `${label} ${actual}, above the target ${target}`,
    band: (label, answer) => `${label} rated ${quote(answer)}`,
    deviation: (label, pct, at) => `${label} ${pct}, deviating from the target by ${at} or more`,
    gate: (label) => label,
    totalCapped: (label, pct, below) => `${label} ${pct}, below ${below}: total capped`,
  },
  classifiedUnit: (score) => `classified unit, exempt from disclosure: ${score} points`,
  classifiedUnitHint: () =>
    "if this is a classified unit (exempt from disclosure), set “classified unit” to yes",
  executionRate: () => "execution rate",
  units: UNITS,
  kpiWeight: () => "weight",
  missingInputs: (labels) => `missing ${enUS.list(labels)}; not scored`,

  overrideApplied: (score, reason) => `evaluator's score ${score} (reason: ${reason})`,
  computedWas: (text) => ` Computed from the data: ${text}`,
  overrideNoReason: () => "a reason is required",
  overrideBadScore: (raw, max) => `score ${quote(raw)} must be a number from 0 to ${max}`,

  jsonProblem: (p) =>
    p.code === "notUtf8"
      ? "the file is not UTF-8 (perhaps GBK or UTF-16) and would read as garbled text; save it as UTF-8 (Notepad: Save As, Encoding UTF-8) and try again"
      : p.code === "tooLarge"
        ? `the file is ${Math.round(p.bytes / 2 ** 20)} MB, over the ${JSON_LIMITS.bytes / 2 ** 20} MB limit for a JSON file; it is no inputs or framework file`
        : p.code === "tooDeep"
          ? `the file nests objects or lists more than ${JSON_LIMITS.depth} deep; it is no inputs or framework file`
          : `not valid JSON${p.line ? ` (near line ${p.line}, column ${p.column})` : ""}`,
  fileNotJson: (line, column) =>
    `the inputs file is not valid JSON${line ? ` (near line ${line}, column ${column})` : ""}`,
  fileNotObject: () => "the inputs file must be a JSON object (with framework, inputs …)",
  fileUnknownFields: (fields, known) =>
    `the inputs file has unknown fields ${fields.join(", ")} (known: ${known.join(", ")}; fields starting with _ are notes)`,
  fileUnknownFramework: (id, known) => `unknown framework ${quote(id)}; known: ${known.join(", ")}`,
  fileFieldType: (field, expected) => `${quote(field)} in the inputs file must be ${expected}`,
  fieldShapes: {
    inputs: "an object (input key: value)",
    kpis: "an array of rows (aspect, name, target, actual, direction, weight)",
    overrides: 'an object of {"score": 6, "reason": "…"} entries',
    unit: "text (the unit name)",
    year: "a year, number or text",
    framework: 'a framework id such as "longgang-2021"',
  },
};
