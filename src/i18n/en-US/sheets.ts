import type { SheetWords } from "../zh-CN/sheets";
import { quote } from "../quote";

export const sheets: SheetWords = {
  /** The figures of the unit's tables the audit compares. */
  auditParts: {
    budget: (item) => `the budgeted ${item}`,
    actual: (item) => `the actual ${item}`,
    total: "“three public” total",
    abroad: "overseas travel",
    car: "official vehicles (purchase and running)",
    purchase: "vehicle purchase",
    running: "vehicle running costs",
    reception: "official reception",
    incomeTotal: "total income",
    spendingTotal: "total spending",
    basicSpending: "basic spending",
    personnel: "personnel costs (total)",
    publicExpense: "public expenses (total)",
    spendingThisYear: "this year's spending",
    spendingInTotalTable: "this year's spending in the income and spending total table",
  },
  names: { template: "Performance data", score: "Self-evaluation scores" },
  scoredFile: (stem, ext = ".xlsx") => `${stem}-scored${ext}`,
  answers: { yes: "yes", no: "no" },

  score: {
    title: (unit, year) =>
      `${unit ? `${unit} — ` : ""}Department-wide expenditure performance self-evaluation${year ? `, ${year}` : ""}`,
    basis: (framework, mode) => `Framework: ${framework}    Score cells: ${mode}`,
    modes: {
      live: "live PERF formulas (update with the data)",
      portable: "native Excel formulas (no add-in needed)",
      values: "values (no formulas)",
    },
    level1: "Level 1",
    level2: "Level 2",
    indicator: "Indicator",
    name: "Name",
    points: "Points",
    description: "Description (as published, Chinese)",
    criteria: "Scoring criteria (as published, Chinese)",
    score: "Score",
    note: "Deductions and remedies",
    computed: "Computed from data",
    total: "Total",
    grade: "Grade",
    allScored: (n) => `all ${n} indicators scored`,
    unscored: (n) => `${n} not scored; total incomplete`,
    ownOnly: (n) => ` (${n} without data, scored by the evaluator)`,
    notComputed: "—",
    continued: (name) => `${name}\n(cont.)`,
    legend: (column) =>
      `Note: “Computed from data” is the score the data used for scoring gives under the scoring criteria; a score on pink in bold is set by the evaluator (self-assessed) and is an audit finding when it differs from the computed one; “—” means data is missing and nothing could be computed. The data used for scoring is to the right of this table (from column ${column}), each value with the cell it came from, for checking on screen; it is not printed.`,
    noGrade: "not graded",
    gradeBand: (min, grade) => `≥${min} ${grade}`,
    gradeBelow: (min, grade) => `<${min} ${grade}`,
    bands: (bands) => bands.join(", "),
    findings: (n) => `Audit findings (${n})`,
    frameworkNotes: (n) =>
      `Notes on the framework table as published (${n}; kept verbatim, no effect on the unit's score)`,
    footer: "Page &P of &N",
  },
  block: {
    title:
      "Data the scores are computed from (formulas read these cells, which follow their sources)",
    headers: ["Input", "Value", "Unit", "Source"],
    keyHeader: "Key",
    notFound: "not found",
    kpiTitle: "The unit’s KPIs (effectiveness)",
    kpiHelpers: ["Completion", "Weight counted"],
    ownTitle: "Evaluator’s own scores",
    ownHeaders: ["Indicator", "Own score", "Reason"],
  },
  source: {
    name: (name, cell) => `name ${name} (${cell})`,
    template: (cell) => `data sheet ${cell}`,
    label: (cell) => `table label ${cell}`,
    labels: (labels, confidence) => `${labels}, ${confidence} sure`,
    converted: (unit) => `given in ${unit}, converted to 10k yuan`,
    recalc: (cell) => `needs recalculating: ${cell}`,
    ambiguous: (n) => `${n} values disagree, none used`,
    conflicts: (n) => `${n} more disagree`,
    table: (title) => `table ${quote(title)}`,
    doubt: {
      exceeds: (other) => `above ${other}, not used`,
      below: (other) => `below ${other}, not used`,
      overBudget: (other) => `above ${other}, not used`,
      budgetBelow: (other) => `below ${other}, not used`,
      routes: (other, otherValue) =>
        `differs from ${otherValue} worked out from ${other}, not used`,
    },
    details: (how, extra) => `${how} (${extra.join("; ")})`,
    value: (v) => `${quote(v)}`,
    blank: "blank",
    valueAt: (where, value) => `${where}: ${value}`,
  },
  template: {
    title: "Department-wide expenditure performance evaluation: data sheet",
    guide:
      "How to fill in: replace “missing” in the Value column with a figure, or with a formula into the unit’s own tables (such as ='Table 1-3'!C7); " +
      "answer yes/no items with yes or no, or partial points. “missing” or a blank means the data is missing and the indicator is not scored (never counted as 0); " +
      "keep “missing” rather than clearing a cell (desktop Excel passes blank cells to PERF functions as 0). Do not change the Key column.",
    unit: "Unit",
    year: "Year evaluated",
    inputsSection: "1. Data",
    inputHeaders: ["No.", "Indicator", "Input", "Unit", "Value", "Source / notes", "Key"],
    kpiSection: "2. The unit’s KPIs (effectiveness; cover at least three aspects)",
    kpiHeaders: ["Aspect", "KPI", "Target", "Actual", "Direction", "Weight"],
    overridesSection:
      "3. Evaluator’s own scores (a reason is required where they differ from the data)",
    overrideHeaders: ["Indicator", "Points", "Own score", "Reason"],
    functionalSection: "5. Spending by function (report Table 1-2, not scored)",
    functionalHeaders: ["Functional class", "Initial budget", "Adjusted budget", "Final accounts"],
    reportSection:
      "4. Figures for the self-evaluation report (not scored; left blank, the report asks for them)",
    judgementNote: "Evaluator’s judgement: yes/no, or partial points",
    adoptedMark: "Adopted: ",
    adoptedNote: (cell, unit) =>
      `Adopted: ${cell}${unit ? ` (given in ${unit}, converted to 10k yuan)` : ""}`,
    yesNoNote: "yes / no",
  },
  validation: {
    errorTitle: "Please check the entry",
    pick: (options) => `Choose one of: ${options.join(", ")}`,
    between: (min, max) => `Enter a number from ${min} to ${max}`,
    atLeast: (min) => `Enter a number of at least ${min}`,
    promptTitle: "How to fill in",
    judgement: "yes / no, or partial points",
    aspects: (aspects) => aspects.join(", "),
    directions: ">= higher is better, <= lower is better",
    weight: "Weight; blank counts as 1",
    ownScore: (points) => `0–${points} points; give the reason on the right`,
  },
  noInputs: {
    summary:
      "The workbook holds no scoring data: no names starting with PERF_, and nothing filled in on the data sheet.",
    hint: "Add the data sheet to the workbook (the task pane’s “Create the data sheet” button, or the sheet perf-score template writes) and fill in these before scoring:",
    line: (indicator, inputs) => `${indicator}: ${inputs.map((x) => `${quote(x)}`).join(", ")}`,
  },
};
