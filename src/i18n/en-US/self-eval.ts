import type { SelfEvalWords } from "../zh-CN/self-eval";

export const selfEval: SelfEvalWords = {
  columns: {
    target: "annual target",
    actual: "actual",
    points: "points",
    score: "score",
    band: "achievement band",
    budget: "full-year budget",
    spent: "full-year spending",
  },
  sheet: {
    name: (project: string) => `Self-eval-${project}`,
    summaryName: "Self-eval summary",
    title: {
      project: "Project spending self-evaluation",
      department: "Department-wide spending self-evaluation",
    },
    year: (year: string) => `(${year})`,
    projectName: "Project",
    unitName: "Department (unit)",
    department: "Department in charge",
    unit: "Implementing unit",
    funds: "Funds (10k yuan)",
    fundsHeaders: [
      "Initial budget",
      "Full-year budget",
      "Full-year spending",
      "Points",
      "Execution rate",
      "Score",
    ],
    fundsTotal: "Total funds",
    goals: "Overall annual goals",
    expected: "Expected",
    achieved: "Achieved",
    headers: [
      "Level 1",
      "Level 2",
      "Indicator",
      "Type",
      "Annual target",
      "Actual",
      "Points",
      "Score",
      "Reasons for deviation and remedies",
    ],
    qualitative: "qualitative",
    total: "Total",
    grade: "Grade",
    findings: "Review findings",
    noFindings: "Nothing disagrees with the scoring rules.",
    rules: (title: string) => `Scoring rules: ${title}`,
    source: (source: string) => `Source: ${source}`,
    scoreInput: "A qualitative row's score is the evaluator's, inside its band",
    summaryTitle: "Project self-evaluation summary",
    summaryHeaders: [
      "No.",
      "Project",
      "Full-year budget (10k yuan)",
      "Full-year spending (10k yuan)",
      "Execution rate",
      "Score",
      "Grade",
      "Findings",
      "Form sheet",
    ],
    footer: "Page &P of &N",
  },
  bands: { 达成: "achieved", 部分达成: "partly achieved", 未达成: "not achieved" },
  rowLabel: "target completion",
  rowNumber: (n: number) => `indicator ${n}`,
  badPoints: (raw: string) => `points “${raw}” is not a number of points (0 to 10000)`,
  badNature: (raw: string) => `indicator type “${raw}” is not ≥, ≤, = or qualitative`,
  natureConflict: (nature: string, target: string) =>
    `indicator type “${nature}” runs against the target “${target}”; please check`,
  unitMismatch: (target: string, actual: string) =>
    `the target “${target}” and the actual “${actual}” are in different units and cannot be compared`,
  ambiguousPercent: (actual: string) =>
    `the actual “${actual}” has no % sign and could be a fraction or a percentage; please write it out (98%)`,
  cellError: (column: string, error: string) =>
    `the ${column} shows the error value ${error}; correct that cell first`,
  negativeTarget: (target: string) =>
    `the target “${target}” is negative; no completion rate can be worked out`,
  badAmount: (column: string, raw: string) => `${column} “${raw}” is not an amount (10k yuan)`,
  zeroBudget: "the full-year budget is 0, so there is no execution rate",
  amountUnits: (budget: string, spent: string) =>
    `the budget “${budget}” and the spending “${spent}” are in different units; no execution rate`,
  fundsFromLines:
    "the total funds row is blank or 0; the execution rate is worked out from its parts",
  missingReason: (name: string) =>
    `“${name}” missed or overshot its target, but no reason or remedy is given`,
  aboveRowPoints: (name: string, score: string, points: string) =>
    `“${name}” scores ${score}, above its ${points} points`,
  printedDiffers: (name: string, printed: string, rules: string) =>
    `“${name}” is given ${printed}; by the rules it scores ${rules}`,
  rateDiffers: (printed: string, rules: string) =>
    `the execution rate given, ${printed}, is not spending ÷ budget (${rules})`,
  executionDiffers: (printed: string, rules: string) =>
    `the execution rate is given ${printed} points; by the rules it scores ${rules}`,
  executionReason: (rate: string, below: string) =>
    `the execution rate ${rate} is below ${below}, but no reason is given`,
  pointsDoNotAdd: (sum: string, total: string) =>
    `the execution rate and the indicators are worth ${sum} points together, not ${total}`,
  totalAbovePoints: (score: string, total: string) =>
    `the total given, ${score}, is above the full ${total}`,
  totalDiffers: (printed: string, sum: string) =>
    `the total given, ${printed}, is not the sum of the scores given (${sum})`,
};
