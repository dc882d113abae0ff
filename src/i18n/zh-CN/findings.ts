import type { FindingWords } from "../findings";
import { quote } from "../quote";

const quoted = (xs: string[]) => xs.map((x) => `${quote(x)}`).join("、");

export const findings: FindingWords = {
  either: (main, alternatives) => `${main}（或${alternatives.join("/")}）`,

  overrideDiffers: ({ name, score, computed, reason }) =>
    `${name}：自评得${score}分，但按单位数据计算应得${computed}分（自评理由：${reason}）。`,
  overrideUnverifiable: ({ name, score, reason, inputs, errors }) =>
    `${name}：自评得${score}分，无法由单位数据核实（${[...(inputs.length ? [`缺少${quoted(inputs)}`] : []), ...errors].join("、")}；自评理由：${reason}）。`,
  overrideInvalid: ({ name, why }) => `${name}：自评得分无效（${why}），已按数据计算得分。`,
  unknownOverride: ({ override }) =>
    `${quote(override)}不是本指标体系的三级指标，其自评得分已忽略。`,
  unknownInput: ({ key }) => `未识别的输入项${quote(key)}，已忽略。`,
  unknownInputsMore: ({ count }) => `另有 ${count} 个未识别的输入项，已忽略。`,
  duplicateKey: ({ path }) =>
    `输入文件中的 ${path} 出现了不止一次，只有最后一个有效，请删去多余的。`,
  unknownInputNear: ({ key, near, label }) =>
    `未识别的输入项${quote(key)}，已忽略：是否指 ${near}（${label}）？`,
  badYear: ({ value }) => `评价年度${quote(value)}不是年份，请填写四位数的年份（如 2021）。`,
  indicatorMissing: ({ name, inputs }) => `${name}：缺少${quoted(inputs)}，本项未计分。`,
  indicatorErrors: ({ name, errors }) => `${name}：${errors.join("；")}，本项未计分。`,
  indicatorNote: ({ name, note }) => `${name}：${note}。`,

  storedFramework: ({ title, id }) =>
    `按工作簿中保存的指标体系${quote(title)}（${id}）计分；要按其他指标体系计分，请在命令行用 --framework 指定，或在任务窗格中更换。`,
  storedFrameworkRefused: ({ problems }) =>
    `工作簿中保存的指标体系有问题，没有使用，已按内置的指标体系计分：${problems.join("；")}。`,

  staleResults: ({ count, cell, cached, worked, unchecked, uncheckedCells }) =>
    `工作簿中有${count}个公式单元格保存的结果与其引用的单元格不符（如 ${cell} 保存为${cached}，按公式应为${worked}），` +
    `文件可能由不会重新计算的程序保存；这些单元格已按公式重新计算后使用` +
    (Number(unchecked)
      ? `，另有${unchecked}个公式无法在此计算（如 ${(uncheckedCells as string[]).join("、")}），其结果未采用：请在 Excel 或 WPS 中打开并保存后再计分。`
      : "。"),
  formulaLimit: ({ steps, depth }) =>
    `工作簿中的公式互相引用太多或太深（超过 ${steps} 次单元格计算或 ${depth} 层引用），其余公式不再在此核算，取 Excel 保存的结果；请在 Excel 中打开并保存后再计分。`,
  needsRecalc: ({ label, cell }) =>
    `${label}：${cell} 是公式，但文件中没有计算结果，请在 Excel 中打开、重新计算并保存后再试。`,
  sourceError: ({ label, where, error }) =>
    `${label}：${where}显示错误值 ${error}，未采用，请在 Excel 中检查该单元格。`,
  ambiguousSource: ({ label, candidates }) =>
    `${label}：在本单位报表中找到多个不一致的数值（${(candidates as string[]).join("，")}），未采用；请在任务窗格“数据来源”中采用正确的一个，或在“绩效基础数据”表中填写。`,
  doubtfulSource: ({ label, where, value, why }) =>
    `${label}：${where}的值${value}${why}；请核对后在任务窗格“数据来源”中确认采用，或在“绩效基础数据”表中填写。`,
  lowConfidence: ({ label, where, labels, confidence }) =>
    `${label}：按报表标签推断取自 ${where}（${labels}，可信度${confidence}），请核对。`,
  conflictingSources: ({ label, where, value, otherWhere, otherValue }) =>
    `${label}：${where}的值为${value}，${otherWhere}的值为${otherValue}，两处不一致，已采用前者。`,

  levelMismatch: ({ level, levelName, printed, sum }) =>
    `${level === "1" ? "一级" : "二级"}指标${quote(levelName)}标注${printed}分，但其下级指标合计${sum}分（按合计计算）。`,
  totalMismatch: ({ sum, total }) => `三级指标分值合计${sum}分，与总分${total}分不符。`,
  criteriaPointsMismatch: ({ name, points, printed }) =>
    `三级指标${quote(name)}分值为${points}分，但其评分标准写有${quote(printed)}。`,
  emptyDescription: ({ name }) => `三级指标${quote(name)}在原表中没有单独的指标说明。`,
  partsMismatch: ({ name, points, sum }) =>
    `三级指标${quote(name)}分值为${points}分，但其计分规则各部分合计${sum}分。`,
  unknownInputKey: ({ name, key }) =>
    `三级指标${quote(name)}的计分规则引用了未知的输入项${quote(key)}。`,
  tierAbovePoints: ({ name, score, points }) =>
    `三级指标${quote(name)}的某一档得分${score}分超过其分值${points}分。`,
  duplicateName: ({ name }) => `三级指标名称${quote(name)}重复。`,
  choiceUncovered: ({ name, options }) =>
    `三级指标${quote(name)}的计分规则没有为选项${quoted(options as string[])}给出分值。`,
  badBound: ({ name, bound }) => `三级指标${quote(name)}的分档界限${quote(bound)}不是有效的数字。`,
  partPoints: ({ name, points, part }) =>
    `三级指标${quote(name)}的计分规则中，每个可选或被修正的部分都应按本项分值${points}分计分，但有一部分为${part}分。`,
  bandRange: ({ name, answer, from, to }) =>
    `三级指标${quote(name)}的档次${quote(answer)}区间${from}至${to}无效（应在0至100%之间，且下限不大于上限）。`,
  tableIdentity: ({ table, what, total, parts, sum, difference }) =>
    `${quote(table)}表中${what}为${total}万元，而${quoted(parts)}${parts.length > 1 ? "之和" : ""}为${sum}万元，相差${difference}万元，请核对。`,
  tableRounding: ({ table, what, total, parts, sum, difference }) =>
    `${quote(table)}表中${what}为${total}万元，${quoted(parts)}${parts.length > 1 ? "之和" : ""}为${sum}万元，相差${difference}万元，属于四舍五入差异。`,

  tierUnreachable: ({ name, tier, before }) =>
    `三级指标${quote(name)}的分档${quote(tier)}永远不会用到：排在它前面的${quote(before)}已包含它（分档按顺序取第一个符合的，请把界限排好顺序）。`,
};
