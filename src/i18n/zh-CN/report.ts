import { r, type Run } from "../runs";

/**
 * The 部门整体支出绩效自评报告 draft, organised as the published reports are (Longgang 2021, 深圳大学城
 * 图书馆 2024). Every figure arrives as a Run the report made from the scored data; what only the unit can
 * write is a prompt.
 */
type R = Run;
type Rs = Run[];

export const report = {
  title: (unit: R, year: R) => r`${unit}${year}年度部门整体支出绩效自评报告`,
  /** The file name offered for the draft. */
  fileName: (stem: string) => `${stem}-自评报告.docx`,
  ask: {
    unit: "单位名称",
    year: "评价年度",
    basis: "开展自评所依据的法规和财政部门通知",
    duties: "本单位主要职能（可摘自“三定”方案）",
    overallWork: "年度总体工作",
    keyWork: "年度重点工作任务（逐项列出）",
    adjustReason: "预算调整的原因",
    targetsManagement: "纳入预算绩效管理的项目、涉及金额及绩效目标设置情况",
    rulesNames: "本单位已制定的财务、内控、项目管理等制度名称",
    goals: "主要履职目标",
    performance: "主要履职情况（工作量、服务对象、成果）",
    effects: "履职效果的其他说明",
    satisfactionDetails: "满意度调查的方式、样本和主要结论",
    experience: "预算绩效管理工作的主要经验、做法",
    measures: (indicator: string) => `针对“${indicator}”扣分的改进措施`,
    plans: "后续工作计划、相关建议",
    changeReason: "支出较上年变动的主要原因",
    total: "自评得分（各项指标均缺少数据）",
    sources: "年初预算收入按资金来源的构成（表1-1）",
  },
  /** Prompt text around what is asked: 【请填写：…】. */
  prompt: (what: string) => `【请填写：${what}】`,
  preamble: (unit: R, year: R, basis: R, framework: R) =>
    r`为加强${unit}（以下简称“本单位”）财政资金管理，强化支出责任，提高财政资金使用效益，根据${basis}等相关规定，本单位组织评价小组对${year}年度部门整体支出实施绩效自评，参照《${framework}》，形成本绩效自评报告。`,
  headings: {
    basics: "一、部门（单位）基本情况",
    duties: "（一）部门主要职能",
    work: "（二）年度总体工作和重点工作任务",
    overallWork: "1. 年度总体工作",
    keyWork: "2. 年度重点工作",
    budget: (year: R) => r`（三）${year}年部门预算编制情况`,
    initial: "1. 部门整体支出年初预算安排",
    adjustment: "2. 部门整体支出预算调整情况",
    targets: "3. 绩效目标管理情况",
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
    results: "（三）部门履职绩效情况",
    economy: "1. 经济性",
    efficiency: "2. 效率性",
    effectiveness: "3. 效果性",
    fairness: "4. 公平性",
    conclusion: "三、总体评价和整改措施",
    selfScore: "（一）自评结论",
    experience: "（二）预算绩效管理工作主要经验、做法",
    problems: "（三）部门整体支出绩效存在问题及改进措施",
    plans: "（四）后续工作计划、相关建议等",
    scoring: "四、部门整体支出绩效评价指标评分情况",
    annex: "附表",
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
  adjustedPart: (name: string, amount: R, share: R) =>
    r`${name}预算调整为${amount}万元（占比${share}）`,
  changes: (parts: Rs) => r`部门整体支出预算调整后，按照支出用途，${parts}。`,
  raised: (name: string, amount: R) => r`调增了${name}${amount}万元`,
  cut: (name: string, amount: R) => r`调减了${name}${amount}万元`,
  unchanged: (name: string) => `${name}未调整`,
  adjustReason: (reason: R) => r`调整原因：${reason}。`,
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
    r`各季度预算执行率分别为：${list}（执行率 = 季度末累计支出占全年预算的比例 ÷ 序时进度），见附表1-4。`,
  quarter: (n: number, rate: R) => r`第${["一", "二", "三", "四"][n - 1]}季度${rate}`,
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
  staff: (authorized: R, onPayroll: R, rate: R) =>
    r`本单位核定编制（含工勤）${authorized}人，年末实有在编人员${onPayroll}人，财政供养人员控制率为${rate}。`,
  contractStaff: (contract: R, rate: R) =>
    r`编外人员（含劳务派遣、直接聘用）${contract}人，编外人员控制率为${rate}。`,
  kpiSummary: (count: R, aspects: string, met: R) =>
    r`本年度共设置个性化绩效指标${count}项，覆盖${aspects}，其中${met}项达到或超过目标值。`,
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
  kpi: (n: number, name: string, target: R, actual: R, rate: R) =>
    r`（${String(n)}）${name}：目标值${target}，实际完成${actual}，完成率${rate}。`,
  kpiTarget: "的目标值",
  kpiActual: "的实际完成值",
  kpiRate: "的完成率",
  satisfaction: (rate: R) => r`公众或服务对象满意度为${rate}。`,
  petitions: (received: R, replied: R, onTime: R) =>
    r`当年度收到群众信访${received}件，已办理回复${replied}件，其中按期办理回复${onTime}件。`,
  selfScore: (year: R, total: R, grade: R) =>
    r`经自评，本单位${year}年度部门整体支出绩效自评得分为${total}分，评分等级为“${grade}”。`,
  incomplete: (total: R, count: R) =>
    r`按已有数据计算的得分合计为${total}分，尚有${count}项指标缺少数据，得分须由评价人确定后再定等级。`,
  deductionsIntro: "扣分情况如下：",
  deduction: (name: string, max: R, score: R, note: string) =>
    r`${name}（${max}分）得${score}分，${note}。`,
  noDeductions: "各项指标均得满分。",
  unscored: (name: string, max: R, missing: string) => r`${name}（${max}分）缺少数据：${missing}。`,
  problem: (name: string, score: R, lost: R, note: string) =>
    r`存在的问题：${name}得${score}分，扣${lost}分（${note}）。`,
  measures: (what: R) => r`改进措施：${what}。`,
  noProblems: "各项指标均得满分，未发现需要整改的问题。",
  scoring: (framework: R, total: R) =>
    r`参照《${framework}》（见下表）进行自评，自评得分为${total}分。`,
  scoringIncomplete: (framework: R, total: R) =>
    r`参照《${framework}》（见下表）进行自评，按已有数据计算的得分合计为${total}分（部分指标缺少数据）。`,
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
      "扣分情况说明",
    ],
    total: "合计",
    grade: (grade: string) => `评分等级：${grade}`,
    noGrade: "部分指标缺少数据，暂不定级",
    scoreOf: "得分",
    missing: (what: string) => `缺少数据：${what}`,
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
      headers: ["季度", "季度末累计支出", "序时进度", "执行率"],
    },
  },
  /** What the command and the pane say about the draft. */
  written: (file: string, prompts: number) =>
    prompts
      ? `已生成自评报告初稿 ${file}：其中 ${prompts} 处【请填写】提示（黄色底纹）需由本单位补充`
      : `已生成自评报告初稿 ${file}`,
};

export type ReportWords = typeof report;
