import { quote } from "../quote";
/** Sentences that only cell functions need; the rules' own sentences are the core's. */
export const functions = {
  badFramework: (why: string) => `工作簿保存的指标体系无法读取：${why}`,
  unknownIndicator: (name: string) => `${quote(name)}不是三级指标名称（例如“公用经费控制率”）`,
  shapeMismatch: (keys: number, values: number) =>
    `键名区域有${keys}个单元格，数值区域有${values}个，两者应一样多`,
  badQuarter: (raw: string) => `季度应为1、2、3或4（${raw}）`,
  emptyKpiTable: () => "个性化绩效指标表为空（每行：方面、名称、目标值、实际值、方向、权重）",
  kpiZeroPair: (name: string) =>
    `个性化绩效指标${quote(name)}的目标值和实际值都是0：桌面版 Excel 把空白单元格作为0传给函数，无法判断是否已填写。` +
    `如确为0，请输入文字 0（先输入半角单引号：'0）`,
  blankTargetRow: () =>
    "年度指标值和实际完成值都是0：桌面版 Excel 把空白单元格作为0传给函数，无法判断是否已填写。如确为0，请输入文字 0（'0）",
  unknownRules: (id: string) =>
    `没有自评表评分规则“${id}”（如 national-2020-project、sichuan-2023-project、hubei-2020-project、yitihua-project）`,
  badPoints: (raw: string) => `分值应为大于0、不超过10000的数字（${raw}）`,
  pointsShape: () => "分值区域应为一个数字，或与判断区域同样多的单元格",
  item: (n: number) => `第${n}项`,
  missingTotal: () => "缺少总得分",
  ruleLabels: {
    control: "控制率",
    adjust: "资金调整、调剂比例",
    exec: "预算执行率",
  },
  /** What a function's own parameters are called in its messages. */
  params: {
    actual: "实际支出数",
    budget: "预算数",
    spent: "季度末累计支出",
    quarter: "季度",
    count: "项数",
  },
  /** How an input the function reads is answered, after its label in Excel's help. */
  answerHints: {
    judgement: "：是/否，或部分得分",
    flag: "：是/否",
    percent: "：93.95%、0.9395 或 93.95 均可",
    choice: (options: string[]) => `：${options.join("/")}`,
  },
  /** Excel's help for the parameters that are the function's own, not an input of the framework. */
  paramHelp: {
    nature: "指标性质：≥、≤、= 或 定性；空白时按年度指标值中的符号，无符号按 ≥",
    targetValue: "年度指标值，如 ≥95%、≤30天、100人次（或数字）",
    actualValue: "实际完成值，与年度指标值同一单位",
    rowPoints: "该指标的分值",
    evaluatorScore: "定性指标：评价人给出的得分（须在完成情况对应的档次区间内）；定量指标不填",
    selfEvalRules:
      "自评表评分规则编号（可选），默认 national-2020-project；另有 sichuan-2023-project、hubei-2020-project、yitihua-project 等",
    fundsBudget: "全年预算数（万元）",
    fundsSpent: "全年执行数（万元）",
    targetRows:
      "指标区域，每行：指标性质、年度指标值、实际完成值、分值、得分（定性指标由评价人填写）",
    actual: "实际支出数，如“三公”经费实际支出数、日常公用经费决算数",
    budget: "预算数，如“三公”经费预算安排数、日常公用经费调整预算数",
    annualBudget: "部门预算总额（全年）",
    cumulativeSpent: "该季度末累计支出（与预算同一单位）",
    quarter: "季度：1、2、3 或 4",
    defaultPoints: (points: string) => `满分，默认${points}分`,
    fullPoints: "满分",
    kpiRange:
      "指标表区域，每行：方面、名称、目标值、实际值、方向（>= 或 <=）、权重（可空，默认1）；可含标题行",
    judgements: "判断区域：是/否，或0至该项分值之间的得分",
    itemPoints: "各项分值：一个数字（各项相同）或与判断区域同样多的单元格",
    count: "扣分项数",
    per: "每项扣分",
    indicator: "三级指标名称，如“公用经费控制率”",
    keys: "输入项键名或中文名称所在区域",
    values: "与键名一一对应的数值区域",
    kpiTable: "效果性指标的个性化绩效指标表（可选）",
    framework:
      "工作簿保存的指标体系所在区域（可选，评分表自动填写；不填时按内置的龙岗区2021年指标体系）",
    total: "总得分",
  },
  /** Excel's help for each function, by its id. */
  descriptions: {
    TARGETROW:
      "绩效自评表一行的得分（财预〔2020〕10号）：达到年度指标值得满分，未达到按完成值÷指标值（≤ 指标按指标值÷完成值）× 分值；定性指标核对评价人得分所在档次。保留两位小数。",
    SELFEVAL:
      "整张绩效自评表的总分：预算执行率 × 执行分值（不超过分值）加各指标得分，按规则封顶。缺少数据时返回 #N/A。",
    CONTROLRATE:
      "控制率 = 实际支出数 ÷ 预算数，返回小数（单元格设为百分比格式即显示为 36.18%）。预算数为0时返回 #DIV/0!。",
    EXECRATE: "季度预算执行率 = (季度末累计支出 ÷ 全年预算) ÷ (25% × 季度)，返回小数，可超过100%。",
    ADJUSTRATE: "资金调整、调剂比例 = 调整、调剂资金累计数 ÷ 部门预算总规模，返回小数。",
    CONTROLSCORE:
      "控制率得分（公用经费控制率的一半）：控制率<90%得满分，90%–100%（含）得满分的三分之二，>100%得0分。",
    PROCUREMENTSCORE:
      "政府采购执行情况得分（2分）：执行率×1分（实际大于计划得0分）+ 政策功能落实（1分）。",
    ADJUSTSCORE:
      "资金调整、调剂规范性得分：调整比例在10%以内得满分，超出10%的每超出一个百分点扣0.1分，扣完为止。",
    ASSETSCORE: "固定资产利用率得分（1分）：≥90%得1分，≥75%得0.7分，≥60%得0.4分，否则0分。",
    STAFFSCORE: "财政供养人员控制率得分（1分）：在编人数 ÷ 核定编制数 ≤100%得1分，否则0分。",
    CONTRACTSTAFFSCORE:
      "编外人员控制率得分（1分）：编外 ÷ (在编+编外) <5%得1分，5%–10%得0.5分，>10%得0分。",
    EXECSCORE: "预算执行率得分（6分）：四个季度各按执行率最高得1分，全年平均执行率×2分最高得2分。",
    KEYWORKSCORE: "重点工作完成情况得分（8分）：每有一项重点工作未完成扣4分，扣完为止。",
    TIMELINESSSCORE: "项目完成及时性得分（6分）= 按计划时间完成项目数 ÷ 计划完成项目总数 × 6分。",
    DISCLOSURESCORE:
      "预决算信息公开得分（3分）：预算、决算公开各为“完全”1.5分、“部分”1分、“未公开”0分；涉密单位直接得3分。",
    PETITIONSCORE:
      "群众信访办理情况得分（3分）：反映渠道1分 + 办理回复率100%得1分 + 及时办理回复率100%得1分；未收到信访视为达标。",
    SATISFACTIONSCORE:
      "公众或服务对象满意度得分（6分）：≥95%得6分，≥90%得4分，≥80%得2分，否则1分。",
    KPISCORE:
      "效果性得分（25分）= 分值 × 个性化绩效指标加权完成率；完成率：越大越好为 实际÷目标，越小越好为 目标÷实际，最高100%。",
    CHECKLIST: "判断项合计：每项“是”得该项分值，“否”得0分，或填写部分得分。",
    DEDUCT: "按项扣分：满分 − 项数 × 每项扣分，扣完为止。",
    SCORE:
      "任一三级指标的计算得分：按指标名称，从“键名/名称”列和“数值”列读取输入（如绩效基础数据表）。",
    EXPLAIN: "任一三级指标的扣分情况说明文字，如“‘三公’经费控制率为36.18%，得3分；……”。",
    GRADE: "评分等级：≥90 优，≥80 良，≥60 中，<60 差（或工作簿保存的指标体系的等级）。",
  },
};

export type FunctionStrings = typeof functions;
