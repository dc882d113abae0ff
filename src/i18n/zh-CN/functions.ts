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
  badPoints: (raw: string) => `分值应为大于0的数字（${raw}）`,
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
};

export type FunctionStrings = typeof functions;
