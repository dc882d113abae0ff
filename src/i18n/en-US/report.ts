import { r } from "../runs";
import type { ReportWords } from "../zh-CN/report";

const QUARTERS = ["first", "second", "third", "fourth"];

export const report: ReportWords = {
  title: (unit, year) => [
    r`${unit}: `,
    r`Self-Evaluation of Overall Department Spending Performance, ${year}`,
  ],
  titleLine: 40,
  fileName: (stem) => `${stem}-self-evaluation.docx`,
  ask: {
    unit: "the unit's name",
    year: "the year evaluated",
    duties: "the unit's main duties",
    work: "the year's overall work and key tasks, one by one",
    adjustReason: (cut, amount, share) =>
      `why the budget was ${cut ? "cut" : "raised"} by ${amount} ten-thousand yuan (${share})`,
    overspent: "where the spending beyond the budget came from (other income, carry-over)",
    quartersAhead: (quarters) => `why spending in the ${quarters} quarter ran ahead of schedule`,
    goals: "the main goals of the unit's duties",
    performance: "what the unit did (workload, people served, results)",
    goalsTable:
      "the year's output, benefit and satisfaction targets, what was achieved, and why any fell short",
    deviation: (indicator) => `why “${indicator}” deviates from its target`,
    details: (what) => `the particulars of “${what}”`,
    satisfactionDetails: "how satisfaction was surveyed, the sample and the main findings",
    experience: "the main lessons and practices of performance management",
    measures: (area) => `the improvements in ${area}`,
    plans: "plans and suggestions for the coming year",
    changeReason: "the main reasons spending changed from last year",
    total: "the self-evaluation score (no indicator has data)",
    sources: "the initial income by source of funds",
    topics: {
      planning: "how the budget and the performance targets were prepared",
      finance: "whether spending and accounting were compliant, and any violations",
      projects: "project approval, execution and fund monitoring",
      assets: "how assets were allocated, kept and disposed of",
      rules: "the unit's financial, internal-control and performance rules and their enforcement",
    },
  },
  prompt: (what) => `[To fill in: ${what}]`,
  cellPrompt: "[To fill in]",
  preamble: (unit, year, framework) =>
    r`To strengthen the management of fiscal funds of ${unit} (“the unit”), make spending accountable and use funds efficiently, and in accordance with the Budget Law and the opinions on full implementation of budget performance management, the unit evaluated the performance of its overall spending in ${year} against the ${framework} and wrote this self-evaluation report.`,
  scoringTalk: /\d+(\.\d+)?分|填报|评分|扣分|得分|报告|\bpoints?\b|\bscored?\b|\breport/i,
  headings: {
    basics: "1. About the unit",
    duties: "1.1 Main duties",
    work: "1.2 Overall work and key tasks of the year",
    budget: (year) => r`1.3 The ${year} budget`,
    initial: "(1) Initial budget",
    adjustment: "(2) Budget adjustments",
    planning: "(3) Budget preparation and performance targets",
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
    goalsMet: "2.3 Performance targets achieved",
    results: "2.4 Performance",
    economy: "(1) Economy",
    efficiency: "(2) Efficiency",
    effectiveness: "(3) Effectiveness",
    fairness: "(4) Fairness",
    selfEvaluation: "3. How the self-evaluation was done",
    conclusion: "4. Overall evaluation and improvements",
    selfScore: "4.1 Conclusion",
    experience: "4.2 Lessons and practices",
    problems: "4.3 Problems and improvements",
    plans: "4.4 Plans and suggestions",
    use: "4.5 Use and disclosure of the results",
    scoring: "5. Indicator scores",
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
  fullStop: ". ",
  adjustedParts: (parts) => r`; of which ${parts}.`,
  adjustedPart: (name, amount, share) => r`${name} adjusted to ${amount} (${share})`,
  changes: (parts) => r`By use, the adjustment ${parts}.`,
  raised: (name, amount) => r`raised ${name} by ${amount}`,
  cut: (name, amount) => r`cut ${name} by ${amount}`,
  unchanged: (name) => `left ${name} unchanged`,
  adjustReason: (reason) => r`Reason for the adjustment: ${reason}.`,
  overspent: (over, source) =>
    r` Spending exceeded the adjusted budget by ${over} ten-thousand yuan, funded by ${source}.`,
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
    r`Execution by quarter: ${list} (execution rate = cumulative spending ÷ scheduled spending); see Table 1-4.`,
  quarter: (n, rate) => r`${QUARTERS[n - 1]} quarter ${rate}`,
  quarterNotComputed: (n, reason) => `${QUARTERS[n - 1]} quarter not computed (${reason})`,
  quartersAhead: (reason) => r` ${reason}.`,
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
  planning: {
    budgetAlignedWithDuties: [
      "The budget matches the unit's duties and the government's policies",
      "The budget's fit with the unit's duties and policies needs strengthening",
    ],
    budgetPrioritized: [
      "funds are allocated by the year's priorities",
      "the allocation does not fully follow the year's priorities",
    ],
    specialFundsDetailed: [
      "special funds are budgeted in reasonable detail",
      "special funds are not budgeted in enough detail",
    ],
    classificationAccurate: [
      "functional and economic classifications are accurate, with no large or frequent transfers",
      "classifications are not accurate enough, with many transfers during the year",
    ],
    allocationNotOssified: [
      "allocations are adjusted to circumstances",
      "allocations are ossified",
    ],
    indicatorsDecomposeTasks: [
      "indicators break the targets down into tasks",
      "indicators do not break the targets down enough",
    ],
    indicatorsIncludeBenefits: [
      "indicators include social, economic and ecological benefits",
      "benefit indicators are too few",
    ],
    indicatorsHaveValues: [
      "indicators have clear, measurable values",
      "some indicators lack clear, measurable values",
    ],
    indicatorsQuantified: ["indicators include quantified ones", "no indicator is quantified"],
    targetValuesJustified: ["target values are justified", "some target values lack justification"],
  },
  nonCompliant: (count) => r`${count} items do not comply with the finance bureau's budget rules`,
  noneNonCompliant: "the budget complies with the finance bureau's rules for the year",
  missingTargets: (count) => r`${count} performance targets were not submitted as required`,
  noMissingTargets:
    "The performance targets of the unit and its projects were submitted as required",
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
  reason: (reason) => `${reason}. `,
  staff: (authorized, onPayroll, rate) =>
    r`The unit has ${authorized} authorized positions (support staff included) and ${onPayroll} staff on payroll at year end: a payroll staff control rate of ${rate}. `,
  staffAsk: (what) => r`Staff: ${what}. `,
  contractStaff: (contract, rate) =>
    r`Contract and dispatched staff number ${contract}: a contract staff rate of ${rate}.`,
  kpiSummary: (count, aspects, met) =>
    r`The unit set ${count} KPIs of its own this year, covering ${aspects}; ${met} of them met or exceeded their targets (see 2.3).`,
  kpiNone: "How each performance target was met is set out in 2.3.",
  kpiTable: {
    caption: "Performance targets achieved",
    headers: ["Aspect", "Indicator", "Target", "Actual", "Completion", "Reason for deviation"],
  },
  kpiIntro: (count, deviations) =>
    r`The unit set ${count} KPIs (table below): ${deviations}, each explained in the table.`,
  kpiBelow: (n) => r`${n} completed below 100%`,
  kpiAbove: (n) => r`${n} above 130%`,
  kpiUnknown: (n) => r`${n} without a target or actual to compare`,
  kpiIntroMet: (count) =>
    r`The unit set ${count} KPIs (table below), each completed between 100% and 130%.`,
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
  satisfaction: (rate) => r`Public or client satisfaction was ${rate}. `,
  satisfactionPoints: (points) =>
    r`The satisfaction survey scored ${points} out of 100 (scored as ${points}%). `,
  petitionsAsk: (what) => r`Petitions: ${what}.`,
  petitions: (received, replied, onTime) =>
    r`The unit received ${received} petitions this year and replied to ${replied}, ${onTime} of them on time.`,
  selfScore: (year, total, grade) =>
    r`The unit's self-evaluation score for ${year} is ${total} points, grade “${grade}”.`,
  incomplete: (total, count, names) =>
    r`The scores the data supports add up to ${total} points; ${count} indicators (${names}) lack data, and their scores and the grade wait for it.`,
  fullMarks: (count, all) => r` Of ${all} indicators, ${count} scored full points`,
  allFullMarks: (all) => r` All ${all} indicators scored full points.`,
  totalNotes: (notes) => [
    { text: notes.map((n) => ` ${n[0].toUpperCase()}${n.slice(1)}.`).join("") },
  ],
  lostMarks: (count, names) =>
    r`; ${count} lost points (${names}): the problems and improvements are in 4.3.`,
  problem: (n, area, what) => `${n}. ${area}: ${what}.`,
  measures: (what) => r`Improvement: ${what}.`,
  noProblems: "Every indicator scored full points; no problem needs correcting.",
  shortOf: (name) => `“${name}” short of full points`,
  selfEvaluation: (framework, level1, indicators) =>
    r`The evaluation followed the ${framework}, indicator by indicator (${indicators} indicators under ${level1}). `,
  computedFrom: (computed) =>
    r`${computed} were scored by their criteria from the unit's budget, final accounts, assets and staff figures. `,
  decidedBy: (decided, names) =>
    r`${decided} (${names}) were scored by the evaluator, with reasons. `,
  evaluationEnd: "The figures scored are those of this report and its annexes.",
  use: "The unit will correct the problems found, use the results in managing and preparing future budgets, submit this report as the finance bureau requires and publish it with the final accounts.",
  useClassified:
    "The unit will correct the problems found, use the results in managing and preparing future budgets and submit this report as the finance bureau requires; as a classified unit it does not publish it.",
  scoring: (framework, total) =>
    r`Evaluated against the ${framework}, the unit scores ${total} points; the scores are in Attachment 1.`,
  scoringIncomplete: (framework, total) =>
    r`Evaluated against the ${framework}, the scores the data supports add up to ${total} points (some indicators lack data); the scores are in Attachment 1.`,
  attachments: (items) =>
    items.map((item, i) => `${i ? "            " : "Attachments: "}${i + 1}. ${item}`),
  attachmentLabel: (n) => `Attachment ${n}`,
  annexTitle: "Budget and execution tables",
  date: (year, month, day) =>
    `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
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
      "Deductions and corrections",
    ],
    total: "Total",
    grade: (grade) => `Grade: ${grade}`,
    noGrade: "Some indicators lack data: no grade yet",
    missing: (what) => `Lacks data: ${what}`,
    deducted: (what) => `Deductions: ${what}. Corrections: see “Problems and improvements”.`,
  },
  checks: {
    heading: (n) =>
      `Before drafting, settle these ${n} items (each settled removes prompts from the draft):`,
    none: "Nothing to settle first: every indicator is scored from data and the self-scores agree with it.",
    reportData: (labels) =>
      `The report lacks ${labels}: with them it states the comparisons and annex rows they feed, without them it leaves those out.`,
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
      ask: "the initial and adjusted budget by use (basic, project …)",
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
      headers: [
        "Quarter",
        "Cumulative spending",
        "Scheduled spending",
        "Time elapsed",
        "Execution rate",
      ],
      noteGiven:
        "Note: execution rate = cumulative spending ÷ scheduled spending. The rates are the unit's; the scheduled amounts follow from them.",
      noteComputed: (budget) =>
        r`Note: execution rate = cumulative spending ÷ scheduled spending; scheduled spending = adjusted budget ${budget} × time elapsed.`,
    },
    roundingNote:
      "Note: amounts are rounded to two decimals; a gap of a cent between the parts and the total is rounding.",
  },
  written: (file, prompts) =>
    prompts
      ? `Wrote the draft report ${file}: ${prompts} prompts [To fill in: …] (shaded yellow) are for the unit to complete`
      : `Wrote the draft report ${file}`,
};
