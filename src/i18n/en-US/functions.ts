import type { FunctionStrings } from "../zh-CN/functions";
import { quote } from "../quote";

export const functions: FunctionStrings = {
  badFramework: (why) => `the framework stored in the workbook cannot be read: ${why}`,
  unknownIndicator: (name) =>
    `${quote(name)} is not an indicator name or id (such as “Public expense control” or publicExpenseControl)`,
  shapeMismatch: (keys, values) =>
    `the key range has ${keys} cells and the value range ${values}; they must match`,
  badQuarter: (raw) => `the quarter must be 1, 2, 3 or 4 (${raw})`,
  emptyKpiTable: () =>
    "the KPI table is empty (rows: aspect, name, target, actual, direction, weight)",
  kpiZeroPair: (name) =>
    `the KPI ${quote(name)} has 0 as both target and actual: desktop Excel passes blank cells to functions as 0, ` +
    `so whether they were filled in cannot be told. If both really are 0, enter them as text ('0)`,
  blankTargetRow: () =>
    "the target and the actual are both 0: desktop Excel passes blank cells to functions as 0, so it cannot tell whether they were filled in. If they are 0, type the text 0 ('0)",
  unknownRules: (id: string) =>
    `there are no self-evaluation rules “${id}” (such as national-2020-project, sichuan-2023-project, hubei-2020-project, yitihua-project)`,
  badPoints: (raw) => `points must be a number above 0 and at most 10000 (${raw})`,
  pointsShape: () => "points must be one number or as many cells as the judgements",
  item: (n) => `item ${n}`,
  missingTotal: () => "the total score is missing",
  ruleLabels: {
    control: "control rate",
    adjust: "share of funds adjusted",
    exec: "execution rate",
  },
  params: {
    actual: "actual spending",
    budget: "budget",
    spent: "cumulative spending",
    quarter: "quarter",
    count: "count",
  },
  answerHints: {
    judgement: ": yes/no or partial points",
    flag: ": yes/no",
    percent: ": 93.95%, 0.9395 or 93.95",
    choice: (options) => `: ${options.join("/")}`,
  },
  paramHelp: {
    nature: "indicator type: ≥, ≤, = or qualitative; blank takes the sign in the target, else ≥",
    targetValue: "the annual target, such as ≥95%, ≤30 days, 100 persons (or a number)",
    actualValue: "the actual, in the target's unit",
    rowPoints: "the indicator's points",
    evaluatorScore:
      "qualitative rows: the evaluator's score (inside the band its actual names); blank for quantitative rows",
    selfEvalRules:
      "the form's scoring rules (optional): national-2020-project by default; also sichuan-2023-project, hubei-2020-project, yitihua-project and others",
    fundsBudget: "full-year budget (10k yuan)",
    fundsSpent: "full-year spending (10k yuan)",
    targetRows:
      "the indicator rows: type, annual target, actual, points, score (qualitative rows: the evaluator's)",
    actual: "Actual spending, e.g. the “three public” expenses actually spent",
    budget: "Budget, e.g. the “three public” expenses budgeted",
    annualBudget: "Annual department budget",
    cumulativeSpent: "Cumulative spending at the end of the quarter (same unit as the budget)",
    quarter: "Quarter: 1, 2, 3 or 4",
    defaultPoints: (points) => `Full points, ${points} by default`,
    fullPoints: "Full points",
    kpiRange:
      "KPI table, one row each: aspect, name, target, actual, direction (>= or <=), weight (blank for 1); a header row is allowed",
    judgements: "Judgements: yes/no or a score up to the item's points",
    itemPoints: "Points per item: one number for all, or one cell per judgement",
    count: "Number of items deducted",
    per: "Deduction per item",
    indicator: "Indicator name, such as Public expense control",
    keys: "Input keys or their labels",
    values: "Values, one for each key",
    kpiTable: "KPI table for effectiveness (optional)",
    framework:
      "The range holding the framework stored in the workbook (optional; the score sheet fills it in; without it the built-in Longgang 2021 framework)",
    total: "Total score",
  },
  descriptions: {
    TARGETROW:
      "The score of one row of a self-evaluation form (MOF 2020 No. 10): full points when the target is met, otherwise actual ÷ target (target ÷ actual for ≤ rows) × points; a qualitative row's evaluator score is checked against its band. Two decimals.",
    SELFEVAL:
      "The total of a whole self-evaluation form: execution rate × its points (at most its points) plus every row's score, capped where the rules say. #N/A while a figure is missing.",
    CONTROLRATE:
      "Control rate = actual spending ÷ budget, as a fraction (format the cell as a percentage to see 36.18%). #DIV/0! when the budget is 0.",
    EXECRATE:
      "Quarterly execution rate = (cumulative spending at quarter end ÷ annual budget) ÷ (25% × quarter), as a fraction; may exceed 100%.",
    ADJUSTRATE:
      "Share of funds adjusted = funds adjusted or reallocated ÷ total department budget, as a fraction.",
    CONTROLSCORE:
      "Control-rate score: below 90% full points, 90%–100% two thirds of them, above 100% nothing.",
    PROCUREMENTSCORE:
      "Government procurement score (2): execution rate × 1 (0 when actual exceeds plan) + policy implementation (1).",
    ADJUSTSCORE:
      "Fund adjustment score: full points up to 10% adjusted, then 0.1 less per percentage point above, down to 0.",
    ASSETSCORE: "Fixed asset utilization score (1): ≥90% 1, ≥75% 0.7, ≥60% 0.4, else 0.",
    STAFFSCORE:
      "Payroll staff control score (1): staff on payroll ÷ authorized positions ≤ 100% scores 1, else 0.",
    CONTRACTSTAFFSCORE:
      "Contract staff control score (1): contract ÷ (payroll + contract) below 5% scores 1, 5%–10% 0.5, above 10% 0.",
    EXECSCORE:
      "Budget execution score (6): each quarter up to 1 by its execution rate, the annual average rate × 2 up to 2.",
    KEYWORKSCORE: "Key tasks score (8): 4 less for each key task not completed, down to 0.",
    TIMELINESSSCORE: "Project timeliness score (6) = projects on time ÷ projects planned × 6.",
    DISCLOSURESCORE:
      "Disclosure score (3): budget and final accounts each 1.5 if fully disclosed, 1 if partly, 0 if not; classified units score 3.",
    PETITIONSCORE:
      "Petition handling score (3): channel 1 + all replied 1 + all replied on time 1; no petitions counts as met.",
    SATISFACTIONSCORE: "Satisfaction score (6): ≥95% 6, ≥90% 4, ≥80% 2, else 1.",
    KPISCORE:
      "Effectiveness score (25) = points × weighted KPI completion; completion is actual ÷ target (higher is better) or target ÷ actual (lower is better), at most 100%.",
    CHECKLIST:
      "Sum of judgement items: yes scores the item's points, no scores 0, or enter partial points.",
    DEDUCT: "Deduction per item: points − count × deduction, down to 0.",
    SCORE:
      "Computed score of any indicator, by name, reading inputs from a column of keys (or labels) and a column of values, such as the performance data sheet.",
    EXPLAIN:
      "Deduction note of any indicator, such as “‘Three public’ expense control rate 36.18%, 3 points; …”.",
    GRADE:
      "Grade of a total: ≥90 excellent, ≥80 good, ≥60 fair, below 60 poor, or the grades of the framework stored in the workbook.",
  },
};
