import type { FindingWords } from "../findings";
import { quote } from "../quote";

const quoted = (xs: string[]) => xs.map((x) => `${quote(x)}`).join(", ");

export const findings: FindingWords = {
  either: (main, alternatives) => `${main} (or ${alternatives.join("/")})`,

  overrideDiffers: ({ name, score, computed, reason }) =>
    `${name}: self-assessed ${score}, but the unit's own data gives ${computed} (reason given: ${reason}).`,
  overrideUnverifiable: ({ name, score, reason, inputs, errors }) =>
    `${name}: self-assessed ${score}, which the unit's data cannot confirm (${[...(inputs.length ? [`missing ${quoted(inputs)}`] : []), ...errors].join(", ")}; reason given: ${reason}).`,
  overrideInvalid: ({ name, why }) =>
    `${name}: the self-assessed score is invalid (${why}); the computed score is used.`,
  unknownOverride: ({ override }) =>
    `${quote(override)} is not an indicator of this framework; its score was ignored.`,
  unknownInput: ({ key }) => `unknown input ${quote(key)} ignored.`,
  unknownInputsMore: ({ count }) => `${count} more unrecognized inputs were ignored.`,
  duplicateKey: ({ path }) =>
    `${path} appears more than once in the inputs file; only the last counts, so remove the others.`,
  unknownInputNear: ({ key, near, label }) =>
    `unknown input ${quote(key)} ignored: did you mean ${near} (${label})?`,
  badYear: ({ value }) =>
    `The year evaluated, ${quote(value)}, is not a year: give four digits (such as 2021).`,
  indicatorMissing: ({ name, inputs }) => `${name}: missing ${quoted(inputs)}; not scored.`,
  indicatorErrors: ({ name, errors }) => `${name}: ${errors.join("; ")}; not scored.`,
  indicatorNote: ({ name, note }) => `${name}: ${note}.`,

  storedFramework: ({ title, id }) =>
    `Scored with the framework kept in the workbook, ${quote(title)} (${id}); to score with another, give --framework on the command line or change it in the task pane.`,
  storedFrameworkRefused: ({ problems }) =>
    `The framework kept in the workbook has problems and was not used; the built-in framework scored it instead: ${problems.join("; ")}.`,

  staleResults: ({ count, cell, cached, worked, unchecked, uncheckedCells }) =>
    `${count} formula cells hold saved results that disagree with the cells they refer to (${cell} holds ${cached}, its formula gives ${worked}); ` +
    `the file was probably saved by a program that does not recalculate. They were recalculated and used` +
    (Number(unchecked)
      ? `; ${unchecked} more formulas cannot be worked out here (such as ${(uncheckedCells as string[]).join(", ")}) and their results were not used: open the file in Excel or WPS, save it and score it again.`
      : "."),
  formulaLimit: ({ steps, depth }) =>
    `The workbook's formulas refer to each other too much or too deeply (over ${steps} cell evaluations or ${depth} levels); the rest are not worked out here and their saved results are used: open and save the workbook in Excel before scoring.`,
  needsRecalc: ({ label, cell }) =>
    `${label}: ${cell} is a formula with no calculated result in the file; open it in Excel, recalculate and save, then try again.`,
  sourceError: ({ label, where, error }) =>
    `${label}: ${where} shows the error value ${error}, so it was not used; check that cell in Excel.`,
  ambiguousSource: ({ label, candidates }) =>
    `${label}: the unit's tables hold several values that disagree (${(candidates as string[]).join(", ")}), so none was used; adopt the right one in the task pane's Sources step, or enter it in the data sheet.`,
  doubtfulSource: ({ label, where, value, why }) =>
    `${label}: ${where} holds ${value}, ${why}; check it and adopt it in the task pane's Sources step, or enter it in the data sheet.`,
  lowConfidence: ({ label, where, labels, confidence }) =>
    `${label}: taken from ${where} by its labels (${labels}, ${confidence} sure); please check.`,
  conflictingSources: ({ label, where, value, otherWhere, otherValue }) =>
    `${label}: ${where} holds ${value} but ${otherWhere} holds ${otherValue}; the first was used.`,

  levelMismatch: ({ level, levelName, printed, sum }) =>
    `Level-${level} indicator ${quote(levelName)} is printed as ${printed} points, but its parts add up to ${sum} (the sum is used).`,
  totalMismatch: ({ sum, total }) =>
    `The indicators add up to ${sum} points, not the total of ${total}.`,
  criteriaPointsMismatch: ({ name, points, printed }) =>
    `${quote(name)} is worth ${points} points, but its criteria say ${quote(printed)}.`,
  emptyDescription: ({ name }) => `${quote(name)} has no separate description in the source table.`,
  partsMismatch: ({ name, points, sum }) =>
    `${quote(name)} is worth ${points} points, but its rule's parts add up to ${sum}.`,
  unknownInputKey: ({ name, key }) =>
    `The rule of ${quote(name)} refers to an unknown input ${quote(key)}.`,
  tierAbovePoints: ({ name, score, points }) =>
    `A tier of ${quote(name)} gives ${score}, more than its ${points} points.`,
  duplicateName: ({ name }) => `Indicator name ${quote(name)} appears twice.`,
  choiceUncovered: ({ name, options }) =>
    `The rule of ${quote(name)} gives no points for ${(options as string[]).join(", ")}.`,
  partPoints: ({ name, points, part }) =>
    `in the rule of ${quote(name)}, every alternative or modified part must be worth the indicator's ${points} points, but one is worth ${part}.`,
  bandRange: ({ name, answer, from, to }) =>
    `the band ${quote(answer)} of ${quote(name)} runs from ${from} to ${to}, which is not a range within 0–100%.`,
  badBound: ({ name, bound }) =>
    `The tier bound ${quote(bound)} of ${quote(name)} is not a number.`,
  tableIdentity: ({ table, what, total, parts, sum, difference }) =>
    `In the table ${quote(table)}, ${what} is ${total} (10,000 yuan) but ${quoted(parts)} ${parts.length > 1 ? "add up to" : "is"} ${sum}: a difference of ${difference}; please check.`,
  tableRounding: ({ table, what, total, parts, sum, difference }) =>
    `In the table ${quote(table)}, ${what} is ${total} (10,000 yuan) and ${quoted(parts)} ${parts.length > 1 ? "add up to" : "is"} ${sum}: a difference of ${difference}, which is rounding.`,

  tierUnreachable: ({ name, tier, before }) =>
    `The tier ${quote(tier)} of ${quote(name)} can never apply: ${quote(before)} before it already covers it (tiers are read in order; put the bounds in order).`,
};
