/** The scoring core: no Office.js, no DOM, no Node APIs. The same calls serve cells, the task pane and the CLI. */
export { Rational } from "./rational";
export { AMOUNT_UNITS, isFigure, numberFigure, type Figure } from "./figure";
export {
  parseValue,
  normalizeText,
  trimNumber,
  isMissingValue,
  MISSING_WORD,
  MISSING_MARKS,
  ERROR_MARK,
  EXCEL_ERRORS,
  type Parsed,
  type ParseSpec,
  type ValueType,
  type Problem,
} from "./parse";
export {
  INPUTS,
  REPORT_INPUTS,
  registerInputs,
  inputDef,
  inputLabel,
  inputProblem,
  readEntry,
  readYear,
  type Entry,
  optionValues,
  specOf,
  statedIn,
  unitText,
  type InputDef,
} from "./inputs";
export { levelScores, type LevelScore } from "./levels";
export {
  FUNCTIONAL_CLASSES,
  FUNCTIONAL_PERIODS,
  functionalKey,
  functionalClassOf,
  type FunctionalClass,
  type FunctionalPeriod,
} from "./functional-classes";
export { LOCALES, text, type Locale, type Localized, type Messages } from "../i18n";
export * from "./framework";
export { FRAMEWORKS, FRAMEWORK_TEMPLATES, DEFAULT_FRAMEWORK_ID, getFramework } from "./frameworks";
export { validateFramework, type FrameworkIssue } from "./validate";
export {
  readFramework,
  VALUE_TYPES,
  type FrameworkProblem,
  type FrameworkRead,
} from "./framework-file";
export {
  renderFinding,
  renderFindings,
  type Finding,
  type FindingKind,
  type FindingCode,
  type FindingParam,
} from "./findings";
export { gradeFor, gradeRank } from "./grade";
export { formatPercent, formatPoints } from "./format";
export { parseBound } from "./rules/tiers";
export {
  evaluate,
  computeIndicator,
  type ComputedIndicator,
  type InputsFile,
  type IndicatorResult,
  type ScoreResult,
  type Override,
  type OverrideInput,
} from "./evaluate";
export { readInputsFile, type InputsFileRead } from "./inputs-file";
export { readJson, JSON_LIMITS, type JsonRead, type JsonProblem } from "./json-text";
export { resultJson } from "./result-json";
export { RuleContext, type ContextOptions } from "./rules/context";
export { measureRatio } from "./rules/measure";
export { quarterRate } from "./rules/quarterly-execution";
export {
  alternativeInputs,
  capInputKeys,
  evaluateRule,
  frameworkInputKeys,
  isRuleKind,
  itemPoints,
  kindName,
  KINDS,
  ruleInputKeys,
  RULE_KINDS,
  type RuleKind,
} from "./rules/registry";
export type { KindDef, KindRegistry } from "./rules/kind";
export { KPI_COLUMNS, type KpiRow } from "./rules/kpi-table";
export { outcome, type Outcome } from "./rules/outcome";
export { labelOf } from "./labels";
export { note, renderNote, type Note, type NoteArg } from "./rules/note";
export { unitReview, columnStats, type UnitReview } from "./review";
export * from "./self-eval";
