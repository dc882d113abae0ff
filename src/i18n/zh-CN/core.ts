import { JSON_LIMITS } from "../../core/json-text";
import type { Messages, Problem } from "../core-messages";
import { quote } from "../quote";

const QUARTERS = ["一", "二", "三", "四"];

function problem(label: string, p: Problem): string {
  const raw = p.raw;
  switch (p.code) {
    case "notNumber":
      return `${label}${quote(raw)}不是有效的数字`;
    case "negative":
      return `${label}不能为负数（${raw}）`;
    case "notInteger":
      return `${label}应为整数（${raw}）`;
    case "percentNotAllowed":
      return `${label}应填写金额或数量，不能是百分数（${raw}）`;
    case "wrongUnit":
      return p.unit ? `${label}的单位应为${p.unit}（${raw}）` : `${label}应只填写数字（${raw}）`;
    case "magnitude":
      return `${label}${quote(raw)}中的“万”“亿”等数量级会改变数值，无法确定与另一数值是否同一单位：请只填数字，把单位写在指标名称中（如“接待读者人次（万）”填 244.62）`;
    case "notYesNo":
      return p.max
        ? `${label}应填写“是”或“否”，或0至${p.max}之间的分数（${raw}）`
        : `${label}应填写“是”或“否”（${raw}）`;
    case "notChoice":
      return `${label}应为${(p.options ?? []).map((o) => `${quote(o)}`).join("、")}之一（${raw}）`;
    case "aboveMax":
      // A colon keeps a long item's words apart from the rule (…合理调整：不能超过1).
      return `${label}：不能超过${p.max}（填写的是${raw}）`;
    case "notScalar":
      return `${label}的值无法识别（${raw}）`;
    case "cellError":
      return p.cell
        ? `${label}的来源单元格 ${p.cell} 显示错误值，请检查该单元格`
        : `${label}的单元格显示错误值 ${raw}，请检查该单元格`;
  }
}

export const zhCN: Messages = {
  list: (items) => items.map((x) => `${quote(x)}`).join("、"),
  sentence: (parts) => (parts.length ? parts.join("；") + "。" : ""),

  problem,
  percentLooksLikeFraction: (label, value, asPercent) =>
    `${label}按${value}%计算；如原意为${asPercent}%，请填写${asPercent}或“${asPercent}%”`,
  zeroDenominator: (measure, denominator) => `${denominator}为0，无法计算${measure}`,
  numeratorExceeds: (numerator, n, denominator, d) =>
    `${numerator}（${n}）不能大于${denominator}（${d}）`,

  checklistItem: (label, score, points) =>
    score === "0"
      ? `${quote(label)}未达到，扣${points}分`
      : `${quote(label)}部分达到，得${score}分（满分${points}分）`,
  checklistItemMet: (label, score) => `${quote(label)}达到要求，得${score}分`,
  missingList: (labels) => `缺少${zhCN.list(labels)}`,
  checklistAllMet: (score) => `各项均达到要求，得${score}分`,
  deductPerItem: (label, count, unit, deducted, score) =>
    count === "0"
      ? `${label}为0，得${score}分`
      : `${label}为${count}${unit}，扣${deducted}分，得${score}分`,
  rate: (label, pct, score) => `${label}为${pct}，得${score}分`,
  noneReceived: (label, score) => `当年度未收到群众信访，${label}视为达标，得${score}分`,
  procurementOver: (label, pct) => `${label}为${pct}，实际金额大于计划金额，得0分`,
  linearWithin: (label, pct, threshold, score) =>
    `${label}为${pct}，未超过${threshold}，得${score}分`,
  linearOver: (label, pct, threshold, excess, deducted, score) =>
    `${label}为${pct}，超出${threshold}共${excess}个百分点，扣${deducted}分，得${score}分`,
  linearNotBelow: (label, pct, threshold, score) =>
    `${label}为${pct}，不低于${threshold}，得${score}分`,
  linearUnder: (label, pct, threshold, gap, deducted, score) =>
    `${label}为${pct}，低于${threshold}共${gap}个百分点，扣${deducted}分，得${score}分`,
  amountNone: (label, score) => `无${label}，得${score}分`,
  amountWithin: (label, amount, referenceLabel, reference, score) =>
    `${label}为${amount}，未超过${referenceLabel}（${reference}），得${score}分`,
  amountAbove: (label, amount, referenceLabel, reference, score) =>
    `${label}为${amount}，超过${referenceLabel}（${reference}），得${score}分`,
  coefficient: (label, pct, points, score) => `${label}为${pct}，按分值${points}分计，得${score}分`,
  choice: (label, value, score) => `${label}：${value}，得${score}分`,
  quarter: (q, pct, score) => `第${QUARTERS[q - 1]}季度预算执行率为${pct}，得${score}分`,
  quarterlyAverage: (pct, score) => `全年平均执行率为${pct}，得${score}分`,
  kpiSummary: (count, pct, score) => `个性化绩效指标${count}项，加权完成率为${pct}，得${score}分`,
  kpiShortfall: (name, pct) => `${quote(name)}完成率为${pct}`,
  kpiFallback: (score) => `未提供个性化绩效指标表，按评价人评定得${score}分`,
  kpiFewAspects: (found, min) =>
    `个性化绩效指标只覆盖${found.length}个方面（${found.join("、") || "无"}），框架要求至少选择${min}个方面`,
  kpiBothGiven: () => "已提供个性化绩效指标表，按指标表计分，填写的效果性评价得分未采用",
  kpiRowProblem: (row, message) => `个性化绩效指标第${row}行：${message}`,
  kpiNoName: () => "缺少指标名称",
  kpiField: (row, field) => `个性化绩效指标第${row}行的${field === "target" ? "目标值" : "实际值"}`,
  kpiBadDirection: (raw) => `方向应为“>=”（越大越好）或“<=”（越小越好），而不是${quote(raw)}`,
  kpiZeroWeights: () => "个性化绩效指标的权重合计为0，无法计分",
  kpiNotTable: () => "个性化绩效指标表应为若干行（每行含方面、名称、目标值、实际值、方向、权重）",
  fallingWithin: (label, actual, target, score) =>
    `${label}为${actual}，未超过目标值${target}（越低越好），得${score}分`,
  fallingOver: (label, actual, target, excess, score) =>
    `${label}为${actual}，超过目标值${target}的${excess}（越低越好，超出一倍得0分），得${score}分`,
  fallingRatio: (label, actual, target, pct, score) =>
    `${label}为${actual}，目标值${target}（越低越好），目标值与实际值之比为${pct}，得${score}分`,
  fallingZeroTarget: (label, actual, score) => `${label}的目标值为0，实际为${actual}，得${score}分`,
  band: (label, answer, from, to, score) =>
    `${label}评为${quote(answer)}（分值的${from}至${to}），自评得${score}分`,
  bandOutside: (answer, score, low, high) =>
    `自评得分${score}不在${quote(answer)}对应的${low}至${high}分之间`,
  bandUnknown: (label, answer) => `${label}为${quote(answer)}，不是本指标的评价档次`,
  eitherOf: (which, count) =>
    count === 2 ? `二者择其一，按第${which}项计分：` : `${count}项择其一，按第${which}项计分：`,
  eitherOfBoth: () => "可择其一的几项都已填写，按第一项计分",
  weightedPart: (label, amount, score) => `${label}${amount}万元得${score}分`,
  weighted: (parts, score) => `按资金量加权：${parts.join("，")}，加权得${score}分`,
  weightsZero: (labels) => `${labels}合计为0，无法按资金量加权`,
  deviation: (label, pct, at, deducted, score) =>
    `${label}为${pct}，达到${at}及以上，偏离扣${deducted}分，得${score}分`,
  gate: (label) => `${quote(label)}为“是”，一票否决，本项得0分`,
  notApplicableFull: (label, score) => `${quote(label)}为“是”，本项不适用，得满分${score}分`,
  notApplicableOmitted: (label, points) =>
    `${quote(label)}为“是”，本项不适用，不参与评分，其${points}分按比例计入其他指标（总分按百分制折算）`,
  totalScaled: (left, sum, total) =>
    `不适用的指标共${left}分不参与评分，其余各项合计${sum}分，按百分制折算为${total}分`,
  capUnknown: (label, missing) =>
    `缺少${zhCN.list(missing)}，无法确定${label}是否使总分受限，总分暂不评级`,
  totalCapped: (label, pct, below, max, total) =>
    `${label}为${pct}，低于${below}，总分最高${max}分（各项合计${total}分）`,
  seriousViolation: () =>
    "发生超范围、超标准支出，虚列支出，截留、挤占、挪用资金等情形，本项指标得0分",
  short: {
    item: (label, partly) => (partly ? `${quote(label)}仅部分做到` : `未做到${quote(label)}`),
    rate: (label, pct, fullMarks) => `${label}为${pct}，未达到满分标准（${fullMarks}）`,
    bound: (label, when, bound) =>
      `${label}${{ "<": "<", "<=": "≤", ">=": "≥", ">": ">" }[when]}${bound}`,
    count: (label, count, unit) => `${label}为${count}${unit}`,
    over: (label, pct, threshold) => `${label}为${pct}，超过${threshold}`,
    under: (label, pct, threshold) => `${label}为${pct}，低于${threshold}`,
    choice: (label, value) => `${label}为${quote(value)}`,
    partial: (label, pct) => `${label}为${pct}，未达到100%`,
    procurementOver: (label, pct) => `${label}为${pct}，实际金额大于计划金额`,
    amountAbove: (label, amount, referenceLabel, reference) =>
      `${label}为${amount}，超过${referenceLabel}（${reference}）`,
    quarters: (qs, pcts) =>
      `${qs.map((q) => `第${QUARTERS[q - 1]}季度`).join("、")}预算执行率${qs.length > 1 ? "分别" : ""}为${pcts.join("、")}，支出进度慢于序时进度`,
    quarterlyAverage: (pct) => `全年平均执行率为${pct}，未达到100%`,
    seriousViolation: () =>
      "发生超范围、超标准支出，虚列支出，截留、挤占、挪用资金等不符合制度规定的支出",
    fallingOver: (label, actual, target) => `${label}为${actual}，超过目标值${target}`,
    band: (label, answer) => `${label}评为${quote(answer)}`,
    deviation: (label, pct, at) => `${label}为${pct}，偏离目标${at}及以上`,
    gate: (label) => label,
    totalCapped: (label, pct, below) => `${label}为${pct}，低于${below}，总分受限`,
  },
  classifiedUnit: (score) => `涉密单位按规定不需要公开预决算信息，直接得${score}分`,
  classifiedUnitHint: () => "如本单位为涉密单位（按规定不需公开预决算），请填写“涉密单位”为“是”",
  executionRate: () => "预算执行率",
  units: {
    万元: "万元",
    元: "元",
    人: "人",
    个: "个",
    项: "项",
    件: "件",
    分: "分",
    yesNo: "是/否",
  },
  kpiWeight: () => "权重",
  missingInputs: (labels) => `缺少${zhCN.list(labels)}，本项未计分`,

  overrideApplied: (score, reason) => `评价人确定得${score}分（理由：${reason}）`,
  computedWas: (text) => `按数据计算：${text}`,
  overrideNoReason: () => "必须填写理由",
  overrideBadScore: (raw, max) => `得分${quote(raw)}应为0至${max}之间的数字`,

  jsonProblem: (p) =>
    p.code === "notUtf8"
      ? "文件不是 UTF-8 编码（可能是 GBK 或 UTF-16），按 UTF-8 读会变成乱码。请用记事本等编辑器把它另存为“UTF-8”编码后再试"
      : p.code === "tooLarge"
        ? `文件有 ${Math.round(p.bytes / 2 ** 20)} MB，超过 JSON 文件的上限 ${JSON_LIMITS.bytes / 2 ** 20} MB，不像是输入文件或指标体系文件`
        : p.code === "tooDeep"
          ? `文件中的对象或列表嵌套超过 ${JSON_LIMITS.depth} 层，不像是输入文件或指标体系文件`
          : `不是有效的 JSON${p.line ? `（第${p.line}行第${p.column}列附近）` : ""}`,
  fileNotJson: (line, column) =>
    `输入文件不是有效的JSON${line ? `（第${line}行第${column}列附近）` : ""}`,
  fileNotObject: () => "输入文件应为一个JSON对象（包含 framework、inputs 等字段）",
  fileUnknownFields: (fields, known) =>
    `输入文件中有无法识别的字段${fields.map((f) => `${quote(f)}`).join("、")}（可用字段：${known.join("、")}；以 _ 开头的字段可作备注）`,
  fileUnknownFramework: (id, known) => `未知的指标体系${quote(id)}，可用的有：${known.join("、")}`,
  fileFieldType: (field, expected) => `输入文件的${quote(field)}应为${expected}`,
  fieldShapes: {
    inputs: "对象（输入项名: 值）",
    kpis: "数组（每行含 aspect、name、target、actual、direction、weight）",
    overrides: '对象，每项形如 {"score": 6, "reason": "理由"}',
    unit: "文字（单位名称）",
    year: "年份数字或文字",
    framework: '指标体系编号文字，如 "longgang-2021"',
  },
};
