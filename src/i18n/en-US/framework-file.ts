import type { FrameworkFileWords } from "../zh-CN/framework-file";
import { quote } from "../quote";

export const frameworkFile: FrameworkFileWords = {
  notObject: "must be an object ({ … })",
  needsText: "must be text",
  needsList: "must not be empty",
  needsNumber: "must be a number",
  needsPositive: "must be a number above 0",
  needsPoints: "points must be a number of at least 0",
  noPoints: "no points given yet",
  noRule:
    "no scoring rule yet (this is a framework template: the bureau adds the points and rules)",
  partNeedsPoints: "every part of a composite needs its points",
  needsKey: "must name an input key",
  needsKeys: "must name at least one input key",
  needsBound: "must give a bound or value, such as 90%",
  needsMeasure:
    "must say what is measured: a ratio (numerator/denominator), a change (current/previous) or a percent input",
  badComparison: "the comparison must be >=, >, <= or <",
  badDirection: "the direction must be above or below",
  badSteps: "must be exact, started or full",
  capAboveTotal: "a cap cannot exceed the total",
  badCurve: "must be linear (0 at twice the target) or ratio (target ÷ actual)",
  badThen: "must be full (full points) or omit (left out, the total scaled)",
  weightsCount: "needs one weight (an amount input) per part",
  onePart: "needs exactly one part (the rule it modifies)",
  twoParts: "needs at least two alternative parts",
  badLabels: "the wording must be a list of texts, or { rows: [...], columns: [...] }",
  badId: "the id may hold letters, digits, -, _ and . only, such as hunan-2022",
  badKey: (key) =>
    `the key ${quote(key)} is invalid: it must start with a letter and hold letters, digits and _ only`,
  catalogKey: (key) =>
    `${quote(key)} is a key of the common inputs and cannot be redefined; use it as it is, or choose another key`,
  duplicateKey: (key) => `the key ${quote(key)} is declared twice`,
  duplicateId: (id) => `the indicator id ${quote(id)} is used twice`,
  badType: (type, types) => `the type ${quote(type)} is invalid; use one of ${types.join(", ")}`,
  inputNeedsLabel: (key) => `the input ${quote(key)} has no Chinese label`,
  undeclared: (key) =>
    `uses the input ${quote(key)}, which is neither a common input nor declared among this framework's inputs`,
  unknownKind: (kind, kinds) =>
    `unknown rule kind ${quote(kind)}; known: ${kinds.map(([k]) => k).join(", ")}`,
  needsGrades: "needs at least one grade",
  duplicateField: "appears more than once and only the last counts: remove the others",
  notData:
    'must be plain text: no straight double quote ("), and not starting with =, +, - or @ (Excel reads such text as a formula)',
  tooLong: (max) => `must be at most ${max} characters (Excel's limit for text in a formula)`,
  negativeScore: "a score cannot be negative",
  gradesFromZero: "the grades must reach down to 0 (give the lowest grade a minimum of 0)",
  notJson: (line, column) =>
    line ? `is not valid JSON (near line ${line}, column ${column})` : "is not valid JSON",
  problemAt: (where, message) => `${where}: ${message}`,
  unfinished: (id) =>
    `${quote(id)} is a framework template without points or rules and cannot score. Export it (perf-score framework export ${id} -o framework.xlsx), have the bureau complete it, then pass that file with --framework.`,
  unknownFramework: (id, known) =>
    `no framework ${quote(id)}: built in are ${known.join(", ")}; or give the path of an .xlsx or .json framework file`,
};
