import { r, type Run } from "../runs";

/**
 * The 部门整体支出绩效自评报告 draft, organised as the published reports are (Longgang 2021, 深圳大学城
 * 图书馆 2024). Every figure arrives as a Run the report made from the scored data; what only the unit can
 * write is a prompt.
 */
type R = Run;
type Rs = Run[];

export const report = {
  /** The title in lines broken between phrases: the unit and year, then what the report is. */
  title: (unit: R, year: R) => [r`${unit}${year}年度`, r`部门整体支出绩效自评报告`],
  /** Characters of the 二号 title in one line of the 156 mm text block. */
  titleLine: 20,
  /** The file name offered for the draft. */
  fileName: (stem: string) => `${stem}-自评报告.docx`,
  ask: {
    unit: "单位名称",
    year: "评价年度",
    duties: "本单位主要职能（可摘自“三定”方案）",
    work: "年度总体工作和重点工作任务（逐项列出）",
    adjustReason: (cut: boolean, amount: string, share: string) =>
      `预算${cut ? "调减" : "调增"}${amount}万元（${share}）的原因`,
    overspent: "超出部分的资金来源（如其他收入、年初结转和结余）",
    quartersAhead: (quarters: string) => `${quarters}支出进度快于序时进度的原因`,
    goals: "主要履职目标",
    performance: "主要履职情况（工作量、服务对象、成果）",
    goalsTable: "年度绩效目标中产出、效益、满意度指标的年度指标值、实际完成值及偏差原因",
    deviation: (indicator: string) => `“${indicator}”偏差原因`,
    details: (what: string) => `${what}的具体情况`,
    satisfactionDetails: "满意度调查的方式、样本和主要结论",
    experience: "预算绩效管理工作的主要经验、做法",
    measures: (area: string) => `${area}方面的改进措施`,
    plans: "后续工作计划、相关建议",
    changeReason: "支出较上年变动的主要原因",
    total: "自评得分（各项指标均缺少数据）",
    sources: "年初预算收入按资金来源的构成",
    /** A matter none of whose questions is answered, asked as a whole. */
    topics: {
      planning:
        "预算编制和绩效目标管理情况（预算编制是否符合职责和要求、绩效目标和指标的编报设置）",
      finance: "资金支出、会计核算的规范性及有无违规支出",
      projects: "项目报批、实施和资金监管情况",
      assets: "资产配置、保管和处置情况",
      rules: "财务、内控和预算绩效管理制度的制定和执行情况",
    },
  },
  /** Prompt text around what is asked: 【请填写：…】. */
  prompt: (what: string) => `【请填写：${what}】`,
  cellPrompt: "【请填写】",
  preamble: (unit: R, year: R, framework: R) =>
    r`为加强${unit}（以下简称“本单位”）财政资金管理，强化支出责任，提高财政资金使用效益，根据《中华人民共和国预算法》《中共中央 国务院关于全面实施预算绩效管理的意见》等相关规定，本单位对${year}年度部门整体支出实施绩效自评，参照《${framework}》，形成本绩效自评报告。`,
  /**
   * Clauses of an evaluator's reason that speak of scores rather than of the unit (自评报告填报3分), left
   * out where the report states the reason as a fact.
   */
  scoringTalk: /\d+(\.\d+)?分|填报|评分|扣分|得分|报告/,
  headings: {
    basics: "一、部门（单位）基本情况",
    duties: "（一）部门主要职能",
    work: "（二）年度总体工作和重点工作任务",
    budget: (year: R) => r`（三）${year}年部门预算编制情况`,
    initial: "1. 部门整体支出年初预算安排",
    adjustment: "2. 部门整体支出预算调整情况",
    planning: "3. 预算编制和绩效目标管理情况",
    execution: (year: R) => r`（四）${year}年部门预算执行情况`,
    funds: "1. 预算资金执行情况",
    finance: "2. 财务管理情况",
    projects: "3. 项目管理情况",
    assets: "4. 资产管理情况",
    staff: "5. 人员规模控制情况",
    rules: "6. 管理制度制定情况",
    performance: "二、部门（单位）主要履职绩效分析",
    goals: "（一）主要履职目标",
    doings: "（二）主要履职情况",
    goalsMet: "（三）绩效目标完成情况",
    results: "（四）部门履职绩效情况",
    economy: "1. 经济性",
    efficiency: "2. 效率性",
    effectiveness: "3. 效果性",
    fairness: "4. 公平性",
    selfEvaluation: "三、自评工作开展情况",
    conclusion: "四、总体评价和整改措施",
    selfScore: "（一）自评结论",
    experience: "（二）预算绩效管理工作主要经验、做法",
    problems: "（三）部门整体支出绩效存在问题及改进措施",
    plans: "（四）后续工作计划、相关建议等",
    use: "（五）自评结果应用和公开",
    scoring: "五、部门整体支出绩效评价指标评分情况",
  },
  /** An amount as the report writes it after the figure. */
  wan: "万元",
  initialIncome: (year: R, total: R, sources: Rs) =>
    r`${year}年度，本单位年初预算收入${total}万元${sources}。`,
  sourcesIntro: "，其中",
  /** The sources of funds as a sentence names them. */
  sourceNames: {
    Fiscal: "一般公共预算财政拨款收入",
    GovFund: "政府性基金预算财政拨款收入",
    Superior: "上级补助收入",
    Business: "事业收入",
    Operating: "经营收入",
    Affiliated: "附属单位上缴收入",
    Other: "其他收入",
    Reserve: "用事业基金弥补收支差额",
    CarryOver: "年初结转和结余",
  },
  sourceShare: (name: string, amount: R, share: R) => r`${name}${amount}万元（占比${share}）`,
  initialSpending: (total: R, parts: Rs) => r`年初预算支出${total}万元${parts}。`,
  partsIntro: "，其中：",
  listSeparator: "、",
  clauseSeparator: "；",
  adjusted: (total: R, sources: Rs) => r`年度调整预算数为${total}万元${sources}`,
  adjustedSource: (name: string, amount: R) => r`${name}调整预算数为${amount}万元`,
  adjustedParts: (parts: Rs) => r`，其中：${parts}。`,
  fullStop: "。",
  adjustedPart: (name: string, amount: R, share: R) =>
    r`${name}预算调整为${amount}万元（占比${share}）`,
  changes: (parts: Rs) => r`部门整体支出预算调整后，按照支出用途，${parts}。`,
  raised: (name: string, amount: R) => r`调增了${name}${amount}万元`,
  cut: (name: string, amount: R) => r`调减了${name}${amount}万元`,
  unchanged: (name: string) => `${name}未调整`,
  adjustReason: (reason: R) => r`调整原因：${reason}。`,
  overspent: (over: R, source: R) =>
    r`支出决算超出调整预算数${over}万元，超出部分的资金来源为${source}。`,
  seeTables: "相关预算情况见附表1-1、表1-3。",
  budgetNames: {
    basic: "基本支出",
    personnel: "人员经费",
    dailyPublic: "日常公用经费",
    project: "项目支出",
  },
  executed: (year: R, budget: R, spent: R, rate: R) =>
    r`${year}年，本单位预算资金总额（调整预算数）为${budget}万元，支出决算为${spent}万元，预算执行率为${rate}。`,
  yearNames: { spending: "支出决算", basic: "基本支出", project: "项目支出" },
  versusLastYear: (name: string, now: R, up: boolean, diff: R, pct: R) =>
    up
      ? r`${name}${now}万元，比上年决算数增加${diff}万元，增长${pct}`
      : r`${name}${now}万元，比上年决算数减少${diff}万元，下降${pct}`,
  sameAsLastYear: (name: string, now: R) => r`${name}${now}万元，与上年决算数持平`,
  yearOnYear: (parts: Rs) => r`本年${parts}。`,
  changeReason: (what: R) => r`主要变动原因：${what}。`,
  quarters: (list: Rs) =>
    r`各季度预算执行率分别为：${list}（执行率 = 季度末累计支出 ÷ 序时进度支出额），见附表1-4。`,
  quarter: (n: number, rate: R) => r`第${["一", "二", "三", "四"][n - 1]}季度${rate}`,
  quarterNotComputed: (n: number, reason: string) =>
    `第${["一", "二", "三", "四"][n - 1]}季度未计算（${reason}）`,
  quartersAhead: (reason: R) => r`其中，${reason}。`,
  quarterName: (n: number) => `第${["一", "二", "三", "四"][n - 1]}季度`,
  procurement: (planned: R, actual: R, rate: R) =>
    r`政府采购计划金额${planned}万元，实际采购金额${actual}万元，政府采购执行率为${rate}。`,
  /** Stock sentences for the evaluator's yes/no answers, as the reports word them. */
  answers: {
    spendingCompliant: [
      "本单位资金支出规范，资金管理、费用标准、支付符合有关制度规定",
      "资金支出存在不规范的情况",
    ],
    accountingCompliant: ["会计核算规范", "会计核算存在不规范的情况"],
    seriousViolation: [
      "未发生超范围、超标准支出，虚列支出，截留、挤占、挪用资金等情况",
      "发生了超范围、超标准支出，虚列支出，截留、挤占、挪用资金等不符合制度规定的支出",
    ],
    projectApprovalCompliant: [
      "项目设立、调整均按规定履行报批程序",
      "项目设立、调整存在未按规定履行报批程序的情况",
    ],
    projectExecutionCompliant: [
      "项目招投标、建设、验收等环节严格执行制度规定",
      "项目招投标、建设、验收等环节存在执行制度不到位的情况",
    ],
    fundMonitoringEffective: [
      "建立了有效的资金管理和绩效运行监控机制并执行良好",
      "资金管理和绩效运行监控机制有待完善",
    ],
    supervisorInspectionEffective: [
      "主管部门对主管的财政资金开展了有效的检查、监控和督促整改",
      "主管部门对财政资金的检查、监控和督促整改有待加强",
    ],
    assetsSafeguarded: ["资产配置合理、保管完整、账实相符", "资产配置、保管或账实相符方面存在问题"],
    assetDisposalCompliant: [
      "资产处置规范，有偿使用及处置收入及时足额上缴",
      "资产处置或收入上缴存在不规范的情况",
    ],
    rulesEstablished: [
      "制定了财政资金管理、财务管理、内部控制等制度",
      "财政资金管理、财务管理、内部控制等制度尚不健全",
    ],
    rulesEnforced: ["上述制度得到有效执行", "上述制度执行不到位"],
    performanceRulesEstablished: [
      "制定了全面实施预算绩效管理的制度或工作方案",
      "尚未制定全面实施预算绩效管理的制度或工作方案",
    ],
    partly: (what: string) => `${what}（部分做到）`,
  },
  sentence: (clauses: Rs) => r`${clauses}。`,
  /** 预算编制合理性's five answers and 规范性's count, as the 部门决策 paragraph. */
  planning: {
    budgetAlignedWithDuties: [
      "部门预算编制、分配符合本部门职责和党委政府方针政策、工作要求",
      "部门预算编制、分配与本部门职责或工作要求的衔接有待加强",
    ],
    budgetPrioritized: [
      "预算资金根据年度工作重点在不同项目、不同用途之间合理分配",
      "预算资金在不同项目、不同用途之间的分配未充分体现年度工作重点",
    ],
    specialFundsDetailed: [
      "专项资金预算编制细化程度合理",
      "专项资金预算编制细化程度不足，年中调剂导致预决算差异较大",
    ],
    classificationAccurate: [
      "功能分类和经济分类编制准确，年度中间未发生大量或频繁调剂",
      "功能分类和经济分类编制不够准确，年度中间存在较多调剂",
    ],
    allocationNotOssified: [
      "预算分配未固化，能根据实际情况合理调整",
      "预算分配存在固化情况，个别执行慢、绩效差的项目仍连年安排预算",
    ],
    indicatorsDecomposeTasks: [
      "绩效指标将整体绩效目标细化分解为具体工作任务",
      "绩效指标对整体绩效目标的细化分解不够",
    ],
    indicatorsIncludeBenefits: [
      "绩效指标包含体现履职效果的社会、经济、生态效益指标",
      "绩效指标中体现履职效果的效益指标不足",
    ],
    indicatorsHaveValues: [
      "绩效指标具有清晰、可衡量的指标值",
      "部分绩效指标缺乏清晰、可衡量的指标值",
    ],
    indicatorsQuantified: ["绩效指标包含可量化的指标", "绩效指标缺少可量化的指标"],
    targetValuesJustified: ["目标值测算有依据、符合客观实际", "部分目标值的测算依据不足"],
  },
  nonCompliant: (count: R) => r`经对照财政部门当年度预算编制要求，发现不符合要求的事项${count}项`,
  noneNonCompliant: "部门预算编制符合财政部门当年度关于预算编制的各项原则和要求",
  missingTargets: (count: R) => r`未按要求编报或不符合要求的绩效目标${count}项`,
  noMissingTargets: "按要求编报了部门整体和项目绩效目标",
  aside: (what: R) => r`（${what}）`,
  disclosure: {
    budget: {
      完全: "部门预算已按规定内容、时限和范围公开",
      部分: "部门预算已公开，但存在不符合时限、内容或范围要求的情况",
      未公开: "部门预算尚未公开",
    },
    finalAccounts: {
      完全: "部门决算已按规定内容、时限和范围公开",
      部分: "部门决算已公开，但存在不符合时限、内容或范围要求的情况",
      未公开: "部门决算尚未公开",
    },
    classified: "本单位为涉密单位，按规定不需要公开相关预决算信息",
  },
  assets: (year: R, total: R, inUse: R, rate: R) =>
    r`截至${year}年12月31日，本单位固定资产原值${total}万元，其中在用固定资产原值${inUse}万元，固定资产利用率为${rate}。`,
  netAssets: (fixed: R, intangible: R) =>
    r`固定资产净值${fixed}万元，无形资产净值${intangible}万元。`,
  reason: (reason: string) => `${reason}。`,
  staff: (authorized: R, onPayroll: R, rate: R) =>
    r`本单位核定编制（含工勤）${authorized}人，年末实有在编人员${onPayroll}人，财政供养人员控制率为${rate}。`,
  staffAsk: (what: R) => r`人员情况：${what}。`,
  contractStaff: (contract: R, rate: R) =>
    r`编外人员（含劳务派遣、直接聘用）${contract}人，编外人员控制率为${rate}。`,
  kpiSummary: (count: R, aspects: string, met: R) =>
    r`本年度共设置个性化绩效指标${count}项，覆盖${aspects}，其中${met}项达到或超过目标值，各项指标完成情况见本报告二（三）。`,
  kpiNone: "各项绩效指标的完成情况见本报告二（三）。",
  kpiTable: {
    caption: "个性化绩效指标完成情况",
    headers: ["方面", "指标", "年度指标值", "实际完成值", "完成率", "偏差原因"],
  },
  kpiIntro: (count: R, deviations: Rs) =>
    r`本年度共设置个性化绩效指标${count}项（见下表），其中${deviations}，偏差原因在表中逐项说明。`,
  kpiBelow: (n: R) => r`完成率低于100%的${n}项`,
  kpiAbove: (n: R) => r`完成率高于130%的${n}项`,
  kpiUnknown: (n: R) => r`缺少指标值或完成值、无法计算完成率的${n}项`,
  kpiIntroMet: (count: R) =>
    r`本年度共设置个性化绩效指标${count}项（见下表），各项指标完成率均在100%至130%之间。`,
  sanGong: (year: R, budget: R, actual: R, rate: R) =>
    r`${year}年“三公”经费预算${budget}万元，当年度实际支出${actual}万元，“三公”经费控制率为${rate}。`,
  sanGongItems: (items: Rs) => r`其中，${items}。`,
  sanGongItem: (name: string, budget: R, actual: R, share: R) =>
    r`${name}预算数${budget}万元，当年度实际支出${actual}万元，占预算数的${share}`,
  sanGongItemNames: {
    Abroad: "因公出国（境）费",
    VehiclePurchase: "公务用车购置费",
    VehicleRunning: "公务用车运行维护费",
    Reception: "公务接待费",
  },
  dailyPublic: (actual: R, budget: R, rate: R) =>
    r`同时，当年度日常公用经费支出决算${actual}万元，日常公用经费调整预算数为${budget}万元，日常公用经费控制率为${rate}。`,
  efficiency: (budget: R, spent: R, rate: R) =>
    r`本单位年度预算资金总额为${budget}万元，实际支出${spent}万元，预算执行率为${rate}。`,
  timeliness: (planned: R, onTime: R, rate: R) =>
    r`计划完成项目${planned}个，按计划时间完成${onTime}个，项目完成及时率为${rate}。`,
  keyTasks: (missed: R) => r`年度重点工作中未完成${missed}项。`,
  keyTasksAllDone: "年度重点工作均已完成。",
  satisfaction: (rate: R) => r`公众或服务对象满意度为${rate}。`,
  /** A satisfaction the survey gives as a 百分制 score, and the percentage it is scored as. */
  satisfactionPoints: (points: R) =>
    r`公众或服务对象满意度调查得分为${points}分（百分制，按${points}%计分）。`,
  petitionsAsk: (what: R) => r`群众信访办理情况：${what}。`,
  petitions: (received: R, replied: R, onTime: R) =>
    r`当年度收到群众信访${received}件，已办理回复${replied}件，其中按期办理回复${onTime}件。`,
  selfScore: (year: R, total: R, grade: R) =>
    r`经自评，本单位${year}年度部门整体支出绩效自评得分为${total}分，评分等级为“${grade}”。`,
  incomplete: (total: R, count: R, names: string) =>
    r`按已有数据计算的得分合计为${total}分，尚有${count}项指标（${names}）缺少数据，须补齐数据后确定得分和等级。`,
  fullMarks: (count: R, all: R) => r`${all}项三级指标中，${count}项得满分`,
  allFullMarks: (all: R) => r`${all}项三级指标均得满分。`,
  totalNotes: (notes: string[]): Run[] => [{ text: notes.map((n) => `${n}。`).join("") }],
  lostMarks: (count: R, names: string) =>
    r`，${names}${count}项有扣分，存在的问题及改进措施见本部分（三）。`,
  problem: (n: number, area: string, what: string) => `${n}. ${area}方面：${what}。`,
  measures: (what: R) => r`改进措施：${what}。`,
  noProblems: "各项指标均得满分，未发现需要整改的问题。",
  /** A deduction with no cause the data states (an evaluator's lower score without a reason). */
  shortOf: (name: string) => `“${name}”未达到满分标准`,
  selfEvaluation: (framework: R, level1: R, indicators: R) =>
    r`本次自评参照《${framework}》，从${level1}等方面，对${indicators}项三级指标逐项评价。`,
  computedFrom: (computed: R) =>
    r`其中${computed}项指标按评分标准由本单位预算、决算、资产、人员等基础数据计算得分。`,
  decidedBy: (decided: R, names: string) =>
    r`${names}${decided}项指标由评价人结合实际情况确定得分并说明理由。`,
  evaluationEnd: "评分所用数据与本报告及附件所列数据一致。",
  use: "本单位将针对自评发现的问题逐项落实整改，并将自评结果作为改进预算管理、编制以后年度预算的重要参考；自评报告按财政部门要求报送，并按规定随部门决算向社会公开。",
  useClassified:
    "本单位将针对自评发现的问题逐项落实整改，并将自评结果作为改进预算管理、编制以后年度预算的重要参考；自评报告按财政部门要求报送，本单位为涉密单位，按规定不向社会公开。",
  scoring: (framework: R, total: R) =>
    r`参照《${framework}》进行自评，自评得分为${total}分，评分情况见附件1。`,
  scoringIncomplete: (framework: R, total: R) =>
    r`参照《${framework}》进行自评，按已有数据计算的得分合计为${total}分（部分指标缺少数据），评分情况见附件1。`,
  /** 附件说明 after the text, then the signature: GB/T 9704's order. */
  attachments: (items: string[]) => [
    `附件：1. ${items[0]}`,
    ...items.slice(1).map((item, i) => `${"\u3000".repeat(3)}${i + 2}. ${item}`),
  ],
  attachmentLabel: (n: number) => `附件${n}`,
  annexTitle: "部门整体支出预算及执行情况附表",
  date: (year: number, month: number, day: number) => `${year}年${month}月${day}日`,
  scoreTable: {
    caption: "部门整体支出绩效评价指标评分表",
    headers: [
      "一级指标",
      "二级指标",
      "三级指标",
      "分值",
      "指标说明",
      "参考评分标准",
      "得分",
      "扣分情况及整改情况说明",
    ],
    total: "合计",
    grade: (grade: string) => `评分等级：${grade}`,
    noGrade: "部分指标缺少数据，暂不定级",
    missing: (what: string) => `缺少数据：${what}`,
    deducted: (what: string) =>
      `扣分情况：${what}。整改情况：见正文“部门整体支出绩效存在问题及改进措施”。`,
  },
  /** What the clerk settles before drafting: shown by the command and the pane. */
  checks: {
    heading: (n: number) => `起草报告前请先处理以下 ${n} 项（处理后报告中的相应提示会减少）：`,
    none: "没有需要先处理的事项：各项指标均已按数据计分，自评得分与数据一致。",
    reportData: (labels: string) =>
      `报告用数据缺少${labels}：补齐后报告可写出相应的对比和附表内容，否则这些内容从报告中略去。`,
  },
  unitLine: "单位：万元",
  tables: {
    sources: {
      caption: "表1-1 部门整体支出预算资金来源与调整情况",
      headers: ["支出预算资金来源", "年初预算数", "调整预算数"],
      rows: {
        Fiscal: "一、一般公共预算财政拨款收入",
        GovFund: "二、政府性基金预算财政拨款收入",
        Superior: "三、上级补助收入",
        Business: "四、事业收入",
        Operating: "五、经营收入",
        Affiliated: "六、附属单位上缴收入",
        Other: "七、其他收入",
        subtotal: "本年收入合计",
        Reserve: "用事业基金弥补收支差额",
        CarryOver: "年初结转和结余",
        total: "总计",
      },
    },
    functional: {
      caption: "表1-2 部门整体支出构成与调整情况（按支出功能分类）",
      headers: ["支出功能分类", "年初预算数", "调整预算数", "部门决算数"],
      total: "总计",
      ask: "按支出功能分类（类级科目）的年初预算数、调整预算数和部门决算数",
    },
    uses: {
      caption: "表1-3 部门整体支出构成与调整情况（按支出用途）",
      headers: ["支出性质", "年初预算数", "调整预算数"],
      ask: "按支出用途（基本支出、项目支出等）的年初预算数和调整预算数",
      rows: {
        basic: "一、基本支出",
        personnel: "人员经费",
        dailyPublic: "日常公用经费",
        project: "二、项目支出",
        capitalProject: "其中：基本建设类项目",
        remitted: "三、上缴上级支出",
        operatingSpending: "四、经营支出",
        affiliatedSubsidy: "五、对附属单位补助支出",
        total: "总计",
      },
    },
    quarters: {
      caption: (year: R) => r`表1-4 ${year}年度各季度预算执行情况`,
      headers: ["季度", "季度末累计支出", "序时进度支出额", "序时进度", "执行率"],
      /** The schedule amount a given rate implies, and the one the budget gives. */
      noteGiven:
        "注：执行率 = 季度末累计支出 ÷ 序时进度支出额。执行率为单位填报数，序时进度支出额据此推算。",
      noteComputed: (budget: R) =>
        r`注：执行率 = 季度末累计支出 ÷ 序时进度支出额，序时进度支出额 = 调整预算数${budget}万元 × 序时进度。`,
    },
    /** Below a table whose rounded parts miss its total by a cent or two. */
    roundingNote: "注：表中金额按万元保留两位小数，分项之和与合计之间的尾差系四舍五入所致。",
  },
  /** What the command and the pane say about the draft. */
  written: (file: string, prompts: number) =>
    prompts
      ? `已生成自评报告初稿 ${file}：其中 ${prompts} 处【请填写】提示（黄色底纹）需由本单位补充`
      : `已生成自评报告初稿 ${file}`,
};

export type ReportWords = typeof report;
