/** The 绩效自评表: its columns, and what the rules and the checks say about a filled-in one. */
export const selfEval = {
  columns: {
    target: "年度指标值",
    actual: "实际完成值",
    points: "分值",
    score: "得分",
    band: "完成档次",
    budget: "全年预算数",
    spent: "全年执行数",
  },
  sheet: {
    name: (project: string) => `自评表-${project}`,
    summaryName: "自评汇总",
    title: { project: "项目支出绩效自评表", department: "部门整体支出绩效自评表" },
    year: (year: string) => `（${year}年度）`,
    projectName: "项目名称",
    unitName: "部门（单位）名称",
    department: "主管部门",
    unit: "实施单位",
    funds: "项目资金（万元）",
    fundsHeaders: ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    fundsTotal: "年度资金总额",
    goals: "年度总体目标",
    expected: "预期目标",
    achieved: "实际完成情况",
    headers: [
      "一级指标",
      "二级指标",
      "三级指标",
      "指标性质",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ],
    qualitative: "定性",
    total: "总分",
    grade: "评价等级",
    findings: "核查发现",
    noFindings: "未发现与评分规则不符之处。",
    rules: (title: string) => `评分规则：《${title}》`,
    source: (source: string) => `来源：${source}`,
    scoreInput: "定性指标的得分由评价人在该档区间内确定",
    summaryTitle: "项目支出绩效自评汇总",
    summaryHeaders: [
      "序号",
      "项目名称",
      "全年预算数（万元）",
      "全年执行数（万元）",
      "执行率",
      "得分",
      "等级",
      "核查发现",
      "自评表",
    ],
    footer: "第 &P 页，共 &N 页",
  },
  bands: { 达成: "达成", 部分达成: "部分达成", 未达成: "未达成" },
  rowLabel: "指标完成率",
  rowNumber: (n: number) => `第${n}个指标`,
  badPoints: (raw: string) => `分值“${raw}”不是分数（应为 0 至 10000 之间的数）`,
  badNature: (raw: string) => `指标性质“${raw}”无法识别（应为 ≥、≤、= 或 定性）`,
  natureConflict: (nature: string, target: string) =>
    `指标性质“${nature}”与年度指标值“${target}”的方向相反，请核对`,
  unitMismatch: (target: string, actual: string) =>
    `年度指标值“${target}”与实际完成值“${actual}”的单位不同，无法比较`,
  ambiguousPercent: (actual: string) =>
    `实际完成值“${actual}”没有 % 号，既可能是比例也可能是百分数，请写明（如 98%）`,
  cellError: (column: string, error: string) => `${column}显示错误值 ${error}，请先更正该单元格`,
  negativeTarget: (target: string) => `年度指标值“${target}”为负数，无法计算完成率`,
  badAmount: (column: string, raw: string) => `${column}“${raw}”不是金额（万元）`,
  zeroBudget: "全年预算数为 0，无法计算预算执行率",
  amountUnits: (budget: string, spent: string) =>
    `全年预算数“${budget}”与全年执行数“${spent}”的单位不同，无法计算执行率`,
  fundsFromLines: "年度资金总额一行为空或为 0，预算执行率按其中各项资金之和计算",
  missingReason: (name: string) => `“${name}”未完成目标或偏离目标，但未填写偏差原因分析及改进措施`,
  aboveRowPoints: (name: string, score: string, points: string) =>
    `“${name}”的得分 ${score} 高于其分值 ${points}`,
  printedDiffers: (name: string, printed: string, rules: string) =>
    `“${name}”填报得分 ${printed}，按评分规则应为 ${rules}`,
  rateDiffers: (printed: string, rules: string) =>
    `填报的预算执行率 ${printed} 与 全年执行数÷全年预算数（${rules}）不符`,
  executionDiffers: (printed: string, rules: string) =>
    `预算执行率填报得分 ${printed}，按评分规则应为 ${rules}`,
  executionReason: (rate: string, below: string) =>
    `预算执行率 ${rate} 低于 ${below}，但未说明原因`,
  pointsDoNotAdd: (sum: string, total: string) =>
    `预算执行率与各指标的分值合计 ${sum} 分，不是 ${total} 分`,
  totalAbovePoints: (score: string, total: string) => `填报总分 ${score} 高于满分 ${total}`,
  totalDiffers: (printed: string, sum: string) =>
    `填报总分 ${printed} 与各项填报得分之和 ${sum} 不符`,
};

export type SelfEvalWords = typeof selfEval;
