import { quote } from "../quote";
/** The words of the sheets the add-in writes (score sheet, template), of their cells' prompts, and of sources. */
export const sheets = {
  /** The figures of the unit's tables the audit compares. */
  auditParts: {
    budget: (item: string) => `预算数的${quote(item)}`,
    actual: (item: string) => `决算数的${quote(item)}`,
    total: "“三公”经费合计",
    abroad: "因公出国（境）费",
    car: "公务用车购置及运行费",
    purchase: "公务用车购置费",
    running: "公务用车运行费",
    reception: "公务接待费",
    incomeTotal: "收入总计",
    spendingTotal: "支出总计",
    basicSpending: "基本支出",
    personnel: "人员经费合计",
    publicExpense: "公用经费合计",
    spendingThisYear: "本年支出合计",
    spendingInTotalTable: "收入支出决算总表的本年支出合计",
  },
  names: { template: "绩效基础数据", score: "绩效自评评分表" },
  /** The scored copy of a workbook: X.xlsx → X-评分表.xlsx (a macro-enabled X.xlsm → X-评分表.xlsm). */
  scoredFile: (stem: string, ext = ".xlsx") => `${stem}-评分表${ext}`,
  /** Answers written into cells; the core reads these words in every language. */
  answers: { yes: "是", no: "否" },

  score: {
    title: (unit: string, year: string) =>
      `${unit}${year ? `${year}年度` : ""}部门整体支出绩效自评评分表`,
    basis: (framework: string, mode: string) => `依据：${framework}\u3000\u3000计分方式：${mode}`,
    modes: {
      live: "实时公式（PERF 自定义函数，随数据自动更新）",
      portable: "Excel 原生公式（无需加载项即可重算）",
      values: "数值（不含公式）",
    } as Record<string, string>,
    level1: "一级指标",
    level2: "二级指标",
    indicator: "三级指标",
    name: "名称",
    points: "分值",
    description: "指标说明",
    criteria: "参考评分标准",
    score: "得分情况",
    note: "扣分情况及整改情况说明",
    computed: "数据计算得分",
    total: "总得分",
    grade: "评分等级",
    allScored: (n: number) => `全部${n}项已计分`,
    /** Also said by a formula, with `n` worked out in the cell. */
    unscored: (n: string) => `${n}项未计分，总分不完整`,
    /** Also said by a formula, with `n` worked out in the cell. */
    ownOnly: (n: string) => `（其中${n}项缺少数据，得分由评价人确定）`,
    notComputed: "—",
    notApplicable: "不适用",
    scaled: "不适用的指标不参与评分，总分按百分制折算",
    capped: (label: string) => `${label}低于要求，总分按上限计`,
    capUnknown: (label: string) => `缺少${label}的数据，总分是否受上限限制尚不能确定`,
    continued: (name: string) => `${name}\n（续）`,
    legend: (column: string) =>
      `说明：“数据计算得分”是按“计分依据数据”和参考评分标准算出的得分；“得分情况”中粉底加粗的是评价人确定的得分（自评得分），与数据计算得分不同时列入审计发现；“—”表示缺少数据、未能计算。计分依据数据在本表右侧（${column} 列起），每项注明来源单元格，供在屏幕上核对，不打印。`,
    noGrade: "暂不评级",
    gradeBand: (min: number, grade: string) => `≥${min} ${grade}`,
    gradeBelow: (min: number, grade: string) => `<${min} ${grade}`,
    bands: (bands: string[]) => bands.join("，"),
    findings: (n: number) => `审计发现（${n}项）`,
    frameworkNotes: (n: number) => `指标体系原表说明（${n}项，照原文保留，不影响单位得分）`,
    footer: "第 &P 页，共 &N 页",
  },
  block: {
    title: "计分依据数据（评分公式引用此处，数值随来源单元格更新）",
    headers: ["输入项", "数值", "单位", "数据来源"],
    keyHeader: "键名",
    notFound: "未找到",
    kpiTitle: "个性化绩效指标（效果性）",
    kpiHelpers: ["完成率", "计入权重"],
    ownTitle: "评价人自评得分",
    ownHeaders: ["三级指标", "自评得分", "自评理由"],
  },
  /** Where a value came from, for the data block and the findings. */
  source: {
    name: (name: string, cell: string) => `名称 ${name}（${cell}）`,
    template: (cell: string) => `基础数据表 ${cell}`,
    label: (cell: string) => `报表标签 ${cell}`,
    labels: (labels: string, confidence: string) => `${labels}，可信度${confidence}`,
    converted: (unit: string) => `原单位${unit}，已换算为万元`,
    recalc: (cell: string) => `需重新计算：${cell}`,
    ambiguous: (n: number) => `${n}处数值不一致，未采用`,
    conflicts: (n: number) => `另有${n}处不一致`,
    table: (title: string) => `表${quote(title)}`,
    /** Why a reading that breaks a relation with another input was not used. */
    doubt: {
      exceeds: (other: string) => `大于${other}，未采用`,
      below: (other: string) => `小于${other}，未采用`,
      overBudget: (other: string) => `超过${other}，未采用`,
      budgetBelow: (other: string) => `低于${other}，未采用`,
      routes: (other: string, otherValue: string) =>
        `与按${other}算得的${otherValue}不一致，未采用`,
    },
    details: (how: string, extra: string[]) => `${how}（${extra.join("；")}）`,
    value: (v: string) => `${quote(v)}`,
    blank: "空白",
    valueAt: (where: string, value: string) => `${where}为${value}`,
  },
  template: {
    title: "部门整体支出绩效评价基础数据表",
    guide:
      "填写说明：把“数值”列的“缺少”换成数字，或换成指向本单位报表的公式（如 ='表1-3 支出'!C7）；判断项填“是”/“否”或部分得分。" +
      "“缺少”或空白表示缺少数据，该项不计分（不会按0分计）；暂时没有的数据请保留“缺少”，不要清空（Excel 桌面版把空白单元格当作0传给 PERF 函数）。" +
      "“键名”列供计分使用，请勿修改。",
    unit: "单位名称",
    year: "评价年度",
    inputsSection: "一、基础数据",
    inputHeaders: ["序号", "三级指标", "输入项", "单位", "数值", "数据来源 / 说明", "键名"],
    kpiSection: "二、个性化绩效指标（效果性，至少覆盖三个方面）",
    kpiHeaders: ["方面", "指标名称", "目标值", "实际值", "方向", "权重"],
    overridesSection: "三、评价人自评得分（与数据计算不一致时须写明理由）",
    overrideHeaders: ["三级指标", "分值", "自评得分", "理由"],
    functionalSection: "五、按支出功能分类（自评报告表1-2，不计分）",
    functionalHeaders: ["功能分类（类）", "年初预算数", "调整预算数", "部门决算数"],
    reportSection:
      "四、自评报告数据（不计分，用于生成自评报告；未填写的，报告中留作【请填写】提示）",
    judgementNote: "评价人判断：是/否，或部分得分",
    /** The note beside a figure adopted in the task pane: where it was taken from; read back by its mark. */
    adoptedMark: "采用：",
    adoptedNote: (cell: string, unit?: string) =>
      `采用：${cell}${unit ? `（原单位${unit}，已换算为万元）` : ""}`,
    yesNoNote: "是 / 否",
  },
  validation: {
    errorTitle: "请检查输入",
    pick: (options: string[]) => `请选择：${options.join("、")}`,
    between: (min: number, max: number) => `请输入 ${min} 至 ${max} 之间的数`,
    atLeast: (min: number) => `请输入不小于${min}的数`,
    promptTitle: "填写说明",
    judgement: "是 / 否，或部分得分",
    aspects: (aspects: string[]) => aspects.join("、"),
    directions: ">= 越大越好，<= 越小越好",
    weight: "权重，空白按1计",
    ownScore: (points: number) => `0–${points}分，须在右侧写明理由`,
  },
  /** A workbook with nothing to score: why, what to do, and what to fill in by indicator. */
  noInputs: {
    summary:
      "工作簿中没有找到计分数据：既没有以 PERF_ 开头的名称，“绩效基础数据”表中也没有填写数值。",
    hint: "请在工作簿中加入“绩效基础数据”表（Excel 任务窗格中的“创建“绩效基础数据”表”按钮，或 perf-score template 写出的表），填写以下各项后再计分：",
    line: (indicator: string, inputs: string[]) =>
      `${indicator}：${inputs.map((x) => `${quote(x)}`).join("、")}`,
  },
};

export type SheetWords = typeof sheets;
