import { r } from "../runs";
import type { ReportWords } from "../zh-CN/report";

const QUARTERS = ["first", "second", "third", "fourth"];

export const report: ReportWords = {
  title: (unit, year) =>
    r`${unit}: Self-Evaluation of Overall Department Spending Performance, ${year}`,
  fileName: (stem) => `${stem}-self-evaluation.docx`,
  ask: {
    unit: "the unit's name",
    year: "the year evaluated",
    basis: "the regulations and finance bureau notices the self-evaluation follows",
    duties: "the unit's main duties",
    overallWork: "the year's overall work",
    keyWork: "the year's key tasks, one by one",
    adjustReason: "why the budget was adjusted",
    targetsManagement: "the projects under performance management, their amounts and targets",
    rulesNames: "the names of the unit's financial, internal-control and project rules",
    goals: "the main goals of the unit's duties",
    performance: "what the unit did (workload, people served, results)",
    effects: "other effects of the unit's work",
    satisfactionDetails: "how satisfaction was surveyed, the sample and the main findings",
    experience: "the main lessons and practices of performance management",
    measures: (indicator) => `the improvements for the points lost on “${indicator}”`,
    plans: "plans and suggestions for the coming year",
    changeReason: "the main reasons spending changed from last year",
    total: "the self-evaluation score (no indicator has data)",
    sources: "the initial income by source of funds (Table 1-1)",
  },
  prompt: (what) => `[To fill in: ${what}]`,
  preamble: (unit, year, basis, framework) =>
    r`To strengthen the management of fiscal funds of ${unit} (“the unit”), make spending accountable and use funds efficiently, and in accordance with ${basis}, the unit's evaluation team evaluated the performance of its overall spending in ${year} against the ${framework} and wrote this self-evaluation report.`,
  headings: {
    basics: "1. About the unit",
    duties: "1.1 Main duties",
    work: "1.2 Overall work and key tasks of the year",
    overallWork: "(1) Overall work",
    keyWork: "(2) Key tasks",
    budget: (year) => r`1.3 The ${year} budget`,
    initial: "(1) Initial budget",
    adjustment: "(2) Budget adjustments",
    targets: "(3) Performance targets",
    execution: (year) => r`1.4 Execution of the ${year} budget`,
    funds: "(1) Budget execution",
    finance: "(2) Financial management",
    projects: "(3) Project management",
    assets: "(4) Asset management",
    staff: "(5) Staff numbers",
    rules: "(6) Management rules",
    performance: "2. Performance of the unit's duties",
    goals: "2.1 Main goals",
    doings: "2.2 What the unit did",
    results: "2.3 Performance",
    economy: "(1) Economy",
    efficiency: "(2) Efficiency",
    effectiveness: "(3) Effectiveness",
    fairness: "(4) Fairness",
    conclusion: "3. Overall evaluation and improvements",
    selfScore: "3.1 Conclusion",
    experience: "3.2 Lessons and practices",
    problems: "3.3 Problems and improvements",
    plans: "3.4 Plans and suggestions",
    scoring: "4. Indicator scores",
    annex: "Annex tables",
  },
  wan: " ten-thousand yuan",
  initialIncome: (year, total, sources) =>
    r`In ${year} the unit's initial budget income was ${total} ten-thousand yuan${sources}. `,
  sourcesIntro: ", of which ",
  sourceNames: {
    Fiscal: "general public budget appropriations",
    GovFund: "government fund budget appropriations",
    Superior: "subsidies from the higher level",
    Business: "operating revenue of public services",
    Operating: "business revenue",
    Affiliated: "remittances from affiliated units",
    Other: "other revenue",
    Reserve: "the institution fund used to cover the gap",
    CarryOver: "the carry-over from the previous year",
  },
  sourceShare: (name, amount, share) => r`${name} ${amount} (${share})`,
  initialSpending: (total, parts) => r`Initial budget spending was ${total}${parts}.`,
  partsIntro: ": ",
  listSeparator: ", ",
  clauseSeparator: "; ",
  adjusted: (total, sources) => r`The adjusted budget was ${total} ten-thousand yuan${sources}`,
  adjustedSource: (name, amount) => r`${name} ${amount}`,
  adjustedParts: (parts) => r`; of which ${parts}.`,
  adjustedPart: (name, amount, share) => r`${name} adjusted to ${amount} (${share})`,
  changes: (parts) => r`By use, the adjustment ${parts}.`,
  raised: (name, amount) => r`raised ${name} by ${amount}`,
  cut: (name, amount) => r`cut ${name} by ${amount}`,
  unchanged: (name) => `left ${name} unchanged`,
  adjustReason: (reason) => r`Reason for the adjustment: ${reason}.`,
  seeTables: "See Tables 1-1 and 1-3 in the annex.",
  budgetNames: {
    basic: "basic expenditure",
    personnel: "personnel expenses",
    dailyPublic: "daily public expenses",
    project: "project expenditure",
  },
  executed: (year, budget, spent, rate) =>
    r`In ${year} the unit's budget (adjusted) was ${budget} ten-thousand yuan and its final spending ${spent}: an execution rate of ${rate}.`,
  yearNames: {
    spending: "total spending",
    basic: "basic expenditure",
    project: "project expenditure",
  },
  versusLastYear: (name, now, up, diff, pct) =>
    up
      ? r`${name} ${now}, up ${diff} (${pct}) on last year's final accounts`
      : r`${name} ${now}, down ${diff} (${pct}) on last year's final accounts`,
  sameAsLastYear: (name, now) => r`${name} ${now}, the same as last year's final accounts`,
  yearOnYear: (parts) => r`This year: ${parts}. `,
  changeReason: (what) => r`Main reasons for the changes: ${what}.`,
  quarters: (list) =>
    r`Execution by quarter: ${list} (execution rate = share of the year's budget spent by the quarter's end ÷ time elapsed); see Table 1-4.`,
  quarter: (n, rate) => r`${QUARTERS[n - 1]} quarter ${rate}`,
  quarterName: (n) => `Q${n}`,
  procurement: (planned, actual, rate) =>
    r`Planned government procurement was ${planned} ten-thousand yuan and actual procurement ${actual}: a procurement execution rate of ${rate}.`,
  answers: {
    spendingCompliant: [
      "The unit's spending complied with the rules on fund management, cost standards and payment",
      "Some spending did not comply with the rules",
    ],
    accountingCompliant: ["accounting complied with the rules", "accounting did not fully comply"],
    seriousViolation: [
      "there was no spending beyond scope or standard, false spending, or funds withheld or misused",
      "there was spending beyond scope or standard, false spending, or funds withheld or misused",
    ],
    projectApprovalCompliant: [
      "Projects were set up and changed with the approvals required",
      "some projects were set up or changed without the approvals required",
    ],
    projectExecutionCompliant: [
      "tendering, construction and acceptance followed the rules",
      "tendering, construction or acceptance did not fully follow the rules",
    ],
    fundMonitoringEffective: [
      "fund and performance monitoring was in place and worked well",
      "fund and performance monitoring needs improving",
    ],
    supervisorInspectionEffective: [
      "the supervising unit inspected, monitored and followed up its funds effectively",
      "the supervising unit's inspection of its funds needs strengthening",
    ],
    assetsSafeguarded: [
      "Assets were reasonably configured, kept complete and matched the accounts",
      "asset configuration, safekeeping or records had problems",
    ],
    assetDisposalCompliant: [
      "disposals complied with the rules and their income was remitted in full and on time",
      "disposals or the remittance of their income did not fully comply",
    ],
    rulesEstablished: [
      "The unit has rules for fiscal funds, financial management and internal control",
      "the unit's rules for fiscal funds, financial management and internal control are incomplete",
    ],
    rulesEnforced: ["they were enforced", "they were not fully enforced"],
    performanceRulesEstablished: [
      "a rule or plan for budget performance management is in place",
      "there is no rule or plan for budget performance management yet",
    ],
    partly: (what) => `${what} (in part)`,
  },
  sentence: (clauses) => r`${clauses}. `,
  aside: (what) => r` (${what})`,
  disclosure: {
    budget: {
      完全: "the budget was disclosed in full, on time and as required",
      部分: "the budget was disclosed, but not fully as required",
      未公开: "the budget has not been disclosed",
    },
    finalAccounts: {
      完全: "the final accounts were disclosed in full, on time and as required",
      部分: "the final accounts were disclosed, but not fully as required",
      未公开: "the final accounts have not been disclosed",
    },
    classified: "The unit is classified and need not disclose its budget and final accounts",
  },
  assets: (year, total, inUse, rate) =>
    r`At 31 December ${year} the unit's fixed assets at original value were ${total} ten-thousand yuan, of which ${inUse} in use: a utilization rate of ${rate}. `,
  netAssets: (fixed, intangible) =>
    r`Net fixed assets were ${fixed} and net intangible assets ${intangible} ten-thousand yuan.`,
  staff: (authorized, onPayroll, rate) =>
    r`The unit has ${authorized} authorized positions (support staff included) and ${onPayroll} staff on payroll at year end: a payroll staff control rate of ${rate}. `,
  contractStaff: (contract, rate) =>
    r`Contract and dispatched staff number ${contract}: a contract staff rate of ${rate}.`,
  kpiSummary: (count, aspects, met) =>
    r`The unit set ${count} KPIs of its own this year, covering ${aspects}; ${met} of them met or exceeded their targets.`,
  sanGong: (year, budget, actual, rate) =>
    r`In ${year} the “three public” expenses budget was ${budget} ten-thousand yuan and actual spending ${actual}: a control rate of ${rate}.`,
  sanGongItems: (items) => r`Of these, ${items}.`,
  sanGongItem: (name, budget, actual, share) =>
    r`${name}: budget ${budget}, actual ${actual} (${share} of the budget)`,
  sanGongItemNames: {
    Abroad: "official travel abroad",
    VehiclePurchase: "official vehicle purchase",
    VehicleRunning: "official vehicle running costs",
    Reception: "official reception",
  },
  dailyPublic: (actual, budget, rate) =>
    r`Daily public expenses were ${actual} ten-thousand yuan in the final accounts against an adjusted budget of ${budget}: a control rate of ${rate}.`,
  efficiency: (budget, spent, rate) =>
    r`The year's budget was ${budget} ten-thousand yuan and actual spending ${spent}: an execution rate of ${rate}. `,
  timeliness: (planned, onTime, rate) =>
    r`Of ${planned} projects planned, ${onTime} were completed on time: a timeliness rate of ${rate}. `,
  keyTasks: (missed) => r`${missed} of the year's key tasks were not completed.`,
  keyTasksAllDone: "All of the year's key tasks were completed.",
  kpi: (n, name, target, actual, rate) =>
    r`(${String(n)}) ${name}: target ${target}, actual ${actual}, completion ${rate}.`,
  kpiTarget: ": target",
  kpiActual: ": actual",
  kpiRate: ": completion",
  satisfaction: (rate) => r`Public or client satisfaction was ${rate}. `,
  petitions: (received, replied, onTime) =>
    r`The unit received ${received} petitions this year and replied to ${replied}, ${onTime} of them on time.`,
  selfScore: (year, total, grade) =>
    r`The unit's self-evaluation score for ${year} is ${total} points, grade “${grade}”.`,
  incomplete: (total, count) =>
    r`The scores the data supports add up to ${total} points; ${count} indicators lack data and need the evaluator's score before a grade is given.`,
  deductionsIntro: "Points were lost on:",
  deduction: (name, max, score, note) => r`${name} (${max} points): ${score} points; ${note}.`,
  noDeductions: "Every indicator scored full points.",
  unscored: (name, max, missing) => r`${name} (${max} points) lacks data: ${missing}.`,
  problem: (name, score, lost, note) =>
    r`Problem: ${name} scored ${score}, ${lost} points lost (${note}).`,
  measures: (what) => r`Improvement: ${what}.`,
  noProblems: "Every indicator scored full points; no problem needs correcting.",
  scoring: (framework, total) =>
    r`Evaluated against the ${framework} (table below), the unit scores ${total} points.`,
  scoringIncomplete: (framework, total) =>
    r`Evaluated against the ${framework} (table below), the scores the data supports add up to ${total} points (some indicators lack data).`,
  scoreTable: {
    caption: "Indicator scores",
    headers: [
      "Level 1",
      "Level 2",
      "Indicator",
      "Points",
      "Description",
      "Scoring criteria",
      "Score",
      "Deductions",
    ],
    total: "Total",
    grade: (grade) => `Grade: ${grade}`,
    noGrade: "Some indicators lack data: no grade yet",
    scoreOf: ": score",
    missing: (what) => `Lacks data: ${what}`,
  },
  unitLine: "Unit: ten-thousand yuan",
  tables: {
    sources: {
      caption: "Table 1-1 Sources of funds and adjustments",
      headers: ["Source of funds", "Initial budget", "Adjusted budget"],
      rows: {
        Fiscal: "General public budget appropriations",
        GovFund: "Government fund budget appropriations",
        Superior: "Subsidies from the higher level",
        Business: "Operating revenue of public services",
        Operating: "Business revenue",
        Affiliated: "Remittances from affiliated units",
        Other: "Other revenue",
        subtotal: "Income of the year",
        Reserve: "Institution fund used to cover the gap",
        CarryOver: "Carry-over from the previous year",
        total: "Total",
      },
    },
    functional: {
      caption: "Table 1-2 Spending by function",
      headers: ["Functional class", "Initial budget", "Adjusted budget", "Final accounts"],
      total: "Total",
      ask: "the initial budget, adjusted budget and final accounts by functional class",
    },
    uses: {
      caption: "Table 1-3 Spending by use",
      headers: ["Use", "Initial budget", "Adjusted budget"],
      rows: {
        basic: "Basic expenditure",
        personnel: "Personnel expenses",
        dailyPublic: "Daily public expenses",
        project: "Project expenditure",
        capitalProject: "of which capital construction",
        remitted: "Remittances to the higher level",
        operatingSpending: "Business expenditure",
        affiliatedSubsidy: "Subsidies to affiliated units",
        total: "Total",
      },
    },
    quarters: {
      caption: (year) => r`Table 1-4 Budget execution by quarter, ${year}`,
      headers: ["Quarter", "Cumulative spending", "Time elapsed", "Execution rate"],
    },
  },
  written: (file, prompts) =>
    prompts
      ? `Wrote the draft report ${file}: ${prompts} prompts [To fill in: …] (shaded yellow) are for the unit to complete`
      : `Wrote the draft report ${file}`,
};
